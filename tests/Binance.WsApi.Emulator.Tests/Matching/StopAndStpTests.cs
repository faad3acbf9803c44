using Binance.WsApi.Emulator.Matching;
using Binance.WsApi.Emulator.Tests.Infrastructure;

namespace Binance.WsApi.Emulator.Tests.Matching;

/// <summary>Stop triggers (all four types, trailing), "would trigger immediately", and every self-trade prevention mode.</summary>
public sealed class StopAndStpTests : EngineTestBase
{
    private static OrderRequest Stop(OrderKind kind, Side side, decimal stop, decimal qty, decimal? price = null, int? trailing = null) => new()
    {
        Symbol = Btc, Side = side, Kind = kind, StopPrice = trailing is not null && stop == 0 ? null : stop, Quantity = qty, Price = price,
        TimeInForce = price is null ? null : Tif.Gtc, TrailingDelta = trailing,
    };

    [Fact]
    public void Stop_loss_sell_becomes_a_market_order_when_the_last_price_falls_to_the_stop()
    {
        Print(100m);
        Place(Bob, Limit(Side.Buy, 94m, 1m));
        SpotOrder stop = Place(Alice, Stop(OrderKind.StopLoss, Side.Sell, 95m, 0.5m)).Order;
        Assert.Equal((OrderStatus.New, false, -1L), (stop.Status, stop.IsWorking, stop.WorkingTime));
        Assert.Equal(0.5m, Balance(Alice, "BTC").Locked);

        Print(95m);

        SpotOrder after = Status(Alice, stop.OrderId);
        Assert.Equal(OrderStatus.Filled, after.Status);
        Assert.True(after.IsWorking);
        Assert.Equal(47m, after.CumQuote); // sold at the bid, 94
    }

    [Fact]
    public void Take_profit_buy_triggers_when_the_price_falls_to_the_stop()
    {
        Print(100m);
        Place(Bob, Limit(Side.Sell, 91m, 1m));
        SpotOrder tp = Place(Alice, Stop(OrderKind.TakeProfit, Side.Buy, 90m, 0.5m)).Order;

        Print(90.5m);
        Assert.Equal(OrderStatus.New, Status(Alice, tp.OrderId).Status);
        Print(90m);

        Assert.Equal(OrderStatus.Filled, Status(Alice, tp.OrderId).Status);
        Assert.Equal((0m), Balance(Alice, "USDT").Locked);
    }

    [Fact]
    public void Stop_loss_limit_buy_rests_as_a_limit_order_once_triggered()
    {
        Print(100m);
        SpotOrder order = Place(Alice, Stop(OrderKind.StopLossLimit, Side.Buy, 105m, 1m, price: 106m)).Order;
        Assert.Equal(106m, Balance(Alice, "USDT").Locked);

        Print(105m);

        SpotOrder after = Status(Alice, order.OrderId);
        Assert.Equal((OrderStatus.New, true), (after.Status, after.IsWorking));
        Assert.Equal((106m, 1m), Exchange.Depth(Btc, 1).Bids[0]);
    }

    [Fact]
    public void Take_profit_limit_sell_triggers_on_a_rise_and_trades()
    {
        Print(100m);
        Place(Bob, Limit(Side.Buy, 110m, 0.1m)); // crosses nothing: no asks
        SpotOrder order = Place(Alice, Stop(OrderKind.TakeProfitLimit, Side.Sell, 108m, 0.1m, price: 109m)).Order;

        Print(108m);

        Assert.Equal(OrderStatus.Filled, Status(Alice, order.OrderId).Status);
        Assert.Equal(11m, Status(Alice, order.OrderId).CumQuote);
    }

    [Theory]
    [InlineData(OrderKind.StopLoss, Side.Sell, 101)]
    [InlineData(OrderKind.StopLoss, Side.Buy, 99)]
    [InlineData(OrderKind.TakeProfit, Side.Sell, 99)]
    [InlineData(OrderKind.TakeProfit, Side.Buy, 101)]
    internal void A_stop_already_crossed_would_trigger_immediately(OrderKind kind, Side side, int stop)
    {
        Print(100m);
        var error = Reject(Alice, Stop(kind, side, stop, 0.1m));
        Assert.Equal((-2010, "Order would trigger immediately."), (error.Code, error.Message));
    }

