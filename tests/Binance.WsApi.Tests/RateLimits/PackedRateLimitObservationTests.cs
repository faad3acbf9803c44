using System.Text;
using Binance.WsApi.Protocol;
using Binance.WsApi.RateLimits;
using Microsoft.Extensions.Time.Testing;

namespace Binance.WsApi.Tests.RateLimits;

/// <summary>
/// The tracker fed a response's packed <c>rateLimits</c> ends in the same state as fed the objects: same windows, limits,
/// counts, and the same client-wide CONNECTIONS window.
/// </summary>
public sealed class PackedRateLimitObservationTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 15, 12, 0, 55, TimeSpan.Zero);

    public static TheoryData<WsApiEndpoint, string[]> Sequences() => new()
    {
        { WsApiEndpoint.Spot, ["""[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":6000,"count":2}]"""] },
        {
            WsApiEndpoint.Spot,
            [
                """[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":6000,"count":3},{"rateLimitType":"ORDERS","interval":"SECOND","intervalNum":10,"limit":50,"count":1},{"rateLimitType":"ORDERS","interval":"DAY","intervalNum":1,"limit":160000,"count":1}]""",
                // A new window, a count without a limit change, an older count answered later, no count at all.
                """[{"rateLimitType":"RAW_REQUESTS","interval":"MINUTE","intervalNum":5,"limit":61000,"count":9},{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":6000,"count":1}]""",
                """[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":5000}]""",
                // CONNECTIONS goes to the client-wide window (a different interval replaces it).
                """[{"rateLimitType":"CONNECTIONS","interval":"MINUTE","intervalNum":5,"limit":300,"count":4},{"rateLimitType":"CONNECTIONS","interval":"HOUR","intervalNum":1,"limit":1000,"count":7}]""",
                // Nothing to learn: weightless futures entries, unknown or empty intervals, zero lengths, negative counts.
                """[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":-1,"count":-1},{"rateLimitType":"ORDERS","interval":"","intervalNum":1,"limit":5,"count":5},{"rateLimitType":"ORDERS","interval":"SECOND","intervalNum":0,"limit":5,"count":5},{"rateLimitType":"ORDERS","interval":"SECOND","intervalNum":10,"limit":60,"count":-3},{}]""",
                "[]",
                "null",
            ]
        },
        {
            WsApiEndpoint.UsdM,
            [
                """[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":2400,"count":20},{"rateLimitType":"ORDERS","interval":"SECOND","intervalNum":10,"limit":300,"count":1},{"rateLimitType":"ORDERS","interval":"MINUTE","intervalNum":1,"limit":1200,"count":1}]""",
                // An unknown type is kept as objects and observed as such; a blank type is a window of its own.
                """[{"rateLimitType":"SOMETHING_NEW","interval":"SECOND","intervalNum":1,"limit":10,"count":3},{"rateLimitType":null,"interval":"HOUR","intervalNum":2,"limit":10,"count":2}]""",
                """[{"rateLimitType":"REQUEST_WEIGHT","interval":"DAY","intervalNum":1,"limit":2147483647,"count":2147483647}]""",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Sequences))]
    public void Packed_and_object_observations_end_in_the_same_state(WsApiEndpoint endpoint, string[] responses)
    {
        var time = new FakeTimeProvider(Start);
        WsApiMarket market = WsApiEndpoints.GetMarket(endpoint);
        var fromObjects = new RateLimitTracker(endpoint, time, new ConnectionRateLimit(market, time));
        var fromPacked = new RateLimitTracker(endpoint, time, new ConnectionRateLimit(market, time));

        foreach (string json in responses)
        {
            byte[] utf8 = Encoding.UTF8.GetBytes(json);
            fromObjects.Observe(RateLimitsReader.Read(utf8));
            fromPacked.Observe(RateLimitsReader.ReadPacked(utf8));
            AssertSameState(fromObjects, fromPacked);
            time.Advance(TimeSpan.FromSeconds(2)); // crosses the 10-second and minute buckets on the way
        }
    }

    [Fact]
    public void Without_a_client_wide_window_CONNECTIONS_is_a_window_of_the_tracker_as_before()
    {
        var time = new FakeTimeProvider(Start);
        var fromObjects = new RateLimitTracker(WsApiEndpoint.Spot, time);
        var fromPacked = new RateLimitTracker(WsApiEndpoint.Spot, time);
        byte[] utf8 = """[{"rateLimitType":"CONNECTIONS","interval":"MINUTE","intervalNum":5,"limit":300,"count":4}]"""u8.ToArray();
        fromObjects.Observe(RateLimitsReader.Read(utf8));
        fromPacked.Observe(RateLimitsReader.ReadPacked(utf8));
        AssertSameState(fromObjects, fromPacked);
        Assert.Contains(fromPacked.Snapshot().Limits, l => l is { RateLimitType.Value: "CONNECTIONS", Count: 4 });
    }

    private static void AssertSameState(RateLimitTracker expected, RateLimitTracker actual)
    {
        EndpointRateLimitUsage a = expected.Snapshot();
        EndpointRateLimitUsage b = actual.Snapshot();
        Assert.Equal((a.Endpoint, a.RetryAfter, a.IsBanned), (b.Endpoint, b.RetryAfter, b.IsBanned));
        Assert.Equal(a.Limits, b.Limits); // RateLimitUsage is a record: compared value by value
    }
}
