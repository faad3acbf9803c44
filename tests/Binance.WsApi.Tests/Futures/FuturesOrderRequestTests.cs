using System.Text.Json;
using Binance.WsApi.Protocol;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Futures;

/// <summary>
/// Futures order requests: the params each request model writes against Binance's documented examples (USD-M and
/// COIN-M), the futures typing (decimals as strings, STRING flags as "true"/"false", integers as numbers), and the
/// pre-send checks that refuse what cannot be right.
/// </summary>
public class FuturesOrderRequestTests
{
    private static readonly ClientOrderIdGenerator Ids = OrderGoldenRequest.Ids();

    private static JsonElement Sent(WsApiParameters parameters) => JsonDocument.Parse(GoldenRequest.Params(parameters)).RootElement.Clone();

    private static FuturesOrderRequest Limit() => new("BTCUSDT", OrderSide.Buy, FuturesOrderType.Limit)
    {
        TimeInForce = TimeInForce.Gtc,
        Quantity = 0.1m,
        Price = 43187m,
    };

    // ---- golden params ----

    [Fact]
    public void UsdM_place_matches_the_documented_example()
    {
        var request = Limit() with { PositionSide = PositionSide.Both };

        // The documented example writes price and quantity as bare numbers; the client sends decimals as strings.
        IReadOnlyList<string> generated = OrderGoldenRequest.AssertMatches("usdm-order.place.request.json", request.ToParameters(Ids.Next()),
            "order.place", looseNumbers: true);

        Assert.Equal(["newClientOrderId"], generated);
    }

    [Fact]
    public void CoinM_place_matches_the_documented_example()
    {
        var request = new FuturesOrderRequest("BTCUSD_PERP", OrderSide.Buy, FuturesOrderType.Limit)
        {
            TimeInForce = TimeInForce.Gtc,
            Quantity = 1m,
            Price = 50000m,
        };

        OrderGoldenRequest.AssertMatches("coinm-order.place.request.json", request.ToParameters(Ids.Next()), "order.place", looseNumbers: true);
    }

    [Fact]
    public void UsdM_modify_matches_the_documented_example()
    {
        var request = new FuturesModifyOrderRequest("BTCUSDT", OrderSide.Sell, 0.11m)
        {
            OrderId = 328971409,
            OrigType = FuturesOrderType.Limit,
            PositionSide = PositionSide.Short,
            Price = 43769.1m,
            PriceMatch = PriceMatch.None,
        };

        OrderGoldenRequest.AssertMatches("usdm-order.modify.request.json", request.ToParameters(), "order.modify");
    }

    [Fact]
    public void CoinM_modify_matches_the_documented_example() =>
        OrderGoldenRequest.AssertMatches("coinm-order.modify.request.json",
            new FuturesModifyOrderRequest("BTCUSD_PERP", OrderSide.Buy, 1m) { OrderId = 333245211, Price = 51000m }.ToParameters(),
            "order.modify", looseNumbers: true);

    [Theory]
    [InlineData("usdm-order.cancel.request.json", "BTCUSDT", 283194212L)]
    [InlineData("coinm-order.cancel.request.json", "BTCUSD_PERP", 333245211L)]
    public void Cancel_matches_the_documented_examples(string fixture, string symbol, long orderId) =>
        GoldenRequest.AssertMatches(fixture, new FuturesCancelOrderRequest(symbol) { OrderId = orderId }.ToParameters(), "order.cancel");

    [Theory]
    [InlineData("usdm-order.status.request.json", "BTCUSDT")]
    [InlineData("coinm-order.status.request.json", "BTCUSD_PERP")]
    public void Status_matches_the_documented_examples(string fixture, string symbol) =>
        GoldenRequest.AssertMatches(fixture, new FuturesOrderStatusRequest(symbol) { OrderId = 328999071 }.ToParameters(), "order.status");

    [Fact]
    public void Algo_place_matches_the_documented_example_and_fills_the_client_algo_id()
    {
        var request = new FuturesAlgoOrderRequest("BTCUSDT", OrderSide.Sell, FuturesOrderType.TakeProfit)
        {
            NewOrderRespType = OrderResponseType.Result,
            PositionSide = PositionSide.Short,
            Price = 160000m,
            Quantity = 1m,
            TimeInForce = TimeInForce.Gtc,
            TriggerPrice = 120000m,
        };

        // algoType defaults to CONDITIONAL; the example's triggerPrice is a bare number.
        IReadOnlyList<string> generated = OrderGoldenRequest.AssertMatches("usdm-algoOrder.place.request.json", request.ToParameters(Ids.Next()),
            "algoOrder.place", looseNumbers: true);

        Assert.Equal(["clientAlgoId"], generated);
    }

