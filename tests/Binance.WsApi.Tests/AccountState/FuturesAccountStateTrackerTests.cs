using System.Collections.Concurrent;
using Binance.WsApi.Emulator;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.AccountState;

/// <summary>
/// The USD-M futures account state tracker end to end: the real client, the emulator's futures engine and listen-key
/// stream, and a gap made by expiring the listen key while stream connections are refused. The tracker's transitions
/// are compared with the emulator's orders (every transition once, in order, fills adding up to what the exchange
/// executed) and its balance and position with the emulator's.
/// </summary>
public class FuturesAccountStateTrackerTests
{
    private const string Symbol = "BTCUSDT";
    private const string CoinSymbol = "BTCUSD_PERP";

    /// <summary>A client whose USD-M listen-key stream goes to the emulator (its port is known once it runs).</summary>
    private static WebSocketApiClient CreateClient(EmulatorHarness h) =>
        h.CreateClient(EmulatorHarness.Hmac, o =>
        {
            o.FuturesUserDataStreamUrls[FuturesMarket.UsdM] = new Uri($"ws://127.0.0.1:{h.Emulator.Port}/private/ws");
            o.ResubscribeUserDataStreamDelay = TimeSpan.FromMilliseconds(50);
        });

    [Fact]
    public async Task A_gap_with_a_fill_of_ours_and_orders_placed_meanwhile_is_repaired_exactly_once()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        await using WebSocketApiClient client = CreateClient(h);
        h.Emulator.ClearFuturesBook(Symbol);
        await using FuturesAccountStateTracker tracker = await client.CreateFuturesAccountStateTrackerAsync(FuturesMarket.UsdM);
        var seen = new Collector(tracker);

        // Live: a resting buy, partly filled.
        FuturesOrder resting = await PlaceAsync(client, Limit(OrderSide.Buy, 50000m, 0.010m));
        h.Emulator.AddFuturesLiquidity(Symbol, isBuy: false, 50000m, 0.004m);
        await seen.WaitForAsync(s => s.Any(t => t.OrderId == resting.OrderId && t.ExecutionType == "TRADE"), "the live fill");

        // The gap: the listen key expires and the stream cannot reconnect. Meanwhile the resting order fills, and this
        // client (its WS API connection stays up) places a market order, a cancelled order and a resting one.
        h.Emulator.Faults.RefuseConnections = true;
        Assert.True(h.Emulator.Faults.ExpireListenKeys() > 0);
        h.Emulator.AddFuturesLiquidity(Symbol, isBuy: false, 50000m, 0.006m);
        h.Emulator.AddFuturesLiquidity(Symbol, isBuy: false, 50100m, 0.003m);
        FuturesOrder market = await PlaceAsync(client, new FuturesOrderRequest(Symbol, OrderSide.Buy, FuturesOrderType.Market) { Quantity = 0.003m });
        FuturesOrder cancelled = await PlaceAsync(client, Limit(OrderSide.Buy, 49000m, 0.003m));
        await client.CancelFuturesOrderAsync(FuturesMarket.UsdM, new FuturesCancelOrderRequest(Symbol) { OrderId = cancelled.OrderId });
        FuturesOrder opened = await PlaceAsync(client, Limit(OrderSide.Buy, 48000m, 0.003m));
        Assert.Equal(0, tracker.ReconciliationCount);

        h.Emulator.Faults.RefuseConnections = false;
        await seen.WaitForAsync(_ => tracker.ReconciliationCount >= 1, "the repair");

        // After the repair the stream is live again: a cancel seen on it closes the story.
        await client.CancelFuturesOrderAsync(FuturesMarket.UsdM, new FuturesCancelOrderRequest(Symbol) { OrderId = opened.OrderId });
        await seen.WaitForAsync(s => s.Any(t => t.OrderId == opened.OrderId && t.ExecutionType == "CANCELED"), "the live cancel");

        IReadOnlyList<OrderTransition> all = seen.All;
        Assert.Equal(
            [
                ("NEW", false, 0m), ("TRADE", false, 0.004m), ("TRADE", true, 0.010m),
            ],
            Story(all, resting.OrderId));
        Assert.Equal([("NEW", true, 0m), ("TRADE", true, 0.003m)], Story(all, market.OrderId));
        Assert.Equal([("NEW", true, 0m), ("CANCELED", true, 0m)], Story(all, cancelled.OrderId));
        Assert.Equal([("NEW", true, 0m), ("CANCELED", false, 0m)], Story(all, opened.OrderId));

