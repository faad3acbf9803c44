using Binance.WsApi.Emulator.Matching;
using Binance.WsApi.Emulator.Matching.Futures;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Tests.Futures;

/// <summary>Position, PnL, margin and order rules of the futures engine on both markets.</summary>
public sealed class FuturesEngineTests : FuturesEngineTestBase
{
    [Fact]
    public void Usdm_open_add_reduce_flip_close_realize_pnl_and_charge_commission()
    {
        Trade(Side.Buy, 1m, 60000m);                        // open long 1 @ 60000
        Assert.Equal((1m, 60000m), Position(Alice));
        Assert.Equal((-1m, 60000m), Position(Bob));

        Trade(Side.Buy, 1m, 62000m);                        // add: entry averages to 61000
        Assert.Equal((2m, 61000m), Position(Alice));

        Trade(Side.Sell, 1m, 63000m);                       // reduce: +2000 realized, entry unchanged
        Assert.Equal((1m, 61000m), Position(Alice));

        Trade(Side.Sell, 2m, 60000m);                       // flip: -1000 realized on the long, short 1 @ 60000
        Assert.Equal((-1m, 60000m), Position(Alice));

        Trade(Side.Buy, 1m, 59000m);                        // close: +1000 realized
        Assert.Equal((0m, 0m), Position(Alice));

        decimal takerFees = (60000m + 62000m + 63000m + 120000m + 59000m) * FuturesExchange.TakerRate;
        Assert.Equal(100000m + 2000m - 1000m + 1000m - takerFees, UsdM.GetWallet(Alice, "USDT"));
        decimal makerFees = (60000m + 62000m + 63000m + 120000m + 59000m) * FuturesExchange.MakerRate;
        Assert.Equal(100000m - 2000m + 1000m - 1000m - makerFees, UsdM.GetWallet(Bob, "USDT"));
    }

    [Fact]
    public void Coinm_pnl_is_in_the_coin_on_contracts_of_100_usd()
    {
        Trade(Side.Buy, 10m, 50000m, BtcPerp);              // 10 × 100 USD / 50000 = 0.02 BTC of value
        Assert.Equal((10m, 50000m), Position(Alice, BtcPerp));

        Trade(Side.Sell, 10m, 62500m, BtcPerp);             // 1000 / 62500 = 0.016 BTC: long profit 0.004 BTC
        Assert.Equal((0m, 0m), Position(Alice, BtcPerp));
        decimal fees = (0.02m + 0.016m) * FuturesExchange.TakerRate;
        Assert.Equal(1m + 0.004m - fees, CoinM.GetWallet(Alice, "BTC"));

        Trade(Side.Buy, 10m, 50000m, BtcPerp);
        Trade(Side.Sell, 20m, 40000m, BtcPerp);             // flip: close at 0.025 BTC → -0.005, then short 10 @ 40000
        Assert.Equal((-10m, 40000m), Position(Alice, BtcPerp));
        Assert.Equal(10m, Position(Bob, BtcPerp).Amount);
        Assert.Equal(10m, CoinM.GetWallet(Alice, "ETH")); // other margin asset untouched
    }

    [Fact]
    public void Unrealized_pnl_follows_the_mark_price()
    {
        Trade(Side.Buy, 1m, 60000m);
        UsdM.SetMarkPrice(Btc, 61000m);
        FuturesPositionView alice = UsdM.View(Alice).Positions.Single(p => p.Symbol.Symbol.Symbol == Btc);
        Assert.Equal(1000m, alice.Unrealized);
        Assert.Equal(61000m / 20m, alice.PositionInitialMargin);

        Trade(Side.Sell, 10m, 50000m, BtcPerp);
        CoinM.SetMarkPrice(BtcPerp, 40000m);               // short 10 contracts: 0.025 - 0.02 = 0.005 BTC up
        Assert.Equal(0.005m, CoinM.View(Alice).Positions.Single(p => p.Symbol.Symbol.Symbol == BtcPerp).Unrealized);
    }

