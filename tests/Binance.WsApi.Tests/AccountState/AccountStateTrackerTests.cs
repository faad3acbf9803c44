using System.Collections.Concurrent;
using Binance.WsApi.Emulator;
using Binance.WsApi.Soak;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.AccountState;

/// <summary>
/// The account state tracker end to end: the real client, the emulator's matching engine, and gaps made with the
/// emulator's faults. Each test compares what the tracker reported with the exchange's own records: every transition
/// exactly once and in order, balances and open orders equal to the emulator's.
/// </summary>
public class AccountStateTrackerTests
{
    private const string Symbol = "BTCUSDT";

    private static Task<EmulatorHarness> StartAsync() =>
        EmulatorHarness.StartAsync(EmulatorHarness.Hmac, o => o.ResubscribeUserDataStreamDelay = TimeSpan.FromMilliseconds(50),
            new EmulatorOptions { SpotOrdersPer10Seconds = 100_000 });

    [Fact]
    public async Task A_gap_with_a_fill_new_orders_and_a_cancel_is_repaired_exactly_once()
    {
        await using var h = await StartAsync();
        h.Emulator.ClearBook(Symbol);
        (long orderFloor, long tradeFloor) = await FloorsAsync(h.Client);
        await using AccountStateTracker tracker = await h.Client.CreateAccountStateTrackerAsync(new AccountStateTrackerOptions { Symbols = [Symbol] });
        var seen = new Collector(tracker);

        // Live: a resting buy, partly filled.
        SpotOrderResult resting = (await h.Client.SubmitNewSpotOrderAsync(Limit(OrderSide.Buy, 50000m, 0.003m))).Result;
        h.Emulator.AddLiquidity(Symbol, isBuy: false, 50000m, 0.001m);
        await seen.WaitForAsync(s => s.Any(t => t.OrderId == resting.OrderId && t.ExecutionType == "TRADE"), "the live fill");

        // A second client of the same account stays connected while the tracking client is cut off.
        await using WebSocketApiClient other = h.CreateClient(EmulatorHarness.Hmac);
        await other.TestSpotConnectivityAsync();
        h.Emulator.Faults.RefuseConnections = true;
        h.Emulator.Faults.DropOnNextRequest("time");
        await Assert.ThrowsAnyAsync<WsApiException>(() => h.Client.GetSpotServerTimeAsync());

        // The gap: a second fill of the resting order, a market order, a placed-and-cancelled order, a new resting order.
        h.Emulator.AddLiquidity(Symbol, isBuy: false, 50000m, 0.001m);
        h.Emulator.AddLiquidity(Symbol, isBuy: false, 50100m, 0.002m);
        SpotOrderResult market = (await other.SubmitNewSpotOrderAsync(new SpotOrderRequest(Symbol, OrderSide.Buy, OrderType.Market) { Quantity = 0.002m })).Result;
        SpotOrderResult cancelled = (await other.SubmitNewSpotOrderAsync(Limit(OrderSide.Buy, 49000m, 0.001m))).Result;
        await other.CancelSpotOrderAsync(new SpotCancelOrderRequest(Symbol) { OrderId = cancelled.OrderId });
        SpotOrderResult opened = (await other.SubmitNewSpotOrderAsync(Limit(OrderSide.Buy, 48000m, 0.001m))).Result;
        h.Emulator.Deposit(DemoAccount.HmacApiKey, "USDT", 5m);

        h.Emulator.Faults.RefuseConnections = false;
        await seen.WaitForAsync(_ => tracker.ReconciliationCount >= 1, "the repair");

        // After the repair the stream is live again: a cancel seen on it closes the story.
        await h.Client.CancelSpotOrderAsync(new SpotCancelOrderRequest(Symbol) { OrderId = opened.OrderId });
        await seen.WaitForAsync(s => s.Any(t => t.OrderId == opened.OrderId && t.ExecutionType == "CANCELED"), "the live cancel");

        AuditResult audit = TransitionAudit.Compare(await TransitionAudit.ExpectedAsync(h.Client, Symbol, orderFloor, tradeFloor, default), seen.All);
        Assert.True(audit.IsExact, audit.ToString());
        OrderTransition[] synthesized = seen.All.Where(t => t.IsSynthesized).ToArray();
        Assert.Contains(synthesized, t => t.OrderId == resting.OrderId && t.ExecutionType == "TRADE" && t.CumulativeFilledQuantity == 0.002m);
        Assert.Contains(synthesized, t => t.OrderId == market.OrderId && t.ExecutionType == "NEW");
        Assert.Contains(synthesized, t => t.OrderId == market.OrderId && t.Status == OrderStatus.Filled);
        Assert.Contains(synthesized, t => t.OrderId == cancelled.OrderId && t.ExecutionType == "CANCELED");
        Assert.Contains(synthesized, t => t.OrderId == opened.OrderId && t.ExecutionType == "NEW");
        Assert.All(synthesized, t => Assert.Null(t.Report));
        Assert.Equal(synthesized.Length, tracker.SynthesizedTransitionCount);

        Assert.Empty(TransitionAudit.BalanceDifferences(tracker, h.Emulator, DemoAccount.HmacApiKey));
        Assert.Equal(h.Emulator.GetBalance(DemoAccount.HmacApiKey, "USDT").Free, tracker.GetBalance("USDT")!.Free);
        await AssertOpenOrdersMatchAsync(h.Client, tracker);
        TrackedOrder stillOpen = Assert.Single(tracker.GetOpenOrders(Symbol));
        Assert.Equal(resting.OrderId, stillOpen.OrderId);
        Assert.Equal(0.002m, stillOpen.FilledQuantity);
    }

