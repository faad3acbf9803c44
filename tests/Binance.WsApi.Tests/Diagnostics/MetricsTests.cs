using Binance.WsApi.Events;
using Binance.WsApi.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Binance.WsApi.Tests.Diagnostics;

/// <summary>The client's instruments as a MeterListener (an exporter) sees them.</summary>
[Collection(DiagnosticsCollection.Name)]
public sealed class MetricsTests
{
    [Fact]
    public async Task A_ping_records_its_duration_by_method_and_outcome_balances_active_requests_and_counts_bytes()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        using var capture = new TelemetryCapture(h.Emulator.SpotUri.Port, traces: false);

        await h.Client.TestSpotConnectivityAsync();

        var duration = Assert.Single(capture.Measurements("binance.ws_api.client.request.duration"));
        Assert.Equal("ping", duration.Tags["rpc.method"]);
        Assert.Equal("success", duration.Tags["binance.ws_api.outcome"]);
        Assert.Equal("Spot", duration.Tags["binance.ws_api.endpoint"]);
        Assert.False(duration.Tags.ContainsKey("error.type"));
        Assert.True(duration.Value >= 0);

        var active = capture.Measurements("binance.ws_api.client.active_requests");
        Assert.Equal([1d, -1d], active.Select(m => m.Value));
        Assert.All(active, m => Assert.Equal("ping", m.Tags["rpc.method"]));

        Assert.True(capture.Measurements("binance.ws_api.client.sent_bytes").Sum(m => m.Value) > 0);
        Assert.True(capture.Measurements("binance.ws_api.client.received_bytes").Sum(m => m.Value) > 0);
    }

    [Fact]
    public async Task A_refused_order_is_recorded_with_its_error_type()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync(EmulatorHarness.Hmac);
        using var capture = new TelemetryCapture(h.Emulator.SpotUri.Port, traces: false);

        BinanceApiException refused = await Assert.ThrowsAsync<BinanceApiException>(() => h.Client.SubmitNewSpotOrderAsync(
            new SpotOrderRequest("NOSUCHPAIR", OrderSide.Buy, OrderType.Market) { Quantity = 0.001m }));

        var duration = Assert.Single(capture.Measurements("binance.ws_api.client.request.duration"));
        Assert.Equal("order.place", duration.Tags["rpc.method"]);
        Assert.Equal("binance_error", duration.Tags["binance.ws_api.outcome"]);
        Assert.Equal(refused.Code.ToString(System.Globalization.CultureInfo.InvariantCulture), duration.Tags["error.type"]);
    }

    [Fact]
    public async Task The_rate_limit_gauges_report_the_latest_rateLimits_of_a_response()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        using var capture = new TelemetryCapture(h.Emulator.SpotUri.Port, traces: false);

        WsApiResponse<EmptyResult> response = await h.Client.TestSpotConnectivityAsync();
        capture.CollectObservables();

        RateLimit weight = response.RateLimits.First(r => r.Count is not null);
        var usage = capture.Measurements("binance.ws_api.client.rate_limit.usage");
        Assert.Contains(usage, m => m.Value == weight.Count
            && Equals(m.Tags["binance.ws_api.rate_limit.type"], weight.RateLimitType.Value)
            && Equals(m.Tags["binance.ws_api.rate_limit.interval"], weight.Interval.Value)
            && Equals(m.Tags["binance.ws_api.rate_limit.interval_num"], weight.IntervalNum));
        Assert.Contains(capture.Measurements("binance.ws_api.client.rate_limit.limit"), m => m.Value == weight.Limit);

        // A disposed client's connections stop reporting.
        await h.Client.DisposeAsync();
        int before = capture.Measurements("binance.ws_api.client.rate_limit.usage").Count;
        capture.CollectObservables();
        Assert.Equal(before, capture.Measurements("binance.ws_api.client.rate_limit.usage").Count);
    }

    [Fact]
    public async Task A_reconnect_is_counted_with_its_outcome()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        using var capture = new TelemetryCapture(h.Emulator.SpotUri.Port);
        await h.Client.TestSpotConnectivityAsync();

        await h.Emulator.Faults.DropConnectionsAsync();
        // The counter is recorded just before the reconnect span stops: awaiting the span is awaiting both.
        await capture.WaitForStoppedAsync(a => a.OperationName == "reconnect");

        var reconnect = Assert.Single(capture.Measurements("binance.ws_api.client.reconnects"));
        Assert.Equal(1d, reconnect.Value);
        Assert.Equal("reconnected", reconnect.Tags["binance.ws_api.outcome"]);
    }

    [Fact]
    public async Task An_ed25519_logon_is_counted()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync(EmulatorHarness.Ed25519);
        using var capture = new TelemetryCapture(h.Emulator.SpotUri.Port, traces: false);

        await h.Client.GetWsClient().ConnectAsync(WsApiEndpoint.Spot);

        var logon = Assert.Single(capture.Measurements("binance.ws_api.client.logons"));
        Assert.Equal("success", logon.Tags["binance.ws_api.outcome"]);
    }

    [Fact]
    public async Task Events_dropped_by_the_handler_queue_are_counted()
    {
        using var capture = new TelemetryCapture(port: 0, traces: false);
        using var release = new ManualResetEventSlim();
        var running = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var dispatcher = new EventDispatcher(NullLogger.Instance, capacity: 1);
        try
        {
            // The consumer is stuck in the first handler; the queue holds one more; each further post drops the oldest.
            dispatcher.Post(() => { running.TrySetResult(); release.Wait(); });
            await running.Task.WaitAsync(EmulatorHarness.Wait);
            for (int i = 0; i < 4; i++)
            {
                dispatcher.Post(() => { });
            }
        }
        finally
        {
            release.Set();
            await dispatcher.DisposeAsync();
        }

        var drops = capture.Measurements("binance.ws_api.client.dropped_events").Where(m => Equals(m.Tags["binance.ws_api.queue"], "event_handlers"));
        Assert.True(drops.Sum(m => m.Value) >= 3);
    }
}