    [Fact]
    public void Reduce_only_is_rejected_when_it_would_open_and_capped_at_the_position()
    {
        ApiError error = Reject(Alice, MarketOrder(Side.Sell, 1m, reduceOnly: true));
        Assert.Equal((-2022, "ReduceOnly Order is rejected."), (error.Code, error.Message));

        Trade(Side.Buy, 1m, 60000m);
        Assert.Equal(-2022, Reject(Alice, MarketOrder(Side.Buy, 1m, reduceOnly: true)).Code); // would increase

        Place(Bob, Limit(Side.Buy, 59000m, 5m));
        FuturesOrder order = Place(Alice, MarketOrder(Side.Sell, 2m, reduceOnly: true));
        Assert.Equal((1m, FuturesOrderStatus.Expired), (order.ExecutedQty, order.Status));
        Assert.Equal(0m, Position(Alice).Amount);
    }

    [Fact]
    public void Modify_keeps_the_order_id_and_refuses_a_no_op()
    {
        FuturesOrder order = Place(Alice, Limit(Side.Buy, 59000m, 0.1m));
        Outcome<FuturesOrder> modified = UsdM.Modify(Alice, Btc, Side.Buy, 0.2m, 59100m, order.OrderId, null);
        Assert.True(modified.Ok);
        Assert.Equal((order.OrderId, 59100m, 0.2m, FuturesOrderStatus.New), (modified.Value!.OrderId, modified.Value.Price, modified.Value.OrigQty, modified.Value.Status));

        ApiError same = UsdM.Modify(Alice, Btc, Side.Buy, 0.2m, 59100m, null, order.ClientOrderId).Error!;
        Assert.Equal((-5027, "No need to modify the order."), (same.Code, same.Message));

        UsdM.SetLeverage(Alice, Btc, 1);
        Assert.Equal(-2019, UsdM.Modify(Alice, Btc, Side.Buy, 2m, 59100m, order.OrderId, null).Error!.Code); // 118200 > 100000
        Assert.Equal(0.2m, UsdM.GetOrder(Alice, Btc, order.OrderId, null).Value!.OrigQty);

        // A modify that crosses matches like a new order, still under the same id.
        Place(Bob, Limit(Side.Sell, 59500m, 0.2m));
        Assert.Equal(FuturesOrderStatus.Filled, UsdM.Modify(Alice, Btc, Side.Buy, 0.2m, 59500m, order.OrderId, null).Value!.Status);
        Assert.Equal(0.2m, Position(Alice).Amount);
    }

    [Fact]
    public void Gtx_that_would_take_is_rejected_and_not_recorded()
    {
        Place(Bob, Limit(Side.Sell, 60005m, 1m));
        ApiError error = Reject(Alice, Limit(Side.Buy, 60010m, 0.1m, tif: FuturesTif.Gtx));
        Assert.Equal(-5022, error.Code);
        Assert.Equal("Due to the order could not be executed as maker, the Post Only order will be rejected. The order will not be recorded in the order book.", error.Message);
        Assert.Empty(UsdM.OpenOrders(Alice, Btc));

        Assert.Equal(FuturesOrderStatus.New, Place(Alice, Limit(Side.Buy, 59000m, 0.1m, tif: FuturesTif.Gtx)).Status);
    }

    [Fact]
    public void Fok_that_cannot_fill_is_rejected_and_ioc_expires_the_rest()
    {
        Place(Bob, Limit(Side.Sell, 60000m, 0.5m));
        Assert.Equal(-5021, Reject(Alice, Limit(Side.Buy, 60000m, 1m, tif: FuturesTif.Fok)).Code);
        FuturesOrder ioc = Place(Alice, Limit(Side.Buy, 60000m, 1m, tif: FuturesTif.Ioc));
        Assert.Equal((0.5m, FuturesOrderStatus.Expired), (ioc.ExecutedQty, ioc.Status));
    }

