using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Reconciliation;

/// <summary>
/// The reconciling cancel-replace against the emulator's faults: an answer lost at each point (the request dropped
/// before the server ran it, the answer swallowed after it ran, the connection dropped while the answer was due) ends
/// with each step's state from looking both orders up; the request is sent exactly once.
/// </summary>
public class ReconcilingCancelReplaceTests
{
    private static readonly ReconcilePolicy Quick = new() { Deadline = TimeSpan.FromSeconds(8), NotFoundSettleTime = TimeSpan.FromMilliseconds(300) };

    private static SpotOrderRequest Bid(string clientOrderId, decimal price = 50_000m) =>
        new("BTCUSDT", OrderSide.Buy, OrderType.Limit) { TimeInForce = TimeInForce.Gtc, Quantity = 0.01m, Price = price, NewClientOrderId = clientOrderId };

    private static SpotCancelReplaceRequest Replace(string oldId, string newId) =>
        new(CancelReplaceMode.StopOnFailure, Bid(newId, 50_001m)) { CancelOrigClientOrderId = oldId };

    private static async Task<EmulatorHarness> StartWithRestingOrderAsync(string oldId, TimeSpan? requestTimeout = null)
    {
        EmulatorHarness h = await EmulatorHarness.StartAsync(EmulatorHarness.Hmac, o => o.RequestTimeout = requestTimeout ?? TimeSpan.FromMilliseconds(700));
        // The setup order gets a generous deadline of its own (the first order of a fresh emulator pays for its JIT).
        await h.Client.SendAsync(WsApiEndpoint.Spot, "order.place", new WsApiParameters()
            .Add("symbol", "BTCUSDT").Add("side", "BUY").Add("type", "LIMIT").Add("timeInForce", "GTC")
            .Add("quantity", 0.01m).Add("price", 50_000m).Add("newClientOrderId", oldId), WsApiSecurity.Signed, timeout: EmulatorHarness.Wait);
        return h;
    }

    private static int Sent(EmulatorHarness h) => h.Emulator.ReceivedRequests.Count(r => r.Method == "order.cancelReplace");

    // The check after the fact gets a generous deadline of its own: the client's 700 ms is there to make a swallowed
    // answer time out quickly, not to judge the emulator's speed on a loaded machine.
    private static async Task<IReadOnlyList<string>> OpenOrderIdsAsync(EmulatorHarness h)
    {
        WsApiResponse<System.Text.Json.JsonElement> open = await h.Client.SendAsync(WsApiEndpoint.Spot, "openOrders.status",
            new WsApiParameters().Add("symbol", "BTCUSDT"), WsApiSecurity.Signed, timeout: EmulatorHarness.Wait);
        return [.. open.Result.EnumerateArray().Select(o => o.GetProperty("clientOrderId").GetString()!).Order()];
    }

    [Fact]
    public async Task An_answered_cancel_replace_reports_both_steps_done_without_lookups()
    {
        await using EmulatorHarness h = await StartWithRestingOrderAsync("cr-old-1");
        SpotCancelReplaceOutcome outcome = await h.Client.CancelReplaceSpotOrderReconciledAsync(Replace("cr-old-1", "cr-new-1"), Quick);

        Assert.Equal((CancelReplaceStepState.Done, CancelReplaceStepState.Done), (outcome.Cancel, outcome.NewOrder));
        Assert.True(outcome.IsSettled);
        Assert.False(outcome.WasReconciled);
        Assert.Equal("cr-new-1", outcome.PlacedOrder!.ClientOrderId);
        Assert.NotNull(outcome.Result);
        Assert.DoesNotContain(h.Emulator.ReceivedRequests, r => r.Method == "order.status");
    }

    [Fact]
    public async Task A_step_failure_answered_by_Binance_is_an_outcome_not_an_exception()
    {
        await using EmulatorHarness h = await StartWithRestingOrderAsync("cr-old-2");
        SpotCancelReplaceOutcome outcome = await h.Client.CancelReplaceSpotOrderReconciledAsync(Replace("no-such-order", "cr-new-2"), Quick);

        Assert.Equal((CancelReplaceStepState.NotDone, CancelReplaceStepState.NotDone), (outcome.Cancel, outcome.NewOrder));
        Assert.Equal(-2022, outcome.Failure!.Code);
        Assert.False(outcome.WasReconciled);
        Assert.Equal(["cr-old-2"], await OpenOrderIdsAsync(h));
    }

    [Fact]
    public async Task Dropped_before_the_server_ran_it_neither_step_happened()
    {
        await using EmulatorHarness h = await StartWithRestingOrderAsync("cr-old-3");
        h.Emulator.Faults.DropOnNextRequest("order.cancelReplace");

        SpotCancelReplaceOutcome outcome = await h.Client.CancelReplaceSpotOrderReconciledAsync(Replace("cr-old-3", "cr-new-3"), Quick);

        Assert.True(outcome.WasReconciled);
        Assert.Equal(RequestSendState.Sent, outcome.LostAnswer!.SendState);
        Assert.Equal((CancelReplaceStepState.NotDone, CancelReplaceStepState.NotDone), (outcome.Cancel, outcome.NewOrder));
        Assert.Equal(OrderStatus.New, outcome.CanceledOrder!.Status);
        Assert.Null(outcome.PlacedOrder);
        Assert.Equal(1, Sent(h));
        Assert.Equal(["cr-old-3"], await OpenOrderIdsAsync(h));
    }

