using Binance.WsApi.Emulator;
using Binance.WsApi.Tests.Diagnostics;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.RateLimits;

/// <summary>The governor's counts, seen the three ways a user can: the client's API, the metrics, the exception.</summary>
[Collection(DiagnosticsCollection.Name)]
public sealed class RateLimitUsageTests
{
    [Fact]
    public async Task Usage_is_the_same_through_the_api_and_the_gauges_for_spot_and_futures()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync(emulatorOptions: new EmulatorOptions { SpotRequestWeightPerMinute = 500 });
        using var capture = new TelemetryCapture(h.Emulator.SpotUri.Port, traces: false);
        Assert.Empty(h.Client.GetRateLimitUsage()); // no connection yet

        WsApiResponse<EmptyResult> spot = await h.Client.TestSpotConnectivityAsync();
        await h.Client.SendAsync(WsApiEndpoint.UsdM, "ping");
        IReadOnlyList<EndpointRateLimitUsage> usage = h.Client.GetRateLimitUsage();
        Assert.Equal([WsApiEndpoint.Spot, WsApiEndpoint.UsdM], usage.Select(u => u.Endpoint));

        RateLimitUsage spotWeight = usage[0].Limits.Single(l => l.RateLimitType == RateLimitType.RequestWeight);
        Assert.Equal((500, spot.RateLimits.Single().Count!.Value), (spotWeight.Limit, spotWeight.Count));
        Assert.Null(usage[0].RetryAfter);
        Assert.Contains(usage[1].Limits, l => l.RateLimitType == RateLimitType.Orders && l is { IntervalNum: 10, Limit: 300 });

        capture.CollectObservables();
        Assert.Contains(capture.Measurements("binance.ws_api.client.rate_limit.usage"), m => m.Value == spotWeight.Count
            && Equals(m.Tags["binance.ws_api.endpoint"], "Spot") && Equals(m.Tags["binance.ws_api.rate_limit.type"], "REQUEST_WEIGHT"));
        Assert.Contains(capture.Measurements("binance.ws_api.client.rate_limit.limit"), m => m.Value == 500
            && Equals(m.Tags["binance.ws_api.endpoint"], "Spot"));
        Assert.Contains(capture.Measurements("binance.ws_api.client.rate_limit.limit"), m => m.Value == 300
            && Equals(m.Tags["binance.ws_api.endpoint"], "UsdM") && Equals(m.Tags["binance.ws_api.rate_limit.type"], "ORDERS"));
    }

    [Fact]
    public async Task exchangeInfo_sets_the_ceilings_including_CONNECTIONS()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        WsApiResponse<SpotExchangeInfo> info = await h.Client.GetSpotExchangeInfoAsync(new SpotExchangeInfoRequest { Symbol = "BTCUSDT" });
        EndpointRateLimitUsage usage = Assert.Single(h.Client.GetRateLimitUsage());
        foreach (RateLimit limit in info.Result.RateLimits)
        {
            Assert.Contains(usage.Limits, l => l.RateLimitType == limit.RateLimitType && l.Interval == limit.Interval
                && l.IntervalNum == limit.IntervalNum && l.Limit == limit.Limit);
        }
    }
}