    [Fact]
    public void Algo_cancel_matches_the_documented_example() =>
        GoldenRequest.AssertMatches("usdm-algoOrder.cancel.request.json",
            new FuturesCancelAlgoOrderRequest { AlgoId = 283194212, ClientAlgoId = "DolwRKnQNjoc1E9Bbh03ER" }.ToParameters(), "algoOrder.cancel");

    // ---- futures typing ----

    [Fact]
    public void String_flags_are_sent_as_true_false_strings_and_decimals_as_invariant_strings()
    {
        var request = new FuturesOrderRequest("BTCUSDT", OrderSide.Sell, FuturesOrderType.StopMarket)
        {
            StopPrice = 9300.50m,
            ClosePosition = true,
            PriceProtect = false,
            WorkingType = WorkingType.MarkPrice,
            GoodTillDate = 1_900_000_000_000,
            TimeInForce = TimeInForce.Gtd,
            RecvWindow = TimeSpan.FromMilliseconds(7000),
        };

        JsonElement p = Sent(request.ToParameters("id-1"));

        Assert.Equal(JsonValueKind.String, p.GetProperty("closePosition").ValueKind);
        Assert.Equal("true", p.GetProperty("closePosition").GetString());
        Assert.Equal("false", p.GetProperty("priceProtect").GetString());
        Assert.Equal("9300.50", p.GetProperty("stopPrice").GetString());
        Assert.Equal("MARK_PRICE", p.GetProperty("workingType").GetString());
        Assert.Equal(JsonValueKind.Number, p.GetProperty("goodTillDate").ValueKind);
        Assert.Equal(JsonValueKind.Number, p.GetProperty("recvWindow").ValueKind);
        Assert.Equal(7000, p.GetProperty("recvWindow").GetInt64());
        Assert.False(p.TryGetProperty("reduceOnly", out _));
    }

    [Fact]
    public void Reduce_only_and_trailing_parameters_use_their_wire_names()
    {
        var request = new FuturesOrderRequest("BTCUSDT", OrderSide.Buy, FuturesOrderType.TrailingStopMarket)
        {
            Quantity = 11m,
            ReduceOnly = true,
            ActivationPrice = 9020m,
            CallbackRate = 0.3m,
        };

        JsonElement p = Sent(request.ToParameters("id-1"));

        Assert.Equal("true", p.GetProperty("reduceOnly").GetString());
        Assert.Equal("9020", p.GetProperty("activationPrice").GetString());
        Assert.Equal("0.3", p.GetProperty("callbackRate").GetString());
        Assert.Equal("id-1", p.GetProperty("newClientOrderId").GetString());
    }

    [Fact]
    public void The_callers_client_id_wins_over_the_generated_one() =>
        Assert.Equal("mine", Sent((Limit() with { NewClientOrderId = "mine" }).ToParameters("generated")).GetProperty("newClientOrderId").GetString());

    [Fact]
    public void Conditional_types_are_not_blocked_on_order_place()
    {
        // USD-M answers -4120 for these (moved to algoOrder.place); the server decides, not the client.
        var request = new FuturesOrderRequest("BTCUSDT", OrderSide.Sell, FuturesOrderType.Stop)
        {
            Quantity = 1m,
            StopPrice = 9000m,
            Price = 8990m,
        };

        Assert.Equal("STOP", Sent(request.ToParameters("x")).GetProperty("type").GetString());
    }

    [Fact]
    public void An_unknown_order_type_is_left_to_the_server() =>
        Assert.Equal("NEW_KIND", Sent(new FuturesOrderRequest("BTCUSDT", OrderSide.Buy, new FuturesOrderType("NEW_KIND")).ToParameters("x"))
            .GetProperty("type").GetString());

    // ---- pre-send checks ----

    public static TheoryData<FuturesOrderRequest, string> MissingPerType => new()
    {
        { Limit() with { TimeInForce = null }, "TimeInForce" },
        { Limit() with { Quantity = null }, "Quantity" },
        { Limit() with { Price = null }, "Price" },
        { new FuturesOrderRequest("BTCUSDT", OrderSide.Buy, FuturesOrderType.Market), "Quantity" },
        { new FuturesOrderRequest("BTCUSDT", OrderSide.Buy, FuturesOrderType.Stop) { Quantity = 1m, Price = 1m }, "StopPrice" },
        { new FuturesOrderRequest("BTCUSDT", OrderSide.Buy, FuturesOrderType.TakeProfit) { Quantity = 1m, StopPrice = 1m }, "Price" },
        { new FuturesOrderRequest("BTCUSDT", OrderSide.Buy, FuturesOrderType.TakeProfit) { StopPrice = 1m, Price = 1m }, "Quantity" },
        { new FuturesOrderRequest("BTCUSDT", OrderSide.Buy, FuturesOrderType.StopMarket) { Quantity = 1m }, "StopPrice" },
        { new FuturesOrderRequest("BTCUSDT", OrderSide.Buy, FuturesOrderType.TakeProfitMarket) { Quantity = 1m }, "StopPrice" },
        { new FuturesOrderRequest("BTCUSDT", OrderSide.Buy, FuturesOrderType.TrailingStopMarket) { Quantity = 1m }, "CallbackRate" },
    };