        // The synthesized fills add up to what the exchange executed, with the status it reports.
        foreach (FuturesOrder order in new[] { resting, market, cancelled, opened })
        {
            FuturesOrder now = (await client.GetFuturesOrderStatusAsync(FuturesMarket.UsdM, new FuturesOrderStatusRequest(Symbol) { OrderId = order.OrderId })).Result;
            OrderTransition[] story = all.Where(t => t.OrderId == order.OrderId).ToArray();
            Assert.Equal(now.ExecutedQty, story.Sum(t => t.LastFilledQuantity));
            Assert.Equal(now.Status, story[^1].Status);
        }

        OrderTransition missedFill = Assert.Single(all, t => t.OrderId == resting.OrderId && t.IsSynthesized);
        Assert.Equal(0.006m, missedFill.LastFilledQuantity);
        Assert.Equal(50000m, missedFill.LastFilledPrice);
        Assert.Equal(OrderStatus.Filled, missedFill.Status);
        Assert.All(all.Where(t => t.IsSynthesized), t => Assert.Null(t.FuturesUpdate));
        Assert.All(all.Where(t => !t.IsSynthesized), t => Assert.NotNull(t.FuturesUpdate));
        Assert.Equal(all.Count(t => t.IsSynthesized), tracker.SynthesizedTransitionCount);
        Assert.Equal(all.Count(t => !t.IsSynthesized), tracker.StreamTransitionCount);

