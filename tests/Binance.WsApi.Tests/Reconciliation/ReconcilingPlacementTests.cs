using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Reconciliation;

/// <summary>
/// Reconciling placements against the emulator's faults: an answer lost at every point of a placement ends in a
/// definite outcome (placed, with the exchange's order, or never placed), the order is sent exactly once, and an
/// outcome that cannot be settled is a typed exception carrying the client order id.
/// </summary>
public class ReconcilingPlacementTests
{
    // Short so that tests settle quickly: the emulator either executed a request at once or never will.
    private static readonly ReconcilePolicy Quick = new() { Deadline = TimeSpan.FromSeconds(8), NotFoundSettleTime = TimeSpan.FromMilliseconds(300) };

    private static SpotOrderRequest Bid(string? clientOrderId = null) =>
        new("BTCUSDT", OrderSide.Buy, OrderType.Limit) { TimeInForce = TimeInForce.Gtc, Quantity = 0.01m, Price = 50_000m, NewClientOrderId = clientOrderId };

    private static Task<EmulatorHarness> StartAsync() =>
        EmulatorHarness.StartAsync(EmulatorHarness.Hmac, o => o.RequestTimeout = TimeSpan.FromMilliseconds(700));

    private static int Placements(EmulatorHarness h, string method = "order.place") =>
        h.Emulator.ReceivedRequests.Count(r => r.Method == method);

    [Fact]
    public async Task An_answered_placement_is_returned_as_it_is()
    {
        await using var h = await StartAsync();
        OrderOutcome<SpotOrderBase> outcome = await h.Client.PlaceSpotOrderReconciledAsync(Bid(), Quick);

        Assert.True(outcome.WasPlaced);
        Assert.False(outcome.WasReconciled);
        var placed = Assert.IsType<SpotOrderResult>(outcome.Order);
        Assert.Equal(outcome.ClientOrderId, placed.ClientOrderId);
        Assert.Null(outcome.LostAnswer);
    }

    [Fact]
    public async Task An_executed_order_whose_answer_is_swallowed_is_found_by_its_client_order_id()
    {
        await using var h = await StartAsync();
        h.Emulator.Faults.SwallowResponses(1, "order.place");

        OrderOutcome<SpotOrderBase> outcome = await h.Client.PlaceSpotOrderReconciledAsync(Bid("reconcile-swallowed"), Quick);

        Assert.True(outcome.WasPlaced);
        Assert.True(outcome.WasReconciled);
        Assert.IsType<WsApiTimeoutException>(outcome.LostAnswer);
        var order = Assert.IsType<SpotOrder>(outcome.Order);
        Assert.Equal("reconcile-swallowed", order.ClientOrderId);
        Assert.Equal(OrderStatus.New, order.Status);
        Assert.Equal(1, Placements(h));
    }

    [Fact]
    public async Task A_request_dropped_before_execution_is_reported_as_never_placed_once_it_can_no_longer_arrive()
    {
        await using var h = await StartAsync();
        h.Emulator.Faults.DropOnNextRequest("order.place");

        OrderOutcome<SpotOrderBase> outcome = await h.Client.PlaceSpotOrderReconciledAsync(Bid(), Quick);

        Assert.False(outcome.WasPlaced);
        Assert.True(outcome.WasReconciled);
        Assert.Equal(RequestSendState.Sent, outcome.LostAnswer!.SendState);
        Assert.False(string.IsNullOrEmpty(outcome.ClientOrderId));
        Assert.Equal(1, Placements(h));
        Assert.Empty((await h.Client.GetSpotOpenOrdersAsync(new SpotOpenOrdersRequest { Symbol = "BTCUSDT" })).Result);
    }

    [Fact]
    public async Task A_connection_dropped_after_execution_is_reconciled_on_the_next_connection()
    {
        await using var h = await EmulatorHarness.StartAsync(EmulatorHarness.Hmac, o => o.RequestTimeout = TimeSpan.FromSeconds(5));
        await h.Client.TestSpotConnectivityAsync();
        h.Emulator.Faults.SwallowResponses(1, "order.place");

        Task<OrderOutcome<SpotOrderBase>> placing = h.Client.PlaceSpotOrderReconciledAsync(Bid(), Quick);
        await h.Events.WaitForAsync(() => Placements(h) == 1, "the order reaching the emulator");
        await h.Emulator.Faults.DropConnectionsAsync();

        OrderOutcome<SpotOrderBase> outcome = await placing.WaitAsync(EmulatorHarness.Wait);
        Assert.True(outcome.WasPlaced);
        Assert.True(outcome.WasReconciled);
        Assert.IsType<WsApiConnectionException>(outcome.LostAnswer);
        Assert.Equal(outcome.ClientOrderId, outcome.Order!.ClientOrderId);
        Assert.Equal(1, Placements(h));
    }

