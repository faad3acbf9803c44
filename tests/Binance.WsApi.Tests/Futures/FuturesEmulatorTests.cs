using Binance.WsApi.Emulator;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Futures;

/// <summary>
/// Every futures method end to end against the emulator on both markets where Binance offers it, with HMAC and
/// Ed25519 keys: orders, modify, cancel, status, algo orders, positions and balances after fills, market data.
/// </summary>
public class FuturesEmulatorTests
{
    public static TheoryData<FuturesMarket, string> MarketsAndKeys => new()
    {
        { FuturesMarket.UsdM, "HMAC" }, { FuturesMarket.UsdM, "Ed25519" },
        { FuturesMarket.CoinM, "HMAC" }, { FuturesMarket.CoinM, "Ed25519" },
    };

    private static string Symbol(FuturesMarket market) => market == FuturesMarket.UsdM ? "BTCUSDT" : "BTCUSD_PERP";

    private static decimal Quantity(FuturesMarket market) => market == FuturesMarket.UsdM ? 0.010m : 2m;

    private static Task<EmulatorHarness> StartAsync(string key) =>
        EmulatorHarness.StartAsync(key == "HMAC" ? EmulatorHarness.Hmac : EmulatorHarness.Ed25519);

    [Theory]
    [MemberData(nameof(MarketsAndKeys))]
    public async Task Limit_order_is_placed_modified_queried_and_cancelled(FuturesMarket market, string key)
    {
        await using var h = await StartAsync(key);
        string symbol = Symbol(market);
        h.Emulator.SetMarkPrice(symbol, 60000m);
        var limit = new FuturesOrderRequest(symbol, OrderSide.Buy, FuturesOrderType.Limit) { TimeInForce = TimeInForce.Gtc, Quantity = Quantity(market), Price = 55000m };
        FuturesOrder placed = (await h.Client.SubmitNewFuturesOrderAsync(market, limit)).Result;
        Assert.Equal(OrderStatus.New, placed.Status);
        Assert.False(string.IsNullOrEmpty(placed.ClientOrderId));
        Assert.Equal(market == FuturesMarket.CoinM, placed.Pair is not null);

        FuturesOrder modified = (await h.Client.ModifyFuturesOrderAsync(market,
            new FuturesModifyOrderRequest(symbol, OrderSide.Buy, Quantity(market)) { OrderId = placed.OrderId, Price = 55100m })).Result;
        Assert.Equal(placed.OrderId, modified.OrderId); // modify keeps the order id
        Assert.Equal(55100m, modified.Price);

        FuturesOrder status = (await h.Client.GetFuturesOrderStatusAsync(market, new FuturesOrderStatusRequest(symbol) { OrigClientOrderId = placed.ClientOrderId })).Result;
        Assert.Equal(55100m, status.Price);
        FuturesOrder cancelled = (await h.Client.CancelFuturesOrderAsync(market, new FuturesCancelOrderRequest(symbol) { OrderId = placed.OrderId })).Result;
        Assert.Equal(OrderStatus.Canceled, cancelled.Status);
        Assert.Empty(h.Emulator.CheckFuturesInvariants());
    }

    [Theory]
    [MemberData(nameof(MarketsAndKeys))]
    public async Task Position_and_balance_after_open_add_reduce_close_and_flip(FuturesMarket market, string key)
    {
        await using var h = await StartAsync(key);
        string symbol = Symbol(market);
        decimal q = Quantity(market);
        async Task<FuturesOrder> Market(OrderSide side, decimal quantity, bool? reduceOnly = null) =>
            (await h.Client.SubmitNewFuturesOrderAsync(market, new FuturesOrderRequest(symbol, side, FuturesOrderType.Market)
            { Quantity = quantity, ReduceOnly = reduceOnly, NewOrderRespType = OrderResponseType.Result })).Result;
        async Task<decimal> PositionAmount() =>
            (await h.Client.GetFuturesPositionAsync(market, market == FuturesMarket.UsdM ? new FuturesPositionRequest { Symbol = symbol } : null)).Result
                .Where(p => p.Symbol == symbol).Sum(p => p.PositionAmt);

        Assert.Equal(OrderStatus.Filled, (await Market(OrderSide.Buy, q)).Status);           // open
        Assert.Equal(q, await PositionAmount());
        await Market(OrderSide.Buy, q);                                                        // add
        Assert.Equal(2 * q, await PositionAmount());
        Assert.Equal(h.Emulator.GetPosition(DemoAccount.HmacApiKey, symbol).Amount, await PositionAmount());
        await Market(OrderSide.Sell, q, reduceOnly: true);                                     // reduce
        Assert.Equal(q, await PositionAmount());
        await Market(OrderSide.Sell, q, reduceOnly: true);                                     // close
        Assert.Equal(0m, await PositionAmount());
        await Market(OrderSide.Buy, q);
        await Market(OrderSide.Sell, 2 * q);                                                   // flip
        Assert.Equal(-q, await PositionAmount());

        // Reduce-only that would increase the short: refused with the futures code, verbatim.
        var ex = await Assert.ThrowsAsync<BinanceApiException>(() => Market(OrderSide.Sell, q, reduceOnly: true));
        Assert.Equal(-2022, ex.Code);
        Assert.IsNotType<SpotCancelReplaceException>(ex);

        Assert.NotEmpty((await h.Client.GetFuturesAccountBalanceAsync(market)).Result);
        FuturesAccountStatus account = (await h.Client.GetFuturesAccountStatusAsync(market)).Result;
        Assert.NotNull(account);
        Assert.Empty(h.Emulator.CheckFuturesInvariants());
    }