    [Fact]
    public async Task Answer_swallowed_after_the_server_ran_it_both_steps_are_found_done()
    {
        await using EmulatorHarness h = await StartWithRestingOrderAsync("cr-old-4");
        h.Emulator.Faults.SwallowResponses(1, "order.cancelReplace");

        SpotCancelReplaceOutcome outcome = await h.Client.CancelReplaceSpotOrderReconciledAsync(Replace("cr-old-4", "cr-new-4"), Quick);

        Assert.True(outcome.WasReconciled);
        Assert.IsType<WsApiTimeoutException>(outcome.LostAnswer);
        Assert.Equal((CancelReplaceStepState.Done, CancelReplaceStepState.Done), (outcome.Cancel, outcome.NewOrder));
        Assert.Equal(OrderStatus.Canceled, outcome.CanceledOrder!.Status);
        var placed = Assert.IsType<SpotOrder>(outcome.PlacedOrder);
        Assert.Equal(("cr-new-4", OrderStatus.New), (placed.ClientOrderId, placed.Status));
        Assert.Equal(1, Sent(h));
        Assert.Equal(["cr-new-4"], await OpenOrderIdsAsync(h));
    }

    [Fact]
    public async Task Connection_dropped_while_the_answer_was_due_is_reconciled_on_the_next_connection()
    {
        await using EmulatorHarness h = await StartWithRestingOrderAsync("cr-old-5", TimeSpan.FromSeconds(5));
        h.Emulator.Faults.SwallowResponses(1, "order.cancelReplace");

        Task<SpotCancelReplaceOutcome> replacing = h.Client.CancelReplaceSpotOrderReconciledAsync(Replace("cr-old-5", "cr-new-5"), Quick);
        await h.Events.WaitForAsync(() => Sent(h) == 1, "the cancel-replace reaching the emulator");
        await h.Emulator.Faults.DropConnectionsAsync();

        SpotCancelReplaceOutcome outcome = await replacing.WaitAsync(EmulatorHarness.Wait);
        Assert.IsType<WsApiConnectionException>(outcome.LostAnswer);
        Assert.Equal((CancelReplaceStepState.Done, CancelReplaceStepState.Done), (outcome.Cancel, outcome.NewOrder));
        Assert.Equal("cr-new-5", outcome.PlacedOrder!.ClientOrderId);
        Assert.Equal(1, Sent(h));
        Assert.Equal(["cr-new-5"], await OpenOrderIdsAsync(h));
    }

    [Fact]
    public async Task Steps_no_lookup_could_settle_before_the_deadline_are_Unknown_and_nothing_is_sent_again()
    {
        await using EmulatorHarness h = await StartWithRestingOrderAsync("cr-old-6", TimeSpan.FromSeconds(5));
        h.Emulator.Faults.SwallowResponses(1, "order.cancelReplace");
        var policy = new ReconcilePolicy { Deadline = TimeSpan.FromSeconds(1.5), NotFoundSettleTime = TimeSpan.FromMilliseconds(300) };

        Task<SpotCancelReplaceOutcome> replacing = h.Client.CancelReplaceSpotOrderReconciledAsync(Replace("cr-old-6", "cr-new-6"), policy);
        await h.Events.WaitForAsync(() => Sent(h) == 1, "the cancel-replace reaching the emulator");
        h.Emulator.Faults.RefuseConnections = true;
        await h.Emulator.Faults.DropConnectionsAsync();

        SpotCancelReplaceOutcome outcome = await replacing.WaitAsync(EmulatorHarness.Wait);
        Assert.Equal((CancelReplaceStepState.Unknown, CancelReplaceStepState.Unknown), (outcome.Cancel, outcome.NewOrder));
        Assert.False(outcome.IsSettled);
        Assert.Equal("cr-new-6", outcome.NewClientOrderId);
        Assert.Equal(1, Sent(h));
    }

    [Fact]
    public async Task A_connection_lost_before_sending_is_a_NotSent_failure_with_nothing_to_reconcile()
    {
        await using EmulatorHarness h = await StartWithRestingOrderAsync("cr-old-8");
        h.Emulator.Faults.RefuseConnections = true;
        await h.Emulator.Faults.DropConnectionsAsync();

        await h.Events.WaitForLifecycleAsync("reconnecting"); // the client knows the socket is gone
        var ex = await Assert.ThrowsAnyAsync<WsApiException>(() => h.Client.CancelReplaceSpotOrderReconciledAsync(Replace("cr-old-8", "cr-new-8"), Quick));
        Assert.Equal(RequestSendState.NotSent, ex.SendState);
        Assert.Equal("cr-new-8", ex.ClientOrderId);
        Assert.Equal(0, Sent(h));
        Assert.DoesNotContain(h.Emulator.ReceivedRequests, r => r.Method == "order.status");
    }

    [Fact]
    public async Task A_refusal_of_the_whole_request_is_thrown_with_the_new_client_order_id()
    {
        await using EmulatorHarness h = await StartWithRestingOrderAsync("cr-old-7");
        SpotCancelReplaceRequest bad = Replace("cr-old-7", "cr-new-7") with { NewOrder = Bid("cr-new-7") with { Symbol = "NOSUCHPAIR" } };

        var ex = await Assert.ThrowsAnyAsync<BinanceApiException>(() => h.Client.CancelReplaceSpotOrderReconciledAsync(bad, Quick));
        Assert.IsNotType<SpotCancelReplaceException>(ex);
        Assert.Equal("cr-new-7", ex.ClientOrderId);
        Assert.DoesNotContain(h.Emulator.ReceivedRequests, r => r.Method == "order.status");
    }
}
