using Binance.WsApi.Emulator.Matching;

namespace Binance.WsApi.Emulator.Tests.Matching;

/// <summary>OCO, OTO, OPO contingencies; cancels of legs; amend keeping priority; the unfilled-order limit.</summary>
public sealed class ListAndAmendTests : EngineTestBase
{
    private static OrderRequest Leg(OrderKind kind, Side side, decimal qty, decimal? price = null, decimal? stop = null, Tif? tif = null) => new()
    {
        Symbol = Btc, Side = side, Kind = kind, Quantity = qty, Price = price, StopPrice = stop, TimeInForce = tif,
    };

    [Fact]
    public void Oco_leg_that_fills_expires_the_other_with_oco_trigger()
    {
        Print(100m);
        ListOutcome oco = Exchange.PlaceOco(Alice, "my-oco",
            Leg(OrderKind.LimitMaker, Side.Sell, 1m, price: 110m),
            Leg(OrderKind.StopLoss, Side.Sell, 1m, stop: 90m)).Value!;
        Assert.Equal(1m, Balance(Alice, "BTC").Locked); // one shared reservation
        Assert.Equal([OrderStatus.New, OrderStatus.New], oco.Orders.Select(o => o.Status));
        Assert.Equal((-1L, 0L), (oco.Orders[1].WorkingTime, oco.Orders[0].WorkingTime - Time.GetUtcNow().ToUnixTimeMilliseconds()));

        Place(Bob, Limit(Side.Buy, 110m, 1m));

        ListOutcome after = Exchange.GetList(Alice, oco.List.OrderListId, null).Value!;
        Assert.Equal(OrderStatus.Filled, after.Orders[0].Status);
        Assert.Equal((OrderStatus.Expired, ExpiryReason.OcoTrigger), (after.Orders[1].Status, after.Orders[1].ExpiryReason));
        Assert.Equal((ListStatusType.AllDone, ListOrderStatus.AllDone), (after.List.ListStatusType, after.List.ListOrderStatus));
    }

    [Fact]
    public void Oco_stop_leg_that_triggers_expires_the_limit_leg()
    {
        Print(100m);
        Place(Bob, Limit(Side.Buy, 89m, 1m));
        ListOutcome oco = Exchange.PlaceOco(Alice, null,
            Leg(OrderKind.LimitMaker, Side.Sell, 1m, price: 110m),
            Leg(OrderKind.StopLoss, Side.Sell, 1m, stop: 90m)).Value!;

        Print(90m);

        ListOutcome after = Exchange.GetList(Alice, oco.List.OrderListId, null).Value!;
        Assert.Equal((OrderStatus.Expired, ExpiryReason.OcoTrigger), (after.Orders[0].Status, after.Orders[0].ExpiryReason));
        Assert.Equal(OrderStatus.Filled, after.Orders[1].Status);
    }

    [Fact]
    public void Oco_prices_must_straddle_the_market()
    {
        Print(100m);
        var error = Exchange.PlaceOco(Alice, null, Leg(OrderKind.LimitMaker, Side.Sell, 1m, price: 99m), Leg(OrderKind.StopLoss, Side.Sell, 1m, stop: 90m)).Error!;
        Assert.Equal("The relationship of the prices for the orders is not correct.", error.Message);
    }

    [Fact]
    public void Cancelling_one_leg_cancels_the_list()
    {
        Print(100m);
        ListOutcome oco = Exchange.PlaceOco(Alice, null,
            Leg(OrderKind.LimitMaker, Side.Sell, 1m, price: 110m), Leg(OrderKind.StopLoss, Side.Sell, 1m, stop: 90m)).Value!;

        CancelOutcome cancel = Exchange.Cancel(Alice, Btc, oco.Orders[1].OrderId, null, null, null).Value!;

        Assert.NotNull(cancel.List);
        Assert.All(cancel.List!.Orders, o => Assert.Equal(OrderStatus.Canceled, o.Status));
        Assert.Equal((10m, 0m), Balance(Alice, "BTC"));
    }

    [Fact]
    public void Oto_pending_leg_is_placed_only_when_the_working_order_is_fully_filled()
    {
        ListOutcome oto = Exchange.PlaceOto(Alice, null,
            Leg(OrderKind.Limit, Side.Buy, 1m, price: 100m, tif: Tif.Gtc),
            [Leg(OrderKind.Limit, Side.Sell, 1m, price: 120m, tif: Tif.Gtc)], opo: false).Value!;
        Assert.Equal((OrderStatus.PendingNew, -1L), (oto.Orders[1].Status, oto.Orders[1].WorkingTime));

        Place(Bob, Limit(Side.Sell, 100m, 0.5m));
        Assert.Equal(OrderStatus.PendingNew, Status(Alice, oto.Orders[1].OrderId).Status);

        Place(Bob, Limit(Side.Sell, 100m, 0.5m));
        SpotOrder pending = Status(Alice, oto.Orders[1].OrderId);
        Assert.Equal((OrderStatus.New, true), (pending.Status, pending.IsWorking));
        Assert.Equal((120m, 1m), Exchange.Depth(Btc, 1).Asks[0]);
    }

    [Fact]
    public void Oto_immediately_filled_still_reports_pending_new_in_the_placement_response()
    {
        Place(Bob, Limit(Side.Sell, 100m, 1m));
        ListOutcome oto = Exchange.PlaceOto(Alice, null,
            Leg(OrderKind.Limit, Side.Buy, 1m, price: 100m, tif: Tif.Gtc),
            [Leg(OrderKind.Limit, Side.Sell, 0.5m, price: 120m, tif: Tif.Gtc)], opo: false).Value!;

        Assert.Equal(OrderStatus.Filled, oto.Orders[0].Status);
        Assert.Equal(OrderStatus.PendingNew, oto.Orders[1].Status);
        Assert.Equal(OrderStatus.New, Status(Alice, oto.Orders[1].OrderId).Status);
    }

