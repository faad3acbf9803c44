using Binance.WsApi.Emulator.Matching;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Tests.Matching;

/// <summary>Each symbol filter's failure, with Binance's code and message.</summary>
public sealed class FilterTests : EngineTestBase
{
    [Theory]
    [InlineData("PRICE_FILTER", 100.001, 1, null, null)]
    [InlineData("PRICE_FILTER", 2000000, 0.001, null, null)]
    [InlineData("LOT_SIZE", 100, 0.000001, null, null)]
    [InlineData("LOT_SIZE", 100, 10000, null, null)]
    [InlineData("NOTIONAL", 100, 0.01, null, null)]
    [InlineData("ICEBERG_PARTS", 100, 1, 0.001, null)]
    [InlineData("LOT_SIZE", 100, 1, 0.0000001, null)]
    public void Limit_order_filters(string filter, double price, double qty, double? iceberg, int? unused)
    {
        _ = unused;
        var error = Reject(Alice, Limit(Side.Buy, (decimal)price, (decimal)qty) with { IcebergQty = (decimal?)iceberg });
        Assert.Equal((400, -1013, $"Filter failure: {filter}"), (error.Status, error.Code, error.Message));
    }

    [Fact]
    public void Percent_price_by_side_uses_the_average_price()
    {
        Print(100m);
        Assert.Equal("Filter failure: PERCENT_PRICE_BY_SIDE", Reject(Alice, Limit(Side.Buy, 501m, 0.1m)).Message);
        Assert.Equal("Filter failure: PERCENT_PRICE_BY_SIDE", Reject(Alice, Limit(Side.Sell, 19m, 1m)).Message);
    }

    [Fact]
    public void Trailing_delta_outside_the_filter_range()
    {
        Print(100m);
        var error = Reject(Alice, new OrderRequest { Symbol = Btc, Side = Side.Sell, Kind = OrderKind.StopLoss, Quantity = 0.1m, TrailingDelta = 5 });
        Assert.Equal("Filter failure: TRAILING_DELTA", error.Message);
    }

    [Fact]
    public void Market_notional_uses_the_average_price()
    {
        Print(100m);
        Assert.Equal("Filter failure: NOTIONAL", Reject(Alice, Market(Side.Buy, qty: 0.01m)).Message);
        Assert.Equal("Filter failure: MARKET_LOT_SIZE", Reject(Alice, Market(Side.Buy, qty: 101m)).Message);
    }

    [Fact]
    public void A_reference_price_replaces_the_average_price_in_the_band_and_market_notional()
    {
        Print(100m);
        Exchange.SetReferencePrice(Btc, 1000m);
        // filters.md: a non-null reference price is what PERCENT_PRICE_BY_SIDE and market NOTIONAL compare with.
        Assert.Equal("Filter failure: PERCENT_PRICE_BY_SIDE", Reject(Alice, Limit(Side.Buy, 150m, 0.1m)).Message); // < 1000 × 0.2
        Assert.True(Exchange.Place(Alice, Limit(Side.Buy, 600m, 0.1m)).Ok); // > 100 × 5, within 1000's band
        Assert.True(Exchange.Place(Alice, Market(Side.Sell, qty: 0.006m)).Ok); // 0.006 × 1000 ≥ 5 (× 100 would be 0.6)

        Exchange.SetReferencePrice(Btc, null); // a null reference price: back to the average price
        Assert.Equal("Filter failure: PERCENT_PRICE_BY_SIDE", Reject(Alice, Limit(Side.Buy, 700m, 0.1m)).Message);
    }

    [Fact]
    public void A_taker_outside_the_price_range_rule_expires_with_the_documented_reason()
    {
        // Makers rest before the reference price exists (placement filters would refuse 600 afterwards).
        Place(Bob, Limit(Side.Sell, 400m, 0.1m));
        Place(Bob, Limit(Side.Sell, 600m, 0.1m)); // above 100 × bidMultiplierUp 5
        Exchange.SetReferencePrice(Btc, 100m);
        PlaceOutcome taker = Place(Alice, Market(Side.Buy, qty: 0.2m));
        Assert.Single(taker.Fills);
        Assert.Equal(400m, taker.Fills[0].Price);
        Assert.Equal(OrderStatus.Expired, taker.Order.Status);
        Assert.Equal(ExpiryReason.ExecutionRulePriceRangeExceeded, taker.Order.ExpiryReason);
        Assert.Equal(0.1m, taker.Order.ExecutedQty);

        Exchange.SetReferencePrice(Btc, null); // null reference price: the rule is not enforced
        Assert.Equal(OrderStatus.Filled, Place(Alice, Market(Side.Buy, qty: 0.1m)).Order.Status);
    }

    [Theory]
    [InlineData("CANCEL_ONLY")]
    [InlineData("END_OF_DAY")]
    public void Cancel_only_refuses_new_orders_and_lets_cancels_through(string status)
    {
        PlaceOutcome resting = Place(Alice, Limit(Side.Buy, 100m, 0.1m));
        Exchange.SetSymbolStatus(Btc, status);
        ApiError refused = Reject(Alice, Limit(Side.Buy, 100m, 0.1m));
        Assert.Equal((400, -2010, "Market is closed."), (refused.Status, refused.Code, refused.Message));
        Assert.True(Exchange.Cancel(Alice, Btc, resting.Order.OrderId, null, null, null).Ok);
    }

    [Fact]
    public void Max_num_algo_orders_counts_open_stops()
    {
        Print(100m);
        for (int i = 0; i < 5; i++)
        {
            Place(Alice, new OrderRequest { Symbol = Btc, Side = Side.Sell, Kind = OrderKind.StopLoss, Quantity = 0.1m, StopPrice = 90m - i });
        }

        var error = Reject(Alice, new OrderRequest { Symbol = Btc, Side = Side.Sell, Kind = OrderKind.StopLoss, Quantity = 0.1m, StopPrice = 80m });
        Assert.Equal("Filter failure: MAX_NUM_ALGO_ORDERS", error.Message);
    }

    [Fact]
    public void Max_num_orders_counts_open_orders_of_the_account()
    {
        var carol = NewAccount("carol", 4);
        var exchange = new SpotExchange(Binance.WsApi.Emulator.Market.SymbolCatalog.CreateDefault().Spot, Time, [carol], new Limits.UnfilledOrderCounter(1000, 1000));
        for (int i = 0; i < 200; i++)
        {
            Assert.True(exchange.Place(carol, Limit(Side.Buy, 10m + i, 1m)).Ok);
        }

        Assert.Equal("Filter failure: MAX_NUM_ORDERS", exchange.Place(carol, Limit(Side.Buy, 5m, 1m)).Error!.Message);
        Assert.Empty(exchange.CheckInvariants());
    }
}
