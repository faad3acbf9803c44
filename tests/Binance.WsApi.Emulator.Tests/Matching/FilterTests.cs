using Binance.WsApi.Emulator.Matching;

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
