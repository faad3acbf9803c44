using Binance.WsApi.Emulator.Matching;

namespace Binance.WsApi.Emulator.Tests.Matching;

/// <summary>Core matching: price-time priority, maker price, fills and commissions, TIF, market orders, LIMIT_MAKER, iceberg.</summary>
public sealed class MatchingTests : EngineTestBase
{
    [Fact]
    public void Partial_fill_trades_at_the_maker_price_and_charges_commission_in_the_asset_received()
    {
        PlaceOutcome ask = Place(Bob, Limit(Side.Sell, 100m, 1m));
        PlaceOutcome buy = Place(Alice, Limit(Side.Buy, 101m, 0.4m));

        Assert.Equal(OrderStatus.Filled, buy.Order.Status);
        Fill fill = Assert.Single(buy.Fills);
        Assert.Equal((100m, 0.4m, 0.0004m, "BTC"), (fill.Price, fill.Qty, fill.Commission, fill.CommissionAsset));
        Assert.Equal(40m, buy.Order.CumQuote);
        SpotOrder maker = Status(Bob, ask.Order.OrderId);
        Assert.Equal(OrderStatus.PartiallyFilled, maker.Status);
        Assert.Equal(0.4m, maker.ExecutedQty);

        Assert.Equal((1_000_000m - 40m, 0m), Balance(Alice, "USDT")); // price improvement released at once
        Assert.Equal((10m + 0.4m - 0.0004m, 0m), Balance(Alice, "BTC"));
        Assert.Equal((9m, 0.6m), Balance(Bob, "BTC"));
        Assert.Equal((1_000_000m + 40m - 0.04m, 0m), Balance(Bob, "USDT"));
        Assert.Equal(0.0004m, Exchange.FeesCollected["BTC"]);
    }

    [Fact]
    public void A_taker_sweeps_levels_best_first_and_time_priority_holds_within_a_level()
    {
        SpotOrder first = Place(Bob, Limit(Side.Sell, 100m, 0.5m)).Order;
        SpotOrder second = Place(Alice, Limit(Side.Sell, 100m, 0.5m)).Order;
        Place(Bob, Limit(Side.Sell, 100.5m, 1m));

        PlaceOutcome buy = Place(Alice, Limit(Side.Buy, 101m, 1.2m, stp: StpMode.None));

        Assert.Equal([100m, 100m, 100.5m], buy.Fills.Select(f => f.Price));
        Assert.Equal([0.5m, 0.5m, 0.2m], buy.Fills.Select(f => f.Qty));
        Assert.Equal(OrderStatus.Filled, Status(Bob, first.OrderId).Status);
        Assert.Equal(OrderStatus.Filled, Status(Alice, second.OrderId).Status);
        Assert.Equal(buy.Fills.Select(f => f.TradeId).Order(), buy.Fills.Select(f => f.TradeId));
        Assert.Equal(100.5m, Exchange.LastPrice(Btc));
    }

    [Fact]
    public void Ioc_fills_what_it_can_and_expires_the_rest()
    {
        Place(Bob, Limit(Side.Sell, 100m, 0.3m));

        PlaceOutcome ioc = Place(Alice, Limit(Side.Buy, 100m, 1m, Tif.Ioc));

        Assert.Equal(OrderStatus.Expired, ioc.Order.Status);
        Assert.Equal(ExpiryReason.UnfilledIocQuantityExpired, ioc.Order.ExpiryReason);
        Assert.Equal(0.3m, ioc.Order.ExecutedQty);
        Assert.Equal((0m), Balance(Alice, "USDT").Locked);
    }

    [Fact]
    public void Fok_fills_entirely_or_expires_without_fills()
    {
        Place(Bob, Limit(Side.Sell, 100m, 0.3m));

        PlaceOutcome tooBig = Place(Alice, Limit(Side.Buy, 100m, 1m, Tif.Fok));
        Assert.Equal(OrderStatus.Expired, tooBig.Order.Status);
        Assert.Equal(ExpiryReason.UnfilledFokOrderExpired, tooBig.Order.ExpiryReason);
        Assert.Empty(tooBig.Fills);

        PlaceOutcome fits = Place(Alice, Limit(Side.Buy, 100m, 0.3m, Tif.Fok));
        Assert.Equal(OrderStatus.Filled, fits.Order.Status);
    }

    [Fact]
    public void Market_buy_by_quote_order_qty_spends_the_quote_amount_in_whole_steps()
    {
        Place(Bob, Limit(Side.Sell, 100m, 1m));
        Place(Bob, Limit(Side.Sell, 200m, 1m));

        PlaceOutcome buy = Place(Alice, Market(Side.Buy, quote: 150m));

        Assert.Equal(OrderStatus.Filled, buy.Order.Status);
        Assert.Equal(1.25m, buy.Order.ExecutedQty); // 1 @ 100 + 0.25 @ 200
        Assert.Equal(150m, buy.Order.CumQuote);
        Assert.Equal(150m, buy.Order.OrigQuoteOrderQty);
        Assert.Equal(1_000_000m - 150m, Balance(Alice, "USDT").Free);
    }

    [Fact]
    public void Market_sell_by_quote_order_qty_sells_enough_base_for_the_amount()
    {
        Place(Bob, Limit(Side.Buy, 100m, 2m));

        PlaceOutcome sell = Place(Alice, Market(Side.Sell, quote: 50m));

        Assert.Equal(0.5m, sell.Order.ExecutedQty);
        Assert.Equal(OrderStatus.Filled, sell.Order.Status);
    }