    [Fact]
    public async Task A_refusal_is_definite_and_thrown_with_the_client_order_id_without_any_lookup()
    {
        await using var h = await StartAsync();
        SpotOrderRequest tooSmall = Bid("refused-1") with { Quantity = 0.000001m };

        var ex = await Assert.ThrowsAsync<BinanceApiException>(() => h.Client.PlaceSpotOrderReconciledAsync(tooSmall, Quick));
        Assert.Equal("refused-1", ex.ClientOrderId);
        Assert.DoesNotContain(h.Emulator.ReceivedRequests, r => r.Method == "order.status");
    }

    [Fact]
    public async Task Lookups_that_never_succeed_end_in_OrderOutcomeUnknownException_with_the_id()
    {
        // Refused handshakes fail at once, so every lookup fails until the deadline.
        await using var h = await EmulatorHarness.StartAsync(EmulatorHarness.Hmac, o => o.RequestTimeout = TimeSpan.FromSeconds(5));
        await h.Client.TestSpotConnectivityAsync();
        h.Emulator.Faults.SwallowResponses(1, "order.place");
        var policy = new ReconcilePolicy { Deadline = TimeSpan.FromSeconds(1.5), NotFoundSettleTime = TimeSpan.FromMilliseconds(300) };

        Task<OrderOutcome<SpotOrderBase>> placing = h.Client.PlaceSpotOrderReconciledAsync(Bid("unknown-1"), policy);
        await h.Events.WaitForAsync(() => Placements(h) == 1, "the order reaching the emulator");
        h.Emulator.Faults.RefuseConnections = true;
        await h.Emulator.Faults.DropConnectionsAsync();

        var ex = await Assert.ThrowsAsync<OrderOutcomeUnknownException>(() => placing.WaitAsync(EmulatorHarness.Wait));
        Assert.Equal("unknown-1", ex.ClientOrderId);
        Assert.Equal(RequestSendState.Sent, ex.SendState);
        // The lost answer is the cause; the lookups were still waiting for a connection when the deadline came.
        Assert.IsType<WsApiConnectionException>(ex.InnerException);
        Assert.Contains("unknown-1", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, Placements(h));
    }

    [Fact]
    public async Task A_futures_order_with_a_lost_answer_is_found_by_its_client_order_id()
    {
        await using var h = await StartAsync();
        h.Emulator.Faults.SwallowResponses(1, "order.place");
        var order = new FuturesOrderRequest("BTCUSDT", OrderSide.Buy, FuturesOrderType.Limit)
        {
            TimeInForce = TimeInForce.Gtc, Quantity = 0.01m, Price = 50_000m,
        };

        OrderOutcome<FuturesOrder> outcome = await h.Client.PlaceFuturesOrderReconciledAsync(FuturesMarket.UsdM, order, Quick);

        Assert.True(outcome.WasPlaced);
        Assert.True(outcome.WasReconciled);
        Assert.Equal(outcome.ClientOrderId, outcome.Order!.ClientOrderId);
        Assert.Equal(1, Placements(h));
    }

    [Fact]
    public async Task An_order_list_with_a_lost_answer_is_found_by_its_list_client_order_id()
    {
        await using var h = await StartAsync();
        h.Emulator.Faults.SwallowResponses(1, "orderList.place.oco");
        var oco = new SpotOcoOrderListRequest("BTCUSDT", OrderSide.Sell, 0.01m,
            new SpotOcoLeg(OrderType.LimitMaker) { Price = 66000m },
            new SpotOcoLeg(OrderType.StopLossLimit) { StopPrice = 55000m, Price = 54900m, TimeInForce = TimeInForce.Gtc });

        OrderOutcome<SpotOrderListBase> outcome = await h.Client.PlaceSpotOrderListReconciledAsync(oco, Quick);

        Assert.True(outcome.WasPlaced);
        Assert.True(outcome.WasReconciled);
        var list = Assert.IsType<SpotOrderList>(outcome.Order);
        Assert.Equal(outcome.ClientOrderId, list.ListClientOrderId);
        Assert.Equal(ContingencyType.Oco, list.ContingencyType);
        Assert.Equal(1, Placements(h, "orderList.place.oco"));
    }
}
