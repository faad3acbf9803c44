using Binance.WsApi.Emulator;
using Binance.WsApi.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Binance.WsApi.Tests.Futures;

/// <summary>
/// TWAP and VP end to end (our extension of <c>algoOrder.place</c>): placed through the client with HMAC and Ed25519
/// keys, worked by the emulator on a fake clock that the client shares (timestamps stay valid), observed through
/// positions and the futures user data stream, cancelled midway.
/// </summary>
public class FuturesAlgoWorkEmulatorTests
{
    private const string Symbol = "BTCUSDT";

    private sealed class Setup : IAsyncDisposable
    {
        private Setup(FakeTimeProvider clock, EmulatorHarness harness, WebSocketApiClient client)
        {
            Clock = clock;
            Harness = harness;
            Client = client;
        }

        public FakeTimeProvider Clock { get; }

        public EmulatorHarness Harness { get; }

        public ExchangeEmulator Emulator => Harness.Emulator;

        public WebSocketApiClient Client { get; }

        public static async Task<Setup> StartAsync(string key)
        {
            var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);

            // Minutes pass on the fake clock: keep pings (and their pong deadlines) out of the way on both sides.
            EmulatorHarness harness = await EmulatorHarness.StartAsync(EmulatorHarness.Hmac, o => o.TimeProvider = clock,
                new EmulatorOptions { TimeProvider = clock, FuturesPingInterval = TimeSpan.FromDays(1) });
            WebSocketApiClient client = harness.CreateClient(key == "HMAC" ? EmulatorHarness.Hmac : EmulatorHarness.Ed25519, o =>
            {
                o.TimeProvider = clock;
                o.KeepAliveInterval = TimeSpan.Zero;
                o.FuturesUserDataStreamUrls[FuturesMarket.UsdM] = new Uri($"ws://127.0.0.1:{harness.Emulator.Port}/private/ws");
            });
            return new Setup(clock, harness, client);
        }

        public async Task<decimal> PositionAsync() =>
            (await Client.GetFuturesPositionAsync(FuturesMarket.UsdM, new FuturesPositionRequest { Symbol = Symbol })).Result
                .Where(p => p.Symbol == Symbol).Sum(p => p.PositionAmt);

        /// <summary>Reads user data events until a fill of <paramref name="orderCount"/> distinct child orders has been seen.</summary>
        public async Task<HashSet<long>> FilledOrdersAsync(int orderCount)
        {
            var filled = new HashSet<long>();
            using var timeout = new CancellationTokenSource(EmulatorHarness.Wait);
            await foreach (UserDataEvent e in Client.ReadUserDataEventsAsync(timeout.Token))
            {
                if (e is FuturesOrderTradeUpdateEvent { Order.ExecutionType: "TRADE" } update && filled.Add(update.Order.OrderId) && filled.Count == orderCount)
                {
                    break;
                }
            }

            return filled;
        }