    [Fact]
    public void Market_order_that_exhausts_the_book_expires_with_insufficient_liquidity()
    {
        Place(Bob, Limit(Side.Sell, 100m, 0.3m));

        PlaceOutcome buy = Place(Alice, Market(Side.Buy, qty: 1m));

        Assert.Equal(OrderStatus.Expired, buy.Order.Status);
        Assert.Equal(ExpiryReason.InsufficientLiquidity, buy.Order.ExpiryReason);
        Assert.Equal(0.3m, buy.Order.ExecutedQty);
        Assert.Equal((1_000_000m - 30m, 0m), Balance(Alice, "USDT"));
    }

    [Fact]
    public void Limit_maker_that_would_take_is_rejected_and_one_that_would_not_rests()
    {
        Place(Bob, Limit(Side.Sell, 100m, 1m));

        var error = Reject(Alice, new() { Symbol = Btc, Side = Side.Buy, Kind = OrderKind.LimitMaker, Price = 100m, Quantity = 1m });
        Assert.Equal((400, -2010, "Order would immediately match and take."), (error.Status, error.Code, error.Message));

        PlaceOutcome ok = Place(Alice, new() { Symbol = Btc, Side = Side.Buy, Kind = OrderKind.LimitMaker, Price = 99.99m, Quantity = 1m });
        Assert.Equal(OrderStatus.New, ok.Order.Status);
        Assert.Equal(99.99m, Balance(Alice, "USDT").Locked);
    }

    [Fact]
    public void Iceberg_shows_its_slice_and_the_refill_goes_behind_the_queue()
    {
        SpotOrder iceberg = Place(Bob, Limit(Side.Sell, 100m, 1m) with { IcebergQty = 0.2m }).Order;
        SpotOrder behind = Place(Bob, Limit(Side.Sell, 100m, 0.5m)).Order;
        Assert.Equal((100m, 0.7m), Exchange.Depth(Btc, 5).Asks[0]);

        PlaceOutcome buy = Place(Alice, Limit(Side.Buy, 100m, 0.3m));

        Assert.Equal([0.2m, 0.1m], buy.Fills.Select(f => f.Qty));
        Assert.Equal(0.2m, Status(Bob, iceberg.OrderId).ExecutedQty);
        Assert.Equal(0.1m, Status(Bob, behind.OrderId).ExecutedQty);
        Assert.Equal((100m, 0.6m), Exchange.Depth(Btc, 5).Asks[0]); // 0.2 new slice + 0.4
    }

    [Fact]
    public void Balances_are_locked_on_placement_and_released_on_cancel()
    {
        SpotOrder buy = Place(Alice, Limit(Side.Buy, 100m, 2m)).Order;
        SpotOrder sell = Place(Alice, Limit(Side.Sell, 200m, 1.5m)).Order;
        Assert.Equal((1_000_000m - 200m, 200m), Balance(Alice, "USDT"));
        Assert.Equal((8.5m, 1.5m), Balance(Alice, "BTC"));

        Assert.True(Exchange.Cancel(Alice, Btc, buy.OrderId, null, null, null).Ok);
        Assert.True(Exchange.Cancel(Alice, Btc, sell.OrderId, null, null, null).Ok);

        Assert.Equal((1_000_000m, 0m), Balance(Alice, "USDT"));
        Assert.Equal((10m, 0m), Balance(Alice, "BTC"));
    }

    [Fact]
    public void Insufficient_balance_and_duplicate_client_ids_are_rejected()
    {
        var poor = Reject(Alice, Limit(Side.Sell, 100m, 11m));
        Assert.Equal((-2010, "Account has insufficient balance for requested action."), (poor.Code, poor.Message));

        Place(Alice, Limit(Side.Buy, 90m, 1m, clientId: "mine"));
        var duplicate = Reject(Alice, Limit(Side.Buy, 91m, 1m, clientId: "mine"));
        Assert.Equal((-2010, "Duplicate order sent."), (duplicate.Code, duplicate.Message));
        Assert.True(Exchange.Place(Bob, Limit(Side.Buy, 91m, 1m, clientId: "mine")).Ok); // per account
    }

    [Fact]
    public void Events_follow_stream_order_reports_then_one_balance_event_per_account()
    {
        Place(Bob, Limit(Side.Sell, 100m, 1m));
        Events.Clear();

        Place(Alice, Limit(Side.Buy, 100m, 1m));

        var kinds = Events.Events.Select(e => e switch
        {
            OrderUpdateEvent u => $"{u.Account.Name}:{u.ExecutionType}",
            BalanceEvent b => $"{b.Account.Name}:balance",
            TradeEvent => "trade",
            _ => "?",
        }).ToList();
        Assert.Equal(["alice:New", "trade", "alice:Trade", "bob:Trade", "alice:balance", "bob:balance"], kinds);
    }

    [Fact]
    public void Symbols_that_are_not_trading_are_closed()
    {
        var error = Reject(Alice, Limit(Side.Buy, 0.001m, 1m, symbol: "LTCBTC"));
        Assert.Equal((-2010, "Market is closed."), (error.Code, error.Message));
    }
}
