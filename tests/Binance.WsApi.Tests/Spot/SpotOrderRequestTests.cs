using Binance.WsApi.Protocol;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Spot;

/// <summary>Spot order management requests: exact params per method (golden), checks made before sending, client ids.</summary>
public class SpotOrderRequestTests
{
    private static SpotOrderRequest DocumentedLimitSell() => new("BTCUSDT", OrderSide.Sell, OrderType.Limit)
    {
        TimeInForce = TimeInForce.Gtc,
        Price = 23416.10000000m,
        Quantity = 0.00847000m,
    };

    [Fact]
    public void Order_place_matches_the_documented_example_plus_the_generated_client_id()
    {
        string id = OrderGoldenRequest.Ids().Next();
        IReadOnlyList<string> generated = OrderGoldenRequest.AssertMatches("spot-order.place.request.json",
            DocumentedLimitSell().ToParameters(id), "order.place");
        Assert.Equal(["newClientOrderId"], generated);
    }

    [Fact]
    public void Order_place_keeps_the_callers_client_id()
    {
        WsApiParameters p = (DocumentedLimitSell() with { NewClientOrderId = "mine-1" }).ToParameters("ignored");
        Assert.Contains("\"newClientOrderId\":\"mine-1\"", GoldenRequest.Params(p), StringComparison.Ordinal);
        Assert.DoesNotContain("ignored", GoldenRequest.Params(p), StringComparison.Ordinal);
    }

    [Fact]
    public void Order_test_matches_the_documented_example_and_sends_no_client_id()
    {
        GoldenRequest.AssertMatches("spot-order.test.request.json", new SpotOrderTestRequest(DocumentedLimitSell()).ToParameters(), "order.test");
    }

    [Fact]
    public void Order_test_with_commission_rates_adds_the_flag()
    {
        string p = GoldenRequest.Params(new SpotOrderTestRequest(DocumentedLimitSell()) { ComputeCommissionRates = true }.ToParameters());
        Assert.Contains("\"computeCommissionRates\":true", p, StringComparison.Ordinal);
    }

    [Fact]
    public void Order_status_matches_the_documented_example() =>
        GoldenRequest.AssertMatches("spot-order.status.request.json",
            new SpotOrderStatusRequest("BTCUSDT") { OrderId = 12569099453 }.ToParameters(), "order.status");

    [Fact]
    public void Order_cancel_matches_the_documented_example() =>
        GoldenRequest.AssertMatches("spot-order.cancel.request.json",
            new SpotCancelOrderRequest("BTCUSDT") { OrigClientOrderId = "4d96324ff9d44481926157" }.ToParameters(), "order.cancel");

    [Fact]
    public void Order_cancelReplace_matches_the_documented_example_plus_the_generated_client_id()
    {
        var request = new SpotCancelReplaceRequest(CancelReplaceMode.AllowFailure, DocumentedLimitSell())
        {
            CancelOrigClientOrderId = "4d96324ff9d44481926157",
        };
        IReadOnlyList<string> generated = OrderGoldenRequest.AssertMatches("spot-order.cancelReplace.request.json",
            request.ToParameters(OrderGoldenRequest.Ids().Next()), "order.cancelReplace");
        Assert.Equal(["newClientOrderId"], generated);
    }

    [Fact]
    public void Order_amend_keepPriority_matches_the_documented_example() =>
        GoldenRequest.AssertMatches("spot-order.amend.keepPriority.request.json",
            new SpotAmendOrderRequest("BTCUSDT", 5m) { OrigClientOrderId = "my_test_order1" }.ToParameters(), "order.amend.keepPriority");

    [Fact]
    public void Open_orders_status_matches_the_documented_example() =>
        GoldenRequest.AssertMatches("spot-openOrders.status.request.json",
            new SpotOpenOrdersRequest { Symbol = "BTCUSDT" }.ToParameters(), "openOrders.status");

    [Fact]
    public void Open_orders_status_without_a_symbol_sends_no_params() =>
        Assert.Equal("{}", GoldenRequest.Params(new SpotOpenOrdersRequest().ToParameters()));

    [Fact]
    public void Open_orders_cancelAll_matches_the_documented_example() =>
        GoldenRequest.AssertMatches("spot-openOrders.cancelAll.request.json",
            new SpotCancelAllOpenOrdersRequest("BTCUSDT").ToParameters(), "openOrders.cancelAll");

    [Fact]
    public void A_per_request_recvWindow_is_sent_as_a_number()
    {
        string p = GoldenRequest.Params(new SpotOrderStatusRequest("BTCUSDT") { OrderId = 1, RecvWindow = TimeSpan.FromMilliseconds(5000) }.ToParameters());
        Assert.Contains("\"recvWindow\":5000", p, StringComparison.Ordinal);
    }