    [Fact]
    public async Task Drops_during_a_burst_of_orders_lose_and_duplicate_nothing()
    {
        await using var h = await StartAsync();
        (long orderFloor, long tradeFloor) = await FloorsAsync(h.Client);
        await using AccountStateTracker tracker = await h.Client.CreateAccountStateTrackerAsync(new AccountStateTrackerOptions { Symbols = [Symbol] });
        var seen = new Collector(tracker);
        var random = new Random(1234);
        var resting = new ConcurrentQueue<string>();
        // The emulator forgets a dropped request at once: "does not exist" is final well before the default settle time.
        var quick = new ReconcilePolicy { NotFoundSettleTime = TimeSpan.FromSeconds(1) };

        async Task OneAsync(int i)
        {
            try
            {
                switch (i % 4)
                {
                    case 0:
                        await h.Client.PlaceSpotOrderReconciledAsync(new SpotOrderRequest(Symbol, i % 8 == 0 ? OrderSide.Buy : OrderSide.Sell, OrderType.Market) { Quantity = 0.001m }, quick);
                        break;
                    case 1 or 2:
                        OrderOutcome<SpotOrderBase> placed = await h.Client.PlaceSpotOrderReconciledAsync(Limit(OrderSide.Buy, 50000m + i, 0.001m), quick);
                        if (placed.WasPlaced)
                        {
                            resting.Enqueue(placed.ClientOrderId);
                        }

                        break;
                    default:
                        if (resting.TryDequeue(out string? id))
                        {
                            await h.Client.CancelSpotOrderAsync(new SpotCancelOrderRequest(Symbol) { OrigClientOrderId = id });
                        }

                        break;
                }
            }
            catch (WsApiException)
            {
                // A lost cancel or a placement refused while reconnecting: the audit below is about the stream, not these.
            }
        }

        var burst = new List<Task>();
        for (int i = 0; i < 80; i++)
        {
            burst.Add(OneAsync(i));
            if (i is 15 or 40 or 65)
            {
                await h.Emulator.Faults.DropConnectionsAsync();
            }

            if (random.Next(5) == 0)
            {
                // Now and then let the burst catch up, so drops land among requests in every state.
                await Task.WhenAll(burst);
            }
        }

        await Task.WhenAll(burst);
        // Every gap repaired; then one live order flushes the tracker's queue behind everything before it.
        await seen.WaitForAsync(_ => tracker.ReconciliationCount >= 1 && h.Client.GetUserDataSubscriptionId(WsApiEndpoint.Spot) is not null, "the repairs");
        SpotOrderResult last = (await h.Client.SubmitNewSpotOrderAsync(Limit(OrderSide.Buy, 40000m, 0.001m))).Result;
        await seen.WaitForAsync(s => s.Any(t => t.OrderId == last.OrderId), "the last order");

        AuditResult audit = TransitionAudit.Compare(await TransitionAudit.ExpectedAsync(h.Client, Symbol, orderFloor, tradeFloor, default), seen.All);
        Assert.True(audit.IsExact, audit.ToString());
        Assert.True(audit.Expected > 40, audit.ToString());
        Assert.Empty(TransitionAudit.BalanceDifferences(tracker, h.Emulator, DemoAccount.HmacApiKey));
        await AssertOpenOrdersMatchAsync(h.Client, tracker);
    }

