using System.Diagnostics;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Diagnostics;

/// <summary>The client span of each request, and the reconnect span, as an ActivityListener (an exporter) sees them.</summary>
[Collection(DiagnosticsCollection.Name)]
public sealed class TracingTests
{
    [Fact]
    public async Task A_ping_is_one_client_span_named_after_the_method_with_the_rpc_attributes()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        using var capture = new TelemetryCapture(h.Emulator.SpotUri.Port);
        using var parent = new Activity("caller").Start();

        WsApiResponse<EmptyResult> response = await h.Client.TestSpotConnectivityAsync();

        // Ended before the caller resumed, and the caller's own span is still the current one.
        Activity span = Assert.Single(capture.Stopped, a => a.OperationName == "ping");
        Assert.Same(parent, Activity.Current);
        Assert.Equal(parent.SpanId, span.ParentSpanId);
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal("ping", span.DisplayName);
        Assert.Equal("binance_ws_api", span.GetTagItem("rpc.system"));
        Assert.Equal("ping", span.GetTagItem("rpc.method"));
        Assert.Equal("127.0.0.1", span.GetTagItem("server.address"));
        Assert.Equal("Spot", span.GetTagItem("binance.ws_api.endpoint"));
        Assert.Equal(long.Parse(response.Id, System.Globalization.CultureInfo.InvariantCulture), span.GetTagItem("binance.ws_api.request.id"));
        Assert.Equal(200, span.GetTagItem("binance.ws_api.response.status"));
        Assert.Equal("sent", span.GetTagItem("binance.ws_api.send_state"));
        Assert.Equal("success", span.GetTagItem("binance.ws_api.outcome"));
        Assert.Equal(ActivityStatusCode.Unset, span.Status);
        Assert.Null(span.GetTagItem("error.type"));
    }

    [Fact]
    public async Task An_order_span_carries_its_client_order_id()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync(EmulatorHarness.Hmac);
        using var capture = new TelemetryCapture(h.Emulator.SpotUri.Port);

        SpotOrderResult order = (await h.Client.SubmitNewSpotOrderAsync(
            new SpotOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Market) { Quantity = 0.001m })).Result;

        Activity span = Assert.Single(capture.Stopped, a => a.OperationName == "order.place");
        Assert.Equal(order.ClientOrderId, span.GetTagItem("binance.ws_api.client_order_id"));
        Assert.Equal("success", span.GetTagItem("binance.ws_api.outcome"));
    }

    [Fact]
    public async Task A_refused_order_span_has_error_status_and_Binances_code()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync(EmulatorHarness.Hmac);
        using var capture = new TelemetryCapture(h.Emulator.SpotUri.Port);

        BinanceApiException refused = await Assert.ThrowsAsync<BinanceApiException>(() => h.Client.SubmitNewSpotOrderAsync(
            new SpotOrderRequest("NOSUCHPAIR", OrderSide.Buy, OrderType.Market) { Quantity = 0.001m }));

        Activity span = Assert.Single(capture.Stopped, a => a.OperationName == "order.place");
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.Equal(refused.BinanceMessage, span.StatusDescription);
        Assert.Equal(refused.Code, span.GetTagItem("binance.ws_api.error.code"));
        Assert.Equal(refused.Status, span.GetTagItem("binance.ws_api.response.status"));
        Assert.Equal(refused.Code.ToString(System.Globalization.CultureInfo.InvariantCulture), span.GetTagItem("error.type"));
        Assert.Equal("binance_error", span.GetTagItem("binance.ws_api.outcome"));
        Assert.Equal("sent", span.GetTagItem("binance.ws_api.send_state"));
        Assert.Equal(refused.ClientOrderId, span.GetTagItem("binance.ws_api.client_order_id"));
        Assert.Contains(span.Events, e => e.Name == "exception");
    }

    [Fact]
    public async Task A_dropped_connection_is_a_reconnect_span_and_the_next_request_is_traced_on_the_new_socket()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        using var capture = new TelemetryCapture(h.Emulator.SpotUri.Port);
        await h.Client.TestSpotConnectivityAsync();

        await h.Emulator.Faults.DropConnectionsAsync();

        Activity reconnect = await capture.WaitForStoppedAsync(a => a.OperationName == "reconnect");
        Assert.Equal(ActivityKind.Internal, reconnect.Kind);
        Assert.Equal(default, reconnect.ParentSpanId);
        Assert.Equal("reconnected", reconnect.GetTagItem("binance.ws_api.outcome"));
        Assert.Equal("Spot", reconnect.GetTagItem("binance.ws_api.endpoint"));
        Assert.NotNull(reconnect.GetTagItem("binance.ws_api.reconnect.reason"));
        Assert.Equal(ActivityStatusCode.Unset, reconnect.Status);

        await h.Client.TestSpotConnectivityAsync();
        Assert.Equal(2, capture.Stopped.Count(a => a.OperationName == "ping" && Equals(a.GetTagItem("binance.ws_api.outcome"), "success")));
    }

    [Fact]
    public async Task An_ed25519_logon_is_its_own_span()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync(EmulatorHarness.Ed25519);
        using var capture = new TelemetryCapture(h.Emulator.SpotUri.Port);

        await h.Client.GetWsClient().ConnectAsync(WsApiEndpoint.Spot);

        Activity logon = await capture.WaitForStoppedAsync(a => a.OperationName == "session.logon");
        Assert.Equal("success", logon.GetTagItem("binance.ws_api.outcome"));
        Assert.Equal(ActivityKind.Client, logon.Kind);
    }
}
