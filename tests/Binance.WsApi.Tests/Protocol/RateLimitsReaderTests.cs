using System.Text;
using System.Text.Json;
using Binance.WsApi.Protocol;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Protocol;

/// <summary>
/// The hand-written <c>rateLimits</c> reader must read exactly what the source-generated deserializer it replaced
/// read (that one is still generated, so every case is checked against it), and refuse what it refused.
/// </summary>
public class RateLimitsReaderTests
{
    private static List<RateLimit> Generated(string json) =>
        JsonSerializer.Deserialize(json, WsApiJsonContext.Default.ListRateLimit) ?? [];

    private static void AssertSameAsGenerated(string json)
    {
        RateLimit[] read = RateLimitsReader.Read(Encoding.UTF8.GetBytes(json));
        Assert.Equal(Generated(json), read); // RateLimit is a record: compared value by value
    }

    [Theory]
    // Binance's shapes: one entry (most methods), two and three (order placement: weight, orders per 10 s, per day).
    [InlineData("""[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":6000,"count":1}]""")]
    [InlineData("""[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":6000,"count":3},{"rateLimitType":"ORDERS","interval":"SECOND","intervalNum":10,"limit":50,"count":1}]""")]
    [InlineData("""[{"rateLimitType":"ORDERS","interval":"SECOND","intervalNum":10,"limit":50,"count":1},{"rateLimitType":"ORDERS","interval":"DAY","intervalNum":1,"limit":160000,"count":1},{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":6000,"count":1}]""")]
    [InlineData("[]")]
    [InlineData(" [ ] ")]
    // Unknown properties, of any shape, are skipped; property order does not matter.
    [InlineData("""[{"count":7,"extra":{"a":[1,{"b":null}]},"rateLimitType":"RAW_REQUESTS","more":[[],{}],"interval":"HOUR","limit":61000,"intervalNum":5,"last":"x"}]""")]
    // count missing, or null.
    [InlineData("""[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":2400}]""")]
    [InlineData("""[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":2400,"count":null}]""")]
    // Numbers written as strings (the generated reader's options allowed them).
    [InlineData("""[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":"1","limit":"2400","count":"12"}]""")]
    // Escaped text, and an enum value the client does not know.
    [InlineData("""[{"rateLimitType":"REQUEST\u005FWEIGHT","interval":"M\u0049NUTE","intervalNum":1,"limit":1}]""")]
    [InlineData("""[{"rateLimitType":"SOMETHING_NEW","interval":"WEEK","intervalNum":1,"limit":1,"count":0}]""")]
    // Missing properties keep their defaults.
    [InlineData("""[{}]""")]
    // A null array read as none, as the generated path did (null, then "?? []"): the response is still readable.
    [InlineData("null")]
    public void Reads_what_the_generated_deserializer_read(string json) => AssertSameAsGenerated(json);

    [Fact]
    public void Reads_the_rateLimits_of_every_protocol_fixture_as_the_generated_deserializer_did()
    {
        int checkedArrays = 0;
        foreach (string file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "fixtures"), "*.json"))
        {
            using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(file));
            if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("rateLimits", out JsonElement limits))
            {
                AssertSameAsGenerated(limits.GetRawText());
                checkedArrays++;
            }
        }

        Assert.True(checkedArrays >= 50, $"only {checkedArrays} fixtures carry rateLimits");
    }

    [Fact]
    public void Reads_the_documented_example()
    {
        RateLimit[] read = RateLimitsReader.Read(
            """[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":6000,"count":70}]"""u8);
        RateLimit only = Assert.Single(read);
        Assert.Equal(RateLimitType.RequestWeight, only.RateLimitType);
        Assert.Equal(RateLimitInterval.Minute, only.Interval);
        Assert.Equal(1, only.IntervalNum);
        Assert.Equal(6000, only.Limit);
        Assert.Equal(70, only.Count);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("5")]
    [InlineData("\"REQUEST_WEIGHT\"")]
    [InlineData("true")]
    [InlineData("")]
    [InlineData("[1]")]
    [InlineData("[[]]")]
    [InlineData("""[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1.5,"limit":1}]""")]
    [InlineData("""[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":null,"limit":1}]""")]
    [InlineData("""[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":"many"}]""")]
    [InlineData("""[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":99999999999}]""")]
    public void Anything_else_is_a_JsonException(string json)
    {
        Assert.ThrowsAny<JsonException>(() => RateLimitsReader.Read(Encoding.UTF8.GetBytes(json)));
        Assert.ThrowsAny<JsonException>(() => Generated(json)); // as the generated deserializer did
    }

    [Fact]
    public void Repeated_values_share_one_string()
    {
        RateLimit[] first = RateLimitsReader.Read("""[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":6000}]"""u8);
        RateLimit[] second = RateLimitsReader.Read("""[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":6000}]"""u8);
        Assert.Same(first[0].RateLimitType.Value, second[0].RateLimitType.Value);
        Assert.Same(first[0].Interval.Value, second[0].Interval.Value);
    }

    [Fact]
    public async Task A_response_with_null_rateLimits_is_answered_not_failed()
    {
        // End of the path: before, the reader threw on null and the whole response became "could not be read".
        var pending = new Binance.WsApi.Connection.PendingRequest<EmptyResult>(5, "ping", WsApiEndpoint.Spot, TimeSpan.FromSeconds(1), WsApiJsonContext.Default.EmptyResult);
        byte[] frame = """{"id":5,"status":200,"result":{},"rateLimits":null}"""u8.ToArray();
        Assert.True(FrameHeader.TryRead(frame, out FrameHeader header));
        pending.Complete(frame, header);
        WsApiResponse<EmptyResult> response = await pending.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Empty(response.RateLimits);
        Assert.Equal("5", response.Id);
    }
}