        // Balance and position equal the exchange's: 0.013 long, and the wallet after commissions.
        await seen.WaitForAsync(_ => tracker.GetPositions().Any(p => p.Symbol == Symbol && p.Amount == h.Emulator.GetPosition(DemoAccount.HmacApiKey, Symbol).Amount),
            "the position");
        Assert.Equal(0.013m, h.Emulator.GetPosition(DemoAccount.HmacApiKey, Symbol).Amount);
        // The exchange reports the entry price to 5 decimals (50023.07692 for 0.013 bought at 50000 and 50100).
        Assert.Equal(decimal.Round(h.Emulator.GetPosition(DemoAccount.HmacApiKey, Symbol).EntryPrice, 5), tracker.GetPositions().Single(p => p.Symbol == Symbol).EntryPrice);
        Assert.Equal(h.Emulator.GetFuturesBalance(DemoAccount.HmacApiKey, coinMargined: false, "USDT"), tracker.GetBalance("USDT")!.WalletBalance);
        Assert.Empty(tracker.GetOpenOrders());
    }

    [Fact]
    public async Task Dropping_every_connection_is_repaired_and_a_ws_api_reconnection_alone_holds_nothing_back()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        await using WebSocketApiClient client = CreateClient(h);
        h.Emulator.ClearFuturesBook(Symbol);
        await using FuturesAccountStateTracker tracker = await client.CreateFuturesAccountStateTrackerAsync(FuturesMarket.UsdM);
        var seen = new Collector(tracker);
        FuturesOrder resting = await PlaceAsync(client, Limit(OrderSide.Sell, 60000m, 0.002m));
        await seen.WaitForAsync(s => s.Any(t => t.OrderId == resting.OrderId), "the live NEW");

        // Both the WS API socket and the listen-key stream drop. The WS API socket's own reconnection is no gap of the
        // futures stream: after the stream's repair, events flow live again instead of being held.
        Assert.True(await h.Emulator.Faults.DropConnectionsAsync() >= 2);
        await seen.WaitForAsync(_ => tracker.ReconciliationCount >= 1, "the repair");
        h.Emulator.AddFuturesLiquidity(Symbol, isBuy: true, 60000m, 0.002m);
        await seen.WaitForAsync(s => s.Any(t => t.OrderId == resting.OrderId && t.Status == OrderStatus.Filled), "the fill");

        // Then the WS API socket alone drops and comes back on a new socket; the listen-key stream is untouched.
        h.Emulator.Faults.DropOnNextRequest("order.status");
        await Assert.ThrowsAnyAsync<WsApiException>(() =>
            client.GetFuturesOrderStatusAsync(FuturesMarket.UsdM, new FuturesOrderStatusRequest(Symbol) { OrderId = resting.OrderId }));
        FuturesOrder later = await PlaceAsync(client, Limit(OrderSide.Sell, 61000m, 0.002m));
        await seen.WaitForAsync(s => s.Any(t => t.OrderId == later.OrderId && !t.IsSynthesized), "a live NEW after the WS API reconnected");

        Assert.Equal([("NEW", false, 0m), ("TRADE", false, 0.002m)], Story(seen.All, resting.OrderId));
        await seen.WaitForAsync(_ => tracker.GetPositions().Any(p => p.Symbol == Symbol && p.Amount == -0.002m), "the short position");
        Assert.Equal(h.Emulator.GetFuturesBalance(DemoAccount.HmacApiKey, coinMargined: false, "USDT"), tracker.GetBalance("USDT")!.WalletBalance);
    }

    [Fact]
    public async Task A_coin_m_gap_is_repaired_exactly_once_in_contracts_and_coin()
    {
        // COIN-M: quantities are contracts, the wallet is per coin (BTC), the listen-key stream is the COIN-M one.
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        await using WebSocketApiClient client = h.CreateClient(EmulatorHarness.Hmac, o =>
        {
            o.FuturesUserDataStreamUrls[FuturesMarket.CoinM] = new Uri($"ws://127.0.0.1:{h.Emulator.Port}/dapi/ws");
            o.ResubscribeUserDataStreamDelay = TimeSpan.FromMilliseconds(50);
        });
        h.Emulator.ClearFuturesBook(CoinSymbol);
        await using FuturesAccountStateTracker tracker = await client.CreateFuturesAccountStateTrackerAsync(FuturesMarket.CoinM);
        Assert.Equal(WsApiEndpoint.CoinM, tracker.Endpoint);
        var seen = new Collector(tracker);

        FuturesOrder resting = await PlaceAsync(client, Limit(OrderSide.Buy, 50000m, 10m, CoinSymbol), FuturesMarket.CoinM);
        h.Emulator.AddFuturesLiquidity(CoinSymbol, isBuy: false, 50000m, 4m);
        await seen.WaitForAsync(s => s.Any(t => t.OrderId == resting.OrderId && t.ExecutionType == "TRADE"), "the live fill");

        h.Emulator.Faults.RefuseConnections = true;
        Assert.True(h.Emulator.Faults.ExpireListenKeys() > 0);
        h.Emulator.AddFuturesLiquidity(CoinSymbol, isBuy: false, 50000m, 6m);
        h.Emulator.AddFuturesLiquidity(CoinSymbol, isBuy: false, 50100m, 3m);
        FuturesOrder market = await PlaceAsync(client, new FuturesOrderRequest(CoinSymbol, OrderSide.Buy, FuturesOrderType.Market) { Quantity = 3m },
            FuturesMarket.CoinM);
        FuturesOrder cancelled = await PlaceAsync(client, Limit(OrderSide.Buy, 49000m, 3m, CoinSymbol), FuturesMarket.CoinM);
        await client.CancelFuturesOrderAsync(FuturesMarket.CoinM, new FuturesCancelOrderRequest(CoinSymbol) { OrderId = cancelled.OrderId });
        FuturesOrder opened = await PlaceAsync(client, Limit(OrderSide.Buy, 48000m, 3m, CoinSymbol), FuturesMarket.CoinM);
        Assert.Equal(0, tracker.ReconciliationCount);

        h.Emulator.Faults.RefuseConnections = false;
        await seen.WaitForAsync(_ => tracker.ReconciliationCount >= 1, "the repair");
        await client.CancelFuturesOrderAsync(FuturesMarket.CoinM, new FuturesCancelOrderRequest(CoinSymbol) { OrderId = opened.OrderId });
        await seen.WaitForAsync(s => s.Any(t => t.OrderId == opened.OrderId && t.ExecutionType == "CANCELED"), "the live cancel");

        IReadOnlyList<OrderTransition> all = seen.All;
        Assert.Equal([("NEW", false, 0m), ("TRADE", false, 4m), ("TRADE", true, 10m)], Story(all, resting.OrderId));
        Assert.Equal([("NEW", true, 0m), ("TRADE", true, 3m)], Story(all, market.OrderId));
        Assert.Equal([("NEW", true, 0m), ("CANCELED", true, 0m)], Story(all, cancelled.OrderId));
        Assert.Equal([("NEW", true, 0m), ("CANCELED", false, 0m)], Story(all, opened.OrderId));
        foreach (FuturesOrder order in new[] { resting, market, cancelled, opened })
        {
            FuturesOrder now = (await client.GetFuturesOrderStatusAsync(FuturesMarket.CoinM, new FuturesOrderStatusRequest(CoinSymbol) { OrderId = order.OrderId })).Result;
            OrderTransition[] story = all.Where(t => t.OrderId == order.OrderId).ToArray();
            Assert.Equal(now.ExecutedQty, story.Sum(t => t.LastFilledQuantity));
            Assert.Equal(now.Status, story[^1].Status);
        }

        OrderTransition missedFill = Assert.Single(all, t => t.OrderId == resting.OrderId && t.IsSynthesized);
        Assert.Equal(6m, missedFill.LastFilledQuantity);
        Assert.Equal(50000m, missedFill.LastFilledPrice);
        Assert.Equal(all.Count(t => t.IsSynthesized), tracker.SynthesizedTransitionCount);
        Assert.Equal(all.Count(t => !t.IsSynthesized), tracker.StreamTransitionCount);

        // 13 contracts long; the BTC wallet (commissions are paid in BTC) equals the exchange's, which keeps more decimals
        // than the 8 it reports.
        await seen.WaitForAsync(_ => tracker.GetPositions().Any(p => p.Symbol == CoinSymbol && p.Amount == 13m), "the position");
        Assert.Equal(13m, h.Emulator.GetPosition(DemoAccount.HmacApiKey, CoinSymbol).Amount);
        Assert.Equal(decimal.Round(h.Emulator.GetPosition(DemoAccount.HmacApiKey, CoinSymbol).EntryPrice, 5),
            decimal.Round(tracker.GetPositions().Single(p => p.Symbol == CoinSymbol).EntryPrice, 5));
        Assert.Equal(decimal.Round(h.Emulator.GetFuturesBalance(DemoAccount.HmacApiKey, coinMargined: true, "BTC"), 8), tracker.GetBalance("BTC")!.WalletBalance);
        Assert.Null(tracker.GetBalance("USDT"));
        Assert.Empty(tracker.GetOpenOrders());
    }

    /// <summary>Per order: what happened, whether it was rebuilt, the filled quantity after it.</summary>
    private static (string, bool, decimal)[] Story(IReadOnlyList<OrderTransition> all, long orderId) =>
        all.Where(t => t.OrderId == orderId).Select(t => (t.ExecutionType, t.IsSynthesized, t.CumulativeFilledQuantity)).ToArray();

    private static FuturesOrderRequest Limit(OrderSide side, decimal price, decimal quantity, string symbol = Symbol) =>
        new(symbol, side, FuturesOrderType.Limit) { TimeInForce = TimeInForce.Gtc, Price = price, Quantity = quantity };

    private static async Task<FuturesOrder> PlaceAsync(WebSocketApiClient client, FuturesOrderRequest request, FuturesMarket market = FuturesMarket.UsdM) =>
        (await client.SubmitNewFuturesOrderAsync(market, request)).Result;

    /// <summary>Reads the tracker's transitions in the background; tests wait for a condition on them with a deadline.</summary>
    private sealed class Collector
    {
        private readonly ConcurrentQueue<OrderTransition> _all = new();
        private readonly SemaphoreSlim _signal = new(0);

        public Collector(FuturesAccountStateTracker tracker)
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
                    // Woken by each transition and repair; re-checks now and then for conditions on the tracker's state.
                    await _signal.WaitAsync(TimeSpan.FromMilliseconds(20), timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    throw new TimeoutException($"Waited {EmulatorHarness.Wait.TotalSeconds:0} s for {what}; seen: "
                        + string.Join(", ", All.Select(t => $"{t.OrderId}:{t.ExecutionType}:{t.CumulativeFilledQuantity}{(t.IsSynthesized ? "*" : "")}")));
                }
            }
        }
    }
}