    [Fact]
    public void Margin_is_notional_over_leverage()
    {
        UsdM.SetLeverage(Alice, Btc, 1);
        ApiError error = Reject(Alice, Limit(Side.Buy, 60000m, 2m));   // 120000 > 100000 wallet at 1x
        Assert.Equal((-2019, "Margin is insufficient."), (error.Code, error.Message));
        Place(Alice, Limit(Side.Buy, 50000m, 1m));                      // 50000 reserved by the open order
        Assert.Equal(-2019, Reject(Alice, Limit(Side.Buy, 50000m, 1.1m)).Code);

        UsdM.SetLeverage(Alice, Btc, 20);
        Assert.Equal(FuturesOrderStatus.New, Place(Alice, Limit(Side.Buy, 50000m, 10m)).Status); // 25000 at 20x

        UsdM.SetWallet(Bob, "USDT", 0m);
        ApiError balance = Reject(Bob, Limit(Side.Sell, 70000m, 0.01m));
        Assert.Equal((-2018, "Balance is insufficient."), (balance.Code, balance.Message));
    }

    [Fact]
    public void Usdm_conditional_order_types_need_the_algo_api()
    {
        foreach (FuturesOrderType type in new[] { FuturesOrderType.StopMarket, FuturesOrderType.TakeProfit, FuturesOrderType.TrailingStopMarket })
        {
            ApiError error = Reject(Alice, new FuturesOrderRequest
            {
                Symbol = Btc, Side = Side.Sell, Type = type, Quantity = 0.1m, Price = 50000m, StopPrice = 55000m, CallbackRate = 1m,
            });
            Assert.Equal(-4120, error.Code);
        }
    }

    [Fact]
    public void Coinm_stop_market_close_position_fires_on_the_mark_price()
    {
        Trade(Side.Buy, 10m, 50000m, BtcPerp);
        FuturesOrder stop = Place(Alice, new FuturesOrderRequest
        {
            Symbol = BtcPerp, Side = Side.Sell, Type = FuturesOrderType.StopMarket, StopPrice = 49000m, ClosePosition = true,
            WorkingType = WorkingType.MarkPrice,
        });
        Assert.Equal(FuturesOrderStatus.New, stop.Status);
        Place(Bob, Limit(Side.Buy, 48950m, 50m, BtcPerp));

        CoinM.RecordTrade(BtcPerp, 48000m);                  // last price moves: not the watched price
        Assert.Equal(10m, Position(Alice, BtcPerp).Amount);

        CoinM.SetMarkPrice(BtcPerp, 48900m);
        Assert.Equal(0m, Position(Alice, BtcPerp).Amount);
        Assert.Equal(FuturesOrderStatus.Filled, CoinM.GetOrder(Alice, BtcPerp, stop.OrderId, null).Value!.Status);
    }

    [Fact]
    public void Coinm_stop_that_would_trigger_at_once_is_rejected()
    {
        CoinM.RecordTrade(BtcPerp, 60000m);
        ApiError error = Reject(Alice, new FuturesOrderRequest
        {
            Symbol = BtcPerp, Side = Side.Buy, Type = FuturesOrderType.StopMarket, StopPrice = 59000m, Quantity = 1m,
        });
        Assert.Equal((-2021, "Order would immediately trigger."), (error.Code, error.Message));
    }

    [Fact]
    public void Algo_order_triggers_on_the_last_price_and_can_be_cancelled_before()
    {
        Place(Bob, Limit(Side.Sell, 60200m, 1m));
        var request = new FuturesOrderRequest { Symbol = Btc, Side = Side.Buy, Type = FuturesOrderType.StopMarket, StopPrice = 60100m, Quantity = 0.5m };
        AlgoOrder algo = UsdM.PlaceAlgo(Alice, request, "myAlgo1").Value!;
        Assert.Equal(AlgoStatus.New, algo.Status);
        AlgoOrder other = UsdM.PlaceAlgo(Alice, request with { StopPrice = 60150m }, null).Value!;
        Assert.Equal(AlgoStatus.Canceled, UsdM.CancelAlgo(Alice, other.AlgoId, null).Value!.Status);
        Assert.Equal(-2011, UsdM.CancelAlgo(Alice, other.AlgoId, null).Error!.Code);

        UsdM.RecordTrade(Btc, 60100m);
        Assert.Equal(AlgoStatus.Finished, UsdM.FindAlgo(algo.AlgoId)!.Status);
        Assert.Equal((0.5m, 60200m), Position(Alice));
    }