    [Theory]
    [MemberData(nameof(MissingPerType))]
    public void A_missing_per_type_parameter_is_rejected(FuturesOrderRequest request, string parameter)
    {
        var ex = Assert.Throws<ArgumentException>(() => request.ToParameters("x"));
        Assert.Equal(parameter, ex.ParamName);
    }

    [Fact]
    public void A_limit_order_may_take_its_price_from_the_book() =>
        Assert.Equal("QUEUE", Sent((Limit() with { Price = null, PriceMatch = PriceMatch.Queue }).ToParameters("x")).GetProperty("priceMatch").GetString());

    [Fact]
    public void Price_and_price_match_together_are_rejected() =>
        Assert.Throws<ArgumentException>(() => (Limit() with { PriceMatch = PriceMatch.Opponent5 }).ToParameters("x"));

    [Theory]
    [InlineData(0.09)]
    [InlineData(10.01)]
    [InlineData(0)]
    public void A_callback_rate_outside_0_1_to_10_is_rejected(double rate)
    {
        var request = new FuturesOrderRequest("BTCUSDT", OrderSide.Buy, FuturesOrderType.TrailingStopMarket) { Quantity = 1m, CallbackRate = (decimal)rate };
        Assert.Throws<ArgumentOutOfRangeException>(() => request.ToParameters("x"));
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(10)]
    public void The_callback_rate_bounds_are_accepted(double rate)
    {
        var request = new FuturesOrderRequest("BTCUSDT", OrderSide.Buy, FuturesOrderType.TrailingStopMarket) { Quantity = 1m, CallbackRate = (decimal)rate };
        Assert.NotNull(request.ToParameters("x"));
    }

