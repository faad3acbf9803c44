using System.Text;
using Binance.WsApi.Connection;
using Binance.WsApi.Protocol;

namespace Binance.WsApi.Tests.Protocol;

/// <summary>
/// A response keeps its <c>rateLimits</c> packed (the first entry inside the response, the others in one packed array)
/// and builds the public list on first read: the list equals what the object reader read, and a response stays within
/// its allocation budget (bytes counted on this thread; they do not depend on load).
/// </summary>
public class WsApiResponseRateLimitsTests
{
    private static readonly byte[] One =
        """[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":6000,"count":2}]"""u8.ToArray();

    private static readonly byte[] Three =
        """[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":6000,"count":2},{"rateLimitType":"ORDERS","interval":"SECOND","intervalNum":10,"limit":50,"count":1},{"rateLimitType":"ORDERS","interval":"DAY","intervalNum":1,"limit":160000}]"""u8.ToArray();

    private static readonly byte[] Unknown =
        """[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":6000,"count":2},{"rateLimitType":"SOMETHING_NEW","interval":"WEEK","intervalNum":2,"limit":7}]"""u8.ToArray();

    public static TheoryData<string> Shapes() => new()
    {
        "[]",
        "null",
        Encoding.UTF8.GetString(One),
        Encoding.UTF8.GetString(Three),
        Encoding.UTF8.GetString(Unknown),
        """[{"rateLimitType":"RAW_REQUESTS","interval":"HOUR","intervalNum":5,"limit":61000},{"rateLimitType":"CONNECTIONS","interval":"MINUTE","intervalNum":5,"limit":300,"count":null},{},{"limit":-1,"count":-1},{"rateLimitType":"","interval":null,"intervalNum":"2147483647","limit":-2147483648,"count":2147483647}]""",
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void RateLimits_equal_the_object_readers_list_and_are_built_once(string json)
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(json);
        var response = new WsApiResponse<EmptyResult>(EmptyResult.Instance, 7, 200, RateLimitsReader.ReadPacked(utf8), WsApiEndpoint.Spot);

        IReadOnlyList<RateLimit> limits = response.RateLimits;
        Assert.Equal(RateLimitsReader.Read(utf8), limits);
        Assert.Same(limits, response.RateLimits);

        // Another result in the same envelope carries the same limits (and the same id text).
        WsApiResponse<string> other = response.WithResult("x");
        Assert.Equal(limits, other.RateLimits);
        Assert.Equal("7", other.Id);
        Assert.Equal(200, other.Status);
    }

    [Fact]
    public void The_envelope_moves_to_another_result_still_packed_when_nobody_read_the_limits()
    {
        var response = new WsApiResponse<EmptyResult>(EmptyResult.Instance, "abc", 200, RateLimitsReader.ReadPacked(Three), WsApiEndpoint.UsdM);
        WsApiResponse<int> other = response.WithResult(5);
        Assert.Null(other.PackedRateLimits.List);
        Assert.Equal(3, other.PackedRateLimits.Count);
        Assert.Equal(RateLimitsReader.Read(Three), other.RateLimits);
        Assert.Equal(("abc", WsApiEndpoint.UsdM, 5), (other.Id, other.Endpoint, other.Result));
    }

    [Fact]
    public void The_list_constructor_still_serves_the_rare_paths()
    {
        RateLimit[] list = RateLimitsReader.Read(Three);
        var response = new WsApiResponse<EmptyResult>(EmptyResult.Instance, 9, 200, list, WsApiEndpoint.Spot);
        Assert.Same(list, response.RateLimits);
        Assert.Equal("9", response.Id);
        Assert.Equal("200 id=9 " + EmptyResult.Instance, response.ToString());
    }

    [Fact]
    public void A_response_with_one_entry_is_72_bytes_and_with_three_72_plus_the_packed_rest()
    {
        PackedRateLimits one = RateLimitsReader.ReadPacked(One);
        PackedRateLimits three = RateLimitsReader.ReadPacked(Three);
        // The response object alone, the rest array (24 + 2 × 16 B) being made by the reader.
        Assert.Equal(72, Allocation.Of(() => new WsApiResponse<EmptyResult>(EmptyResult.Instance, 1, 200, one, WsApiEndpoint.Spot)));
        Assert.Equal(72, Allocation.Of(() => new WsApiResponse<EmptyResult>(EmptyResult.Instance, 1, 200, three, WsApiEndpoint.Spot)));
        Assert.Equal(72, Allocation.Of(() => new WsApiResponse<EmptyResult>(EmptyResult.Instance, 1, 200, RateLimitsReader.ReadPacked(One), WsApiEndpoint.Spot)));
        Assert.Equal(72 + 24 + (2 * 16), Allocation.Of(() => new WsApiResponse<EmptyResult>(EmptyResult.Instance, 1, 200, RateLimitsReader.ReadPacked(Three), WsApiEndpoint.Spot)));
    }

    [Fact]
    public void Reading_a_ping_response_allocates_the_response_only()
    {
        byte[] frame = """{"id":5,"status":200,"result":{},"rateLimits":[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":6000,"count":2}]}"""u8.ToArray();
        Assert.True(FrameHeader.TryRead(frame, out FrameHeader header));
        long id = 0;
        PendingRequest<EmptyResult>[] requests = new PendingRequest<EmptyResult>[64];
        for (int i = 0; i < requests.Length; i++)
        {
            requests[i] = new PendingRequest<EmptyResult>(++id, "ping", WsApiEndpoint.Spot, TimeSpan.FromSeconds(1), WsApiJsonContext.Default.EmptyResult);
        }

        int next = 0;
        // Each call reads into a fresh request (a request decides its outcome once).
        long bytes = Allocation.Of(() => requests[next++].Read(frame, header));
        Assert.Equal(72, bytes);
        PackedRateLimits read = requests[0].Read(frame, header); // already decided: nothing read again
        Assert.Equal(0, read.Count);
    }
}
