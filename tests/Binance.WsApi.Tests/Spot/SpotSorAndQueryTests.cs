using System.Text.Json;
using Binance.WsApi.Protocol;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Spot;

/// <summary>SOR orders and the order-shaped account queries (allOrders, order.amendments): golden, checks, responses.</summary>
public class SpotSorAndQueryTests
{
    private static T Parse<T>(string fixture, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        JsonSerializer.Deserialize(Fixtures.Result(fixture), type)!;

    private static SpotSorOrderRequest DocumentedSor(decimal quantity, decimal price) =>
        new("BTCUSDT", OrderSide.Buy, OrderType.Limit, quantity) { TimeInForce = TimeInForce.Gtc, Price = price };

    [Fact]
    public void Sor_place_matches_the_documented_example_plus_the_generated_client_id()
    {
        // The documented example writes quantity and price as JSON numbers; the client sends decimals as strings.
        IReadOnlyList<string> generated = OrderGoldenRequest.AssertMatches("spot-sor.order.place.request.json",
            DocumentedSor(0.5m, 31000m).ToParameters(OrderGoldenRequest.Ids().Next()), "sor.order.place", looseNumbers: true);
        Assert.Equal(["newClientOrderId"], generated);
    }

    [Fact]
    public void Sor_test_matches_the_documented_example()
    {
        OrderGoldenRequest.AssertMatches("spot-sor.order.test.request.json",
            new SpotSorOrderTestRequest(DocumentedSor(0.1m, 0.1m)).ToParameters(), "sor.order.test", looseNumbers: true);
        string withRates = GoldenRequest.Params(new SpotSorOrderTestRequest(DocumentedSor(0.1m, 0.1m)) { ComputeCommissionRates = true }.ToParameters());
        Assert.Contains("\"computeCommissionRates\":true", withRates, StringComparison.Ordinal);
    }

    [Fact]
    public void Sor_accepts_only_limit_and_market()
    {
        Assert.Throws<ArgumentException>(() => new SpotSorOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.StopLoss, 1m).ToParameters("x"));
        Assert.Throws<ArgumentException>(() => new SpotSorOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Limit, 1m) { Price = 1m }.ToParameters("x"));
        Assert.Throws<ArgumentException>(() => new SpotSorOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Market, 1m) { Price = 1m }.ToParameters("x"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpotSorOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Market, 0m).ToParameters("x"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpotSorOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Market, 1m) { StrategyType = 1 }.ToParameters("x"));
        Assert.NotEmpty(new SpotSorOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Market, 1m).ToParameters("x"));
    }

    [Fact]
    public void Sor_place_result_is_an_array_with_sor_fields()
    {
        IReadOnlyList<SpotOrderResult> r = Parse("spot-sor.order.place.response.json", SpotTradingJsonContext.Default.IReadOnlyListSpotOrderResult);
        SpotOrderResult o = Assert.Single(r);
        Assert.Equal("sBI1KM6nNtOfj5tccZSKly", o.ClientOrderId);
        Assert.Equal(WorkingFloor.Sor, o.WorkingFloor);
        Assert.True(o.UsedSor);
        SpotOrderFill fill = Assert.Single(o.Fills);
        Assert.Equal(SorMatchType.OnePartyTradeReport, fill.MatchType);
        Assert.Equal(0, fill.AllocId);
        Assert.Equal(-1, fill.TradeId);
        Assert.Equal(28000.00000000m, fill.Price);
    }

    [Fact]
    public void Sor_test_results_parse()
    {
        Assert.False(Parse("spot-sor.order.test.response-empty.json", SpotTradingJsonContext.Default.SpotOrderTestResult).HasCommissionRates);
        SpotOrderTestResult rates = Parse("spot-sor.order.test.response-commission-rates.json", SpotTradingJsonContext.Default.SpotOrderTestResult);
        Assert.Equal(0.00000114m, rates.StandardCommissionForOrder!.Taker);
        Assert.Null(rates.SpecialCommissionForOrder);
        Assert.Equal(0.25m, rates.Discount!.Discount);
    }

    [Fact]
    public void All_orders_matches_the_documented_example_and_parses()
    {
        GoldenRequest.AssertMatches("spot-allOrders.request.json",
            new SpotAllOrdersRequest("BTCUSDT") { StartTime = 1660780800000, EndTime = 1660867200000, Limit = 5 }.ToParameters(), "allOrders");
        SpotOrder o = Assert.Single(Parse("spot-allOrders.response.json", SpotTradingJsonContext.Default.IReadOnlyListSpotOrder));
        Assert.Equal(OrderStatus.Filled, o.Status);
        Assert.Equal(1.200000m, o.PreventedQuantity);
    }

    [Fact]
    public void All_orders_checks_the_window_and_limit()
    {
        Assert.Throws<ArgumentException>(() => new SpotAllOrdersRequest("BTCUSDT") { StartTime = 10, EndTime = 5 }.ToParameters());
        Assert.Throws<ArgumentException>(() => new SpotAllOrdersRequest("BTCUSDT") { StartTime = 0, EndTime = 86_400_001 }.ToParameters());
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpotAllOrdersRequest("BTCUSDT") { Limit = 0 }.ToParameters());
        Assert.Throws<ArgumentException>(() => new SpotAllOrdersRequest("").ToParameters());
    }

    [Fact]
    public void Order_amendments_matches_the_documented_example_and_parses()
    {
        // The documented example quotes the order id ("23"); the client sends ids as numbers, as every other example does.
        OrderGoldenRequest.AssertMatches("spot-order.amendments.request.json",
            new SpotOrderAmendmentsRequest("BTCUSDT", 23).ToParameters(), "order.amendments", looseNumbers: true);
        SpotOrderAmendment a = Assert.Single(Parse("spot-order.amendments.response.json", SpotTradingJsonContext.Default.IReadOnlyListSpotOrderAmendment));
        Assert.Equal(60, a.ExecutionId);
        Assert.Equal("xbxXh5SSwaHS7oUEOCI88B", a.NewClientOrderId);
        Assert.Equal(7m, a.OrigQty);
        Assert.Equal(5m, a.NewQty);
        Assert.Equal(1741924229819, a.Time);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpotOrderAmendmentsRequest("BTCUSDT", 23) { Limit = 1001 }.ToParameters());
    }
}