    [Theory]
    [InlineData("Quantity")]
    [InlineData("Price")]
    [InlineData("StopPrice")]
    [InlineData("ActivationPrice")]
    public void Non_positive_amounts_are_rejected(string field)
    {
        FuturesOrderRequest request = field switch
        {
            "Quantity" => Limit() with { Quantity = 0m },
            "Price" => Limit() with { Price = -1m },
            "StopPrice" => Limit() with { StopPrice = 0m },
            _ => Limit() with { ActivationPrice = -0.5m },
        };

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => request.ToParameters("x"));
        Assert.Equal(field, ex.ParamName);
    }

    [Theory]
    [InlineData("my.order:1/a_b-C")]
    [InlineData("x")]
    [InlineData("123456789012345678901234567890123456")]
    public void Client_ids_following_the_futures_rule_are_accepted(string id) =>
        Assert.Equal(id, Sent((Limit() with { NewClientOrderId = id }).ToParameters(null)).GetProperty("newClientOrderId").GetString());

    [Theory]
    [InlineData("")]
    [InlineData("1234567890123456789012345678901234567")]
    [InlineData("has space")]
    [InlineData("plus+sign")]
    [InlineData("ünïcode")]
    public void Client_ids_outside_the_futures_rule_are_rejected(string id)
    {
        Assert.Throws<ArgumentException>(() => (Limit() with { NewClientOrderId = id }).ToParameters(null));
        Assert.Throws<ArgumentException>(() => new FuturesAlgoOrderRequest("BTCUSDT", OrderSide.Buy, FuturesOrderType.StopMarket)
        {
            TriggerPrice = 1m,
            ClientAlgoId = id,
        }.ToParameters(null));
    }

    [Fact]
    public void Full_response_type_is_spot_only() =>
        Assert.Throws<ArgumentException>(() => (Limit() with { NewOrderRespType = OrderResponseType.Full }).ToParameters("x"));

    [Fact]
    public void Gtd_requires_good_till_date() =>
        Assert.Throws<ArgumentException>(() => (Limit() with { TimeInForce = TimeInForce.Gtd }).ToParameters("x"));

    [Fact]
    public void Close_position_excludes_quantity_and_reduce_only_and_needs_a_market_stop()
    {
        var closeAll = new FuturesOrderRequest("BTCUSDT", OrderSide.Sell, FuturesOrderType.StopMarket) { StopPrice = 1m, ClosePosition = true };
        Assert.NotNull(closeAll.ToParameters("x"));
        Assert.Throws<ArgumentException>(() => (closeAll with { Quantity = 1m }).ToParameters("x"));
        Assert.Throws<ArgumentException>(() => (closeAll with { ReduceOnly = false }).ToParameters("x"));
        Assert.Throws<ArgumentException>(() => (Limit() with { ClosePosition = true, Quantity = null }).ToParameters("x"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(0.5)]
    public void A_futures_recv_window_is_positive_whole_milliseconds(double ms) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => (Limit() with { RecvWindow = TimeSpan.FromMilliseconds(ms) }).ToParameters("x"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    public void A_missing_symbol_is_rejected_by_every_futures_order_request(string? symbol)
    {
        Assert.Throws<ArgumentException>(() => (Limit() with { Symbol = symbol! }).ToParameters("x"));
        Assert.Throws<ArgumentException>(() => new FuturesModifyOrderRequest(symbol!, OrderSide.Buy, 1m) { OrderId = 1, Price = 1m }.ToParameters());
        Assert.Throws<ArgumentException>(() => new FuturesCancelOrderRequest(symbol!) { OrderId = 1 }.ToParameters());
        Assert.Throws<ArgumentException>(() => new FuturesOrderStatusRequest(symbol!) { OrderId = 1 }.ToParameters());
        Assert.Throws<ArgumentException>(() => new FuturesAlgoOrderRequest(symbol!, OrderSide.Buy, FuturesOrderType.StopMarket) { TriggerPrice = 1m }.ToParameters("x"));
    }

    [Fact]
    public void Order_queries_need_an_order_id_or_client_id()
    {
        Assert.Throws<ArgumentException>(() => new FuturesCancelOrderRequest("BTCUSDT").ToParameters());
        Assert.Throws<ArgumentException>(() => new FuturesOrderStatusRequest("BTCUSDT").ToParameters());
        Assert.Throws<ArgumentException>(() => new FuturesModifyOrderRequest("BTCUSDT", OrderSide.Buy, 1m) { Price = 1m }.ToParameters());
        Assert.Throws<ArgumentException>(() => new FuturesCancelAlgoOrderRequest().ToParameters());
        Assert.NotNull(new FuturesOrderStatusRequest("BTCUSDT") { OrigClientOrderId = "abc" }.ToParameters());
    }

    [Fact]
    public void Modify_needs_a_positive_quantity_and_a_price_or_match()
    {
        Assert.Throws<ArgumentException>(() => new FuturesModifyOrderRequest("BTCUSDT", OrderSide.Buy, 1m) { OrderId = 1 }.ToParameters());
        Assert.Throws<ArgumentException>(() => new FuturesModifyOrderRequest("BTCUSDT", OrderSide.Buy, 1m) { OrderId = 1, PriceMatch = PriceMatch.None }.ToParameters());
        Assert.Throws<ArgumentOutOfRangeException>(() => new FuturesModifyOrderRequest("BTCUSDT", OrderSide.Buy, 0m) { OrderId = 1, Price = 1m }.ToParameters());
        Assert.NotNull(new FuturesModifyOrderRequest("BTCUSDT", OrderSide.Buy, 1m) { OrderId = 1, PriceMatch = PriceMatch.Opponent }.ToParameters());
    }

    [Fact]
    public void Algo_orders_take_conditional_types_only_and_check_their_trigger()
    {
        Assert.Throws<ArgumentException>(() => new FuturesAlgoOrderRequest("BTCUSDT", OrderSide.Buy, FuturesOrderType.Limit)
        {
            Quantity = 1m, Price = 1m, TimeInForce = TimeInForce.Gtc,
        }.ToParameters("x"));
        var missingTrigger = Assert.Throws<ArgumentException>(() =>
            new FuturesAlgoOrderRequest("BTCUSDT", OrderSide.Buy, FuturesOrderType.StopMarket) { Quantity = 1m }.ToParameters("x"));
        Assert.Equal("TriggerPrice", missingTrigger.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new FuturesAlgoOrderRequest("BTCUSDT", OrderSide.Buy, FuturesOrderType.TrailingStopMarket)
        {
            CallbackRate = 11m,
        }.ToParameters("x"));

        JsonElement p = Sent(new FuturesAlgoOrderRequest("BTCUSDT", OrderSide.Buy, FuturesOrderType.TrailingStopMarket)
        {
            Quantity = 1m, CallbackRate = 1m, ActivatePrice = 100m, ReduceOnly = true, PriceProtect = true,
        }.ToParameters("gen-1"));
        Assert.Equal("CONDITIONAL", p.GetProperty("algoType").GetString());
        Assert.Equal("100", p.GetProperty("activatePrice").GetString());
        Assert.Equal("true", p.GetProperty("reduceOnly").GetString());
        Assert.Equal("true", p.GetProperty("priceProtect").GetString());
        Assert.Equal("gen-1", p.GetProperty("clientAlgoId").GetString());
    }
}