        public async ValueTask DisposeAsync()
        {
            Assert.Empty(Emulator.CheckFuturesInvariants());
            await Client.DisposeAsync();
            await Harness.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("HMAC")]
    [InlineData("Ed25519")]
    public async Task Twap_is_worked_over_time_and_cancelled_midway_keeping_what_executed(string key)
    {
        await using Setup s = await Setup.StartAsync(key);
        await using FuturesUserDataStream stream = await s.Client.StartFuturesUserDataStreamAsync(FuturesMarket.UsdM);

        FuturesAlgoOrder placed = (await s.Client.SubmitNewFuturesAlgoOrderAsync(
            FuturesAlgoOrderRequest.Twap(Symbol, OrderSide.Buy, 0.010m, TimeSpan.FromMinutes(5)))).Result;
        Assert.Equal((FuturesAlgoType.Twap, AlgoOrderStatus.New, FuturesOrderType.Market), (placed.AlgoType, placed.AlgoStatus, placed.OrderType));
        Assert.Equal((0.010m, 0m, 300L), (placed.Quantity, placed.ExecutedQty, placed.DurationSeconds));
        Assert.False(string.IsNullOrEmpty(placed.ClientAlgoId));
        Assert.Equal(0m, await s.PositionAsync());

        // Five slices of 0.002, one a minute: two minutes in, two child orders have filled.
        s.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0.002m, await s.PositionAsync());
        s.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0.004m, await s.PositionAsync());
        Assert.Equal(2, (await s.FilledOrdersAsync(2)).Count);
        Assert.Equal(("WORKING", 0.004m, 2), s.Emulator.GetAlgoOrder(placed.AlgoId));

        FuturesAlgoCancelResult cancelled = (await s.Client.CancelFuturesAlgoOrderAsync(new FuturesCancelAlgoOrderRequest { ClientAlgoId = placed.ClientAlgoId })).Result;
        Assert.Equal((placed.AlgoId, "200"), (cancelled.AlgoId, cancelled.Code));
        s.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(("CANCELED", 0.004m, 2), s.Emulator.GetAlgoOrder(placed.AlgoId));
        Assert.Equal(0.004m, await s.PositionAsync());

        var again = await Assert.ThrowsAsync<BinanceApiException>(() => s.Client.CancelFuturesAlgoOrderAsync(new FuturesCancelAlgoOrderRequest { AlgoId = placed.AlgoId }));
        Assert.Equal(-2011, again.Code);
    }

    [Theory]
    [InlineData("HMAC")]
    [InlineData("Ed25519")]
    public async Task Vp_runs_to_finished_and_a_reduce_only_twap_closes_the_position(string key)
    {
        await using Setup s = await Setup.StartAsync(key);
        FuturesAlgoOrder vp = (await s.Client.SubmitNewFuturesAlgoOrderAsync(
            FuturesAlgoOrderRequest.Vp(Symbol, OrderSide.Buy, 0.010m, FuturesAlgoUrgency.High) with { ClientAlgoId = "vp-" + key })).Result;
        Assert.Equal((FuturesAlgoType.Vp, FuturesAlgoUrgency.High, "vp-" + key), (vp.AlgoType, vp.Urgency, vp.ClientAlgoId));

        s.Clock.Advance(TimeSpan.FromMinutes(5)); // HIGH: a fifth of the quantity a minute
        Assert.Equal(("FINISHED", 0.010m, 5), s.Emulator.GetAlgoOrder(vp.AlgoId));
        Assert.Equal(0.010m, await s.PositionAsync());

        FuturesAlgoOrder close = (await s.Client.SubmitNewFuturesAlgoOrderAsync(
            FuturesAlgoOrderRequest.Twap(Symbol, OrderSide.Sell, 0.010m, 300) with { ReduceOnly = true, LimitPrice = 59000m })).Result;
        Assert.Equal((FuturesOrderType.Limit, 59000m, true), (close.OrderType, close.Price, close.ReduceOnly));
        s.Clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(("FINISHED", 0.010m, 5), s.Emulator.GetAlgoOrder(close.AlgoId));
        Assert.Equal(0m, await s.PositionAsync());
    }

    [Fact]
    public async Task Server_refusals_keep_binance_codes()
    {
        await using Setup s = await Setup.StartAsync("HMAC");
        var ex = await Assert.ThrowsAsync<BinanceApiException>(() => s.Client.SubmitNewFuturesAlgoOrderAsync(
            FuturesAlgoOrderRequest.Twap(Symbol, OrderSide.Buy, 0.0015m, 300)));
        Assert.Equal(-4023, ex.Code);
        var side = await Assert.ThrowsAsync<BinanceApiException>(() => s.Client.SubmitNewFuturesAlgoOrderAsync(
            FuturesAlgoOrderRequest.Vp(Symbol, OrderSide.Buy, 0.010m, new FuturesAlgoUrgency("EXTREME"))));
        Assert.Equal((-1130, "Data sent for parameter 'urgency' is not valid."), (side.Code, side.BinanceMessage));
    }
}