    public static TheoryData<string, SpotOrderRequest> MissingPerTypeParameters => new()
    {
        { "TimeInForce", new SpotOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Limit) { Price = 1m, Quantity = 1m } },
        { "Price", new SpotOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Limit) { TimeInForce = TimeInForce.Gtc, Quantity = 1m } },
        { "Quantity", new SpotOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Limit) { TimeInForce = TimeInForce.Gtc, Price = 1m } },
        { "Price", new SpotOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.LimitMaker) { Quantity = 1m } },
        { "Quantity", new SpotOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Market) },
        { "StopPrice", new SpotOrderRequest("BTCUSDT", OrderSide.Sell, OrderType.StopLoss) { Quantity = 1m } },
        { "StopPrice", new SpotOrderRequest("BTCUSDT", OrderSide.Sell, OrderType.TakeProfit) { Quantity = 1m } },
        { "TimeInForce", new SpotOrderRequest("BTCUSDT", OrderSide.Sell, OrderType.StopLossLimit) { Quantity = 1m, Price = 1m, StopPrice = 1m } },
        { "Price", new SpotOrderRequest("BTCUSDT", OrderSide.Sell, OrderType.TakeProfitLimit) { Quantity = 1m, TimeInForce = TimeInForce.Gtc, StopPrice = 1m } },
        { "Quantity", new SpotOrderRequest("BTCUSDT", OrderSide.Sell, OrderType.StopLoss) { TrailingDelta = 100 } },
    };

    [Theory]
    [MemberData(nameof(MissingPerTypeParameters))]
    public void A_missing_per_type_parameter_is_rejected_before_sending(string parameter, SpotOrderRequest request)
    {
        ArgumentException ex = Assert.ThrowsAny<ArgumentException>(() => request.ToParameters("x"));
        Assert.Equal(parameter, ex.ParamName);
    }

    [Fact]
    public void Complete_orders_of_every_type_pass()
    {
        SpotOrderRequest[] valid =
        [
            new("BTCUSDT", OrderSide.Buy, OrderType.Market) { Quantity = 1m },
            new("BTCUSDT", OrderSide.Buy, OrderType.Market) { QuoteOrderQty = 100m },
            new("BTCUSDT", OrderSide.Buy, OrderType.LimitMaker) { Quantity = 1m, Price = 2m },
            new("BTCUSDT", OrderSide.Buy, OrderType.LimitMaker) { Quantity = 1m, PegPriceType = PegPriceType.PrimaryPeg },
            new("BTCUSDT", OrderSide.Sell, OrderType.StopLoss) { Quantity = 1m, TrailingDelta = 100 },
            new("BTCUSDT", OrderSide.Sell, OrderType.TakeProfitLimit) { Quantity = 1m, Price = 1m, StopPrice = 1m, TimeInForce = TimeInForce.Gtc },
            new("BTCUSDT", OrderSide.Sell, new OrderType("SOME_FUTURE_TYPE")),
        ];
        foreach (SpotOrderRequest r in valid)
        {
            Assert.NotEmpty(r.ToParameters("x"));
        }
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-1, 1)]
    [InlineData(1, 0)]
    [InlineData(1, -0.5)]
    public void Non_positive_prices_and_quantities_are_rejected(double price, double quantity)
    {
        var request = new SpotOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Limit)
        {
            TimeInForce = TimeInForce.Gtc,
            Price = (decimal)price,
            Quantity = (decimal)quantity,
        };
        Assert.Throws<ArgumentOutOfRangeException>(() => request.ToParameters("x"));
    }

    [Fact]
    public void Quantity_and_quoteOrderQty_together_are_rejected()
    {
        var request = new SpotOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Market) { Quantity = 1m, QuoteOrderQty = 10m };
        ArgumentException ex = Assert.Throws<ArgumentException>(() => request.ToParameters("x"));
        Assert.Equal("QuoteOrderQty", ex.ParamName);
    }

    [Fact]
    public void A_strategy_type_below_1000000_is_rejected()
    {
        SpotOrderRequest request = DocumentedLimitSell() with { StrategyType = 999_999 };
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => request.ToParameters("x"));
        Assert.Equal("StrategyType", ex.ParamName);
        Assert.NotEmpty((DocumentedLimitSell() with { StrategyType = 1_000_000 }).ToParameters("x"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(60_001)]
    public void A_recvWindow_out_of_range_is_rejected(int milliseconds)
    {
        SpotOrderRequest request = DocumentedLimitSell() with { RecvWindow = TimeSpan.FromMilliseconds(milliseconds) };
        Assert.Throws<ArgumentOutOfRangeException>(() => request.ToParameters("x"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpotOrderStatusRequest("BTCUSDT") { OrderId = 1, RecvWindow = TimeSpan.FromMilliseconds(milliseconds) }.ToParameters());
    }

    [Fact]
    public void An_invalid_client_order_id_is_rejected()
    {
        Assert.Throws<ArgumentException>(() => (DocumentedLimitSell() with { NewClientOrderId = "has space" }).ToParameters(null));
        Assert.Throws<ArgumentException>(() => (DocumentedLimitSell() with { NewClientOrderId = new string('a', 37) }).ToParameters(null));
    }

    [Fact]
    public void Lookups_need_an_order_id_or_a_client_id()
    {
        Assert.Throws<ArgumentException>(() => new SpotOrderStatusRequest("BTCUSDT").ToParameters());
        Assert.Throws<ArgumentException>(() => new SpotCancelOrderRequest("BTCUSDT").ToParameters());
        Assert.Throws<ArgumentException>(() => new SpotAmendOrderRequest("BTCUSDT", 1m).ToParameters());
        Assert.Throws<ArgumentException>(() => new SpotCancelReplaceRequest(CancelReplaceMode.StopOnFailure, DocumentedLimitSell()).ToParameters("x"));
    }

    [Fact]
    public void Other_pre_send_checks()
    {
        Assert.Throws<ArgumentException>(() => new SpotCancelAllOpenOrdersRequest(" ").ToParameters());
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpotAmendOrderRequest("BTCUSDT", 0m) { OrderId = 1 }.ToParameters());
        Assert.Throws<ArgumentException>(() => new SpotCancelReplaceRequest(default, DocumentedLimitSell()) { CancelOrderId = 1 }.ToParameters("x"));
        Assert.Throws<ArgumentException>(() => new SpotOrderRequest("BTCUSDT", default, OrderType.Market) { Quantity = 1m }.ToParameters("x"));
    }
}