    [Fact]
    public void Opo_pending_quantity_is_the_working_orders_proceeds()
    {
        ListOutcome opo = Exchange.PlaceOto(Alice, null,
            Leg(OrderKind.Limit, Side.Buy, 1m, price: 100m, tif: Tif.Gtc) with { },
            [new OrderRequest { Symbol = Btc, Side = Side.Sell, Kind = OrderKind.Limit, Price = 120m, TimeInForce = Tif.Gtc }], opo: true).Value!;

        Place(Bob, Limit(Side.Sell, 100m, 1m));

        SpotOrder pending = Status(Alice, opo.Orders[1].OrderId);
        Assert.Equal(0.999m, pending.OrigQty); // 1 BTC minus 0.1 % commission
        Assert.Equal(OrderStatus.New, pending.Status);
    }

    [Fact]
    public void Oto_working_cancelled_cancels_the_pending_leg()
    {
        ListOutcome oto = Exchange.PlaceOto(Alice, null,
            Leg(OrderKind.Limit, Side.Buy, 1m, price: 100m, tif: Tif.Gtc),
            [Leg(OrderKind.Limit, Side.Sell, 1m, price: 120m, tif: Tif.Gtc)], opo: false).Value!;

        Exchange.CancelList(Alice, Btc, oto.List.OrderListId, null, null);

        Assert.Equal(OrderStatus.Canceled, Status(Alice, oto.Orders[1].OrderId).Status);
    }

    [Fact]
    public void Amend_keeps_the_queue_position()
    {
        SpotOrder first = Place(Bob, Limit(Side.Sell, 100m, 1m, clientId: "first")).Order;
        Place(Alice, Limit(Side.Sell, 100m, 1m));

        AmendOutcome amend = Exchange.Amend(Bob, Btc, first.OrderId, null, 0.5m, "smaller").Value!;
        Assert.Equal(("first", "smaller", 0.5m), (amend.OrigClientOrderId, amend.Order.ClientOrderId, amend.Order.OrigQty));
        Assert.Equal(0.5m, Balance(Bob, "BTC").Locked);

        PlaceOutcome buy = Place(Alice, Limit(Side.Buy, 100m, 0.5m, stp: StpMode.None));
        Assert.Equal(OrderStatus.Filled, Status(Bob, first.OrderId).Status);
        Assert.Single(buy.Fills);
        Assert.Single(Exchange.Amendments(Bob, Btc, first.OrderId, null, 10));
    }

    [Fact]
    public void Amend_rejects_increases_no_ops_and_too_many_amends()
    {
        SpotOrder order = Place(Bob, Limit(Side.Sell, 100m, 1m)).Order;
        Assert.Equal("Order amend (quantity increase) is not supported.", Exchange.Amend(Bob, Btc, order.OrderId, null, 2m, null).Error!.Message);
        Assert.Equal("The requested action would change no state; rejecting", Exchange.Amend(Bob, Btc, order.OrderId, null, 1m, null).Error!.Message);
        for (int i = 1; i <= 10; i++)
        {
            Assert.True(Exchange.Amend(Bob, Btc, order.OrderId, null, 1m - (i * 0.01m), null).Ok);
        }

        var error = Exchange.Amend(Bob, Btc, order.OrderId, null, 0.5m, null).Error!;
        Assert.Equal((-2038, "Filter failure: MAX_NUM_ORDER_AMENDS"), (error.Code, error.Message));
    }

    [Fact]
    public void Unfilled_order_count_limits_new_orders_and_a_first_fill_gives_one_back()
    {
        for (int i = 0; i < 50; i++)
        {
            Place(Alice, Limit(Side.Buy, 50m + i, 0.1m));
        }

        var error = Reject(Alice, Limit(Side.Buy, 10m, 0.1m));
        Assert.Equal((429, -1015, "Too many new orders; current limit is 50 orders per 10 SECOND."), (error.Status, error.Code, error.Message));
        Assert.Equal((50, 50), Exchange.OrderCounter.Snapshot(Alice, Time.GetUtcNow().ToUnixTimeMilliseconds()));

        Place(Bob, Limit(Side.Sell, 99m, 0.1m)); // fills alice's best bid (99)
        Assert.True(Exchange.Place(Alice, Limit(Side.Buy, 50m, 0.1m)).Ok);

        Time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal((0, 50), Exchange.OrderCounter.Snapshot(Alice, Time.GetUtcNow().ToUnixTimeMilliseconds()));
    }

    [Fact]
    public void Cancel_restrictions_and_unknown_orders()
    {
        SpotOrder order = Place(Bob, Limit(Side.Sell, 100m, 1m)).Order;
        Assert.Equal("Order was not canceled due to cancel restrictions.",
            Exchange.Cancel(Bob, Btc, order.OrderId, null, null, CancelRestrictions.OnlyPartiallyFilled).Error!.Message);
        Assert.Equal((-2011, "Unknown order sent."), (Exchange.Cancel(Alice, Btc, order.OrderId, null, null, null).Error!.Code,
            Exchange.Cancel(Alice, Btc, order.OrderId, null, null, null).Error!.Message));
        Assert.Equal(-2013, Exchange.GetOrder(Alice, Btc, 999, null).Error!.Code);
        Assert.Equal(-2039, Exchange.GetOrder(Bob, Btc, order.OrderId, "other").Error!.Code);
    }
}