    [Theory]
    [InlineData("HMAC")]
    [InlineData("Ed25519")]
    public async Task Usdm_only_methods_market_data_v2_account_and_algo_orders(string key)
    {
        await using var h = await StartAsync(key);
        FuturesOrderBook book = (await h.Client.GetFuturesOrderBookAsync(new FuturesOrderBookRequest("BTCUSDT") { Limit = 5 })).Result;
        Assert.True(book.Bids[0].Price < book.Asks[0].Price);
        Assert.NotEmpty((await h.Client.GetFuturesSymbolPriceTickerAsync(new FuturesSymbolPriceTickerRequest { Symbol = "BTCUSDT" })).Result);
        Assert.True((await h.Client.GetFuturesSymbolOrderBookTickerAsync()).Result.Count >= 2);

        Assert.NotNull((await h.Client.GetFuturesPositionV2Async()).Result);
        Assert.NotEmpty((await h.Client.GetFuturesAccountBalanceV2Async()).Result);
        Assert.NotNull((await h.Client.GetFuturesAccountStatusV2Async()).Result);

        var algo = new FuturesAlgoOrderRequest("BTCUSDT", OrderSide.Sell, FuturesOrderType.TakeProfit)
        {
            AlgoType = FuturesAlgoType.Conditional, Quantity = 0.010m, Price = 70000m, TriggerPrice = 69000m, TimeInForce = TimeInForce.Gtc,
        };
        FuturesAlgoOrder placed = (await h.Client.SubmitNewFuturesAlgoOrderAsync(algo)).Result;
        Assert.True(placed.AlgoId > 0);
        Assert.False(string.IsNullOrEmpty(placed.ClientAlgoId));
        FuturesAlgoCancelResult cancelled = (await h.Client.CancelFuturesAlgoOrderAsync(new FuturesCancelAlgoOrderRequest { AlgoId = placed.AlgoId })).Result;
        Assert.Equal(placed.AlgoId, cancelled.AlgoId);

        // Conditional types moved to algoOrder.place on USD-M: order.place refuses them with -4120.
        var stop = new FuturesOrderRequest("BTCUSDT", OrderSide.Sell, FuturesOrderType.StopMarket) { Quantity = 0.010m, StopPrice = 50000m };
        Assert.Equal(-4120, (await Assert.ThrowsAsync<BinanceApiException>(() => h.Client.SubmitNewFuturesOrderAsync(FuturesMarket.UsdM, stop))).Code);
    }

    [Fact]
    public async Task Futures_sessions_log_on_per_endpoint_and_errors_keep_futures_codes()
    {
        await using var h = await StartAsync("Ed25519");
        await h.Client.GetFuturesAccountBalanceAsync(FuturesMarket.UsdM);
        await h.Client.GetFuturesAccountBalanceAsync(FuturesMarket.CoinM);
        Assert.True((await h.Client.GetFuturesSessionStatusAsync(FuturesMarket.UsdM)).Result.IsLoggedOn);
        Assert.True((await h.Client.GetFuturesSessionStatusAsync(FuturesMarket.CoinM)).Result.IsLoggedOn);
        Assert.Null((await h.Client.GetFuturesSessionStatusAsync(FuturesMarket.UsdM)).Result.UserDataStream);

        var badTick = new FuturesOrderRequest("BTCUSDT", OrderSide.Buy, FuturesOrderType.Limit) { TimeInForce = TimeInForce.Gtc, Quantity = 0.010m, Price = 55000.001m };
        var tick = await Assert.ThrowsAsync<BinanceApiException>(() => h.Client.SubmitNewFuturesOrderAsync(FuturesMarket.UsdM, badTick));
        Assert.Equal(-4014, tick.Code);
        var unknown = await Assert.ThrowsAsync<BinanceApiException>(() => h.Client.GetFuturesOrderStatusAsync(FuturesMarket.CoinM, new FuturesOrderStatusRequest("BTCUSD_PERP") { OrderId = 987654321 }));
        Assert.Equal(-2013, unknown.Code);
    }

    [Fact]
    public async Task Listen_keys_start_ping_stop()
    {
        await using var h = await StartAsync("HMAC");
        string key = (await h.Client.StartUserDataStreamForKeyAsync(WsApiEndpoint.UsdM)).Result.ListenKey!;
        Assert.False(string.IsNullOrEmpty(key));
        Assert.Equal(key, (await h.Client.PingUserDataStreamForKeyAsync(new ListenKeyRequest(key), WsApiEndpoint.UsdM)).Result.ListenKey);
        await h.Client.StopUserDataStreamForKeyAsync(new ListenKeyRequest(key), WsApiEndpoint.UsdM);
        var gone = await Assert.ThrowsAsync<BinanceApiException>(() => h.Client.PingUserDataStreamForKeyAsync(new ListenKeyRequest(key), WsApiEndpoint.UsdM));
        Assert.Equal(-1125, gone.Code);
    }
}