    [Fact]
    public void Trailing_stop_sell_follows_the_high_and_triggers_after_the_delta()
    {
        Print(100m);
        Place(Bob, Limit(Side.Buy, 50m, 1m));
        SpotOrder order = Place(Alice, Stop(OrderKind.StopLoss, Side.Sell, 0m, 0.1m, trailing: 100)).Order; // 1 %
        Assert.Equal(Time.Ms(), order.TrailingTime);

        Print(110m);
        Print(109m);
        Assert.Equal(OrderStatus.New, Status(Alice, order.OrderId).Status);
        Print(108.9m); // 1 % under 110

        Assert.Equal(OrderStatus.Filled, Status(Alice, order.OrderId).Status);
    }

    [Fact]
    public void Stp_expire_taker_expires_the_incoming_order()
    {
        SpotOrder resting = Place(Alice, Limit(Side.Sell, 100m, 1m)).Order;
        PlaceOutcome taker = Place(Alice, Limit(Side.Buy, 100m, 0.4m, stp: StpMode.ExpireTaker));

        Assert.Equal(OrderStatus.ExpiredInMatch, taker.Order.Status);
        Assert.Equal(0.4m, taker.Order.PreventedQuantity);
        Assert.NotNull(taker.Order.PreventedMatchId);
        Assert.Equal(OrderStatus.New, Status(Alice, resting.OrderId).Status);
        var prevented = Assert.Single(Exchange.PreventedMatches(Alice, Btc, null, null, null, 10));
        Assert.Equal((taker.Order.OrderId, resting.OrderId, StpMode.ExpireTaker), (prevented.TakerOrderId, prevented.MakerOrderId, prevented.Mode));
    }

    [Fact]
    public void Stp_expire_maker_removes_the_resting_order_and_the_taker_continues()
    {
        SpotOrder own = Place(Alice, Limit(Side.Sell, 100m, 1m)).Order;
        Place(Bob, Limit(Side.Sell, 100m, 1m));

        PlaceOutcome taker = Place(Alice, Limit(Side.Buy, 100m, 0.5m, stp: StpMode.ExpireMaker));

        Assert.Equal(OrderStatus.Filled, taker.Order.Status);
        SpotOrder maker = Status(Alice, own.OrderId);
        Assert.Equal((OrderStatus.ExpiredInMatch, 1m), (maker.Status, maker.PreventedQuantity));
    }

    [Fact]
    public void Stp_expire_both_expires_both_orders()
    {
        SpotOrder own = Place(Alice, Limit(Side.Sell, 100m, 1m)).Order;
        PlaceOutcome taker = Place(Alice, Limit(Side.Buy, 100m, 0.5m, stp: StpMode.ExpireBoth));

        Assert.Equal(OrderStatus.ExpiredInMatch, taker.Order.Status);
        Assert.Equal(OrderStatus.ExpiredInMatch, Status(Alice, own.OrderId).Status);
    }

    [Theory]
    [InlineData(StpMode.Decrement)]
    [InlineData(StpMode.Transfer)]
    internal void Stp_decrement_reduces_both_and_expires_the_smaller(StpMode mode)
    {
        SpotOrder own = Place(Alice, Limit(Side.Sell, 100m, 1m)).Order;
        PlaceOutcome taker = Place(Alice, Limit(Side.Buy, 100m, 0.4m, stp: mode));

        Assert.Equal((OrderStatus.ExpiredInMatch, 0.4m), (taker.Order.Status, taker.Order.PreventedQuantity));
        SpotOrder maker = Status(Alice, own.OrderId);
        Assert.Equal((OrderStatus.New, 0.4m, 0.6m), (maker.Status, maker.PreventedQuantity, maker.Remaining));
        Assert.Equal((0.6m), Balance(Alice, "BTC").Locked);
    }

    [Fact]
    public void Stp_none_lets_an_account_trade_with_itself()
    {
        Place(Alice, Limit(Side.Sell, 100m, 1m));
        PlaceOutcome taker = Place(Alice, Limit(Side.Buy, 100m, 1m, stp: StpMode.None));
        Assert.Equal(OrderStatus.Filled, taker.Order.Status);
    }

    [Fact]
    public void A_disallowed_stp_mode_is_rejected()
    {
        var error = Reject(Alice, Limit(Side.Buy, 0.001m, 1m, symbol: "BNBBTC", stp: StpMode.Decrement));
        Assert.Equal((-1013, "This symbol does not allow the specified self-trade prevention mode."), (error.Code, error.Message));
    }
}