    [Fact]
    public void Filter_and_parameter_errors_carry_the_futures_codes()
    {
        Assert.Equal(-4014, Reject(Alice, Limit(Side.Buy, 59000.05m, 0.1m)).Code);
        Assert.Equal(-4023, Reject(Alice, Limit(Side.Buy, 59000m, 0.0015m)).Code);
        Assert.Equal(-4003, Reject(Alice, Limit(Side.Buy, 59000m, 0m)).Code);
        Assert.Equal(-4061, Reject(Alice, Limit(Side.Buy, 59000m, 0.1m) with { PositionSide = "LONG" }).Code);
        Assert.Equal(-4015, Reject(Alice, Limit(Side.Buy, 59000m, 0.1m) with { NewClientOrderId = "bad id!" }).Code);
        ApiError notional = Reject(Alice, Limit(Side.Buy, 59000m, 0.001m));
        Assert.Equal((-4164, "Order's notional must be no smaller than 100 (unless you choose reduce only)."), (notional.Code, notional.Message));
        Assert.Equal(-2013, UsdM.GetOrder(Alice, Btc, 42, null).Error!.Code);
        Assert.Equal(-2011, UsdM.Cancel(Alice, Btc, 42, null).Error!.Code);
    }

    [Fact]
    public void Self_trade_prevention_expire_taker_stops_before_the_own_order()
    {
        Place(Alice, Limit(Side.Sell, 60000m, 1m));
        FuturesOrder taker = Place(Alice, Limit(Side.Buy, 60000m, 1m) with { Stp = FuturesStp.ExpireTaker });
        Assert.Equal((0m, FuturesOrderStatus.Expired), (taker.ExecutedQty, taker.Status));
        Assert.Single(UsdM.OpenOrders(Alice, Btc));
    }

    [Fact]
    public void Gtd_orders_expire_at_their_good_till_date()
    {
        long until = Time.GetUtcNow().AddMinutes(10).ToUnixTimeMilliseconds();
        FuturesOrder gtd = Place(Alice, Limit(Side.Buy, 59000m, 0.1m, tif: FuturesTif.Gtd) with { GoodTillDate = until });
        Assert.Equal(-1102, Reject(Alice, Limit(Side.Buy, 59000m, 0.1m, tif: FuturesTif.Gtd)).Code);
        Time.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(FuturesOrderStatus.Expired, UsdM.GetOrder(Alice, Btc, gtd.OrderId, null).Value!.Status);
    }

    [Fact]
    public void Usdm_orders_limit_counts_per_ten_seconds_and_minute()
    {
        var limiter = new Limits.FuturesOrderRateLimiter(MarketKind.UsdM, perTenSeconds: 2, perMinute: 3);
        long t = Time.GetUtcNow().ToUnixTimeMilliseconds() / 60_000 * 60_000;
        Assert.Null(limiter.Add(Alice, t).Exceeded);
        Assert.Null(limiter.Add(Alice, t + 1).Exceeded);
        Assert.Equal((2, "10 SECOND"), limiter.Add(Alice, t + 2).Exceeded);
        Assert.Equal((3, "1 MINUTE"), limiter.Add(Alice, t + 10_000).Exceeded); // new 10 s bucket, 4th in the minute
        var (usage, exceeded) = limiter.Add(Alice, t + 60_000);
        Assert.Null(exceeded);
        Assert.Equal([1, 1], usage.Select(u => u.Count));
        Assert.Equal("Too many new orders; current limit is 300 orders per 10 SECOND.", FuturesErrors.TooManyOrders(300, "10 SECOND").Message);
    }
}