    [Fact]
    public async Task A_terminated_stream_is_repaired_and_disposing_ends_the_reader()
    {
        await using var h = await StartAsync();
        AccountStateTracker tracker = await h.Client.CreateAccountStateTrackerAsync(new AccountStateTrackerOptions { Symbols = [Symbol] });
        var seen = new Collector(tracker);
        h.Emulator.Faults.TerminateUserDataStreams();
        SpotOrderResult placed = (await h.Client.SubmitNewSpotOrderAsync(Limit(OrderSide.Buy, 50000m, 0.001m))).Result;
        await seen.WaitForAsync(s => s.Any(t => t.OrderId == placed.OrderId && t.ExecutionType == "NEW") && tracker.ReconciliationCount >= 1, "the order after the termination");
        Assert.Single(seen.All, t => t.OrderId == placed.OrderId);
        Assert.Single(tracker.GetOpenOrders(), o => o.OrderId == placed.OrderId);

        await tracker.DisposeAsync();
        await seen.Completion.WaitAsync(EmulatorHarness.Wait);
    }

    private static SpotOrderRequest Limit(OrderSide side, decimal price, decimal quantity) =>
        new(Symbol, side, OrderType.Limit) { TimeInForce = TimeInForce.Gtc, Price = price, Quantity = quantity };

    private static async Task<(long Orders, long Trades)> FloorsAsync(WebSocketApiClient client)
    {
        IReadOnlyList<SpotOrder> orders = (await client.GetSpotAllOrdersAsync(new SpotAllOrdersRequest(Symbol) { Limit = 1 })).Result;
        IReadOnlyList<SpotAccountTrade> trades = (await client.GetSpotMyTradesAsync(new SpotMyTradesRequest(Symbol) { Limit = 1 })).Result;
        return (orders.Count > 0 ? orders[^1].OrderId : 0, trades.Count > 0 ? trades[^1].Id : 0);
    }

    private static async Task AssertOpenOrdersMatchAsync(WebSocketApiClient client, AccountStateTracker tracker)
    {
        IReadOnlyList<SpotOrder> open = (await client.GetSpotOpenOrdersAsync(new SpotOpenOrdersRequest { Symbol = Symbol })).Result;
        Assert.Equal(open.Select(o => (o.OrderId, o.ExecutedQty, o.Status)).OrderBy(o => o.OrderId),
            tracker.GetOpenOrders(Symbol).Select(o => (o.OrderId, o.FilledQuantity, o.Status)));
    }

    /// <summary>Reads the tracker's transitions in the background; tests wait for a condition on them with a deadline.</summary>
    private sealed class Collector
    {
        private readonly ConcurrentQueue<OrderTransition> _all = new();
        private readonly SemaphoreSlim _signal = new(0);

        public Collector(AccountStateTracker tracker)
        {
            tracker.Reconciled += (_, _) => _signal.Release();
            Completion = Task.Run(async () =>
            {
                await foreach (OrderTransition t in tracker.ReadTransitionsAsync())
                {
                    _all.Enqueue(t);
                    _signal.Release();
                }
            });
        }

        public Task Completion { get; }

        public IReadOnlyList<OrderTransition> All => _all.ToArray();

        public async Task WaitForAsync(Func<IReadOnlyList<OrderTransition>, bool> condition, string what)
        {
            using var timeout = new CancellationTokenSource(EmulatorHarness.Wait);
            while (!condition(All))
            {
                try
                {
                    // Woken by each transition and repair; re-checks now and then for conditions on the client's side.
                    await _signal.WaitAsync(TimeSpan.FromMilliseconds(20), timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    throw new TimeoutException($"Waited {EmulatorHarness.Wait.TotalSeconds:0} s for {what}; seen: {string.Join(", ", All.Select(TransitionAudit.KeyOf))}");
                }
            }
        }
    }
}
