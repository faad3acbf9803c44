using System.Text.Json;
using Binance.WsApi.Protocol;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Futures;

/// <summary>
/// TWAP and VP over <c>algoOrder.place</c> (our extension; Binance documents no WS example, so the golden params are
/// written here, with the names of Binance's REST newOrderTwap / newOrderVp), the checks per algo type, and the
/// response fields the extension adds.
/// </summary>
public class FuturesAlgoWorkRequestTests
{
    [Fact]
    public void Twap_params_are_exact()
    {
        FuturesAlgoOrderRequest request = FuturesAlgoOrderRequest.Twap("BTCUSDT", OrderSide.Buy, 0.010m, TimeSpan.FromMinutes(10)) with
        {
            PositionSide = PositionSide.Both,
            ReduceOnly = false,
            LimitPrice = 60000.10m,
            RecvWindow = TimeSpan.FromSeconds(5),
        };

        Assert.Equal(
            """{"algoType":"TWAP","symbol":"BTCUSDT","side":"BUY","positionSide":"BOTH","quantity":"0.010","duration":600,"limitPrice":"60000.10","reduceOnly":"false","clientAlgoId":"gen-1","recvWindow":5000}""",
            GoldenRequest.Params(request.ToParameters("gen-1")));
    }

    [Fact]
    public void Vp_params_are_exact_and_the_callers_client_algo_id_wins()
    {
        FuturesAlgoOrderRequest request = FuturesAlgoOrderRequest.Vp("ETHUSDT", OrderSide.Sell, 1.5m, FuturesAlgoUrgency.Medium) with
        {
            ClientAlgoId = "my-vp-1",
        };

        Assert.Equal(
            """{"algoType":"VP","symbol":"ETHUSDT","side":"SELL","quantity":"1.5","urgency":"MEDIUM","clientAlgoId":"my-vp-1"}""",
            GoldenRequest.Params(request.ToParameters("gen-2")));
    }

    [Fact]
    public void Twap_duration_in_seconds_or_as_a_time_span_is_the_same_request()
    {
        Assert.Equal(
            GoldenRequest.Params(FuturesAlgoOrderRequest.Twap("BTCUSDT", OrderSide.Buy, 1m, 300).ToParameters("x")),
            GoldenRequest.Params(FuturesAlgoOrderRequest.Twap("BTCUSDT", OrderSide.Buy, 1m, TimeSpan.FromMinutes(5)).ToParameters("x")));
    }

    [Theory]
    [InlineData(299)]
    [InlineData(86_401)]
    [InlineData(0)]
    public void Twap_duration_outside_300_to_86400_seconds_is_refused(int seconds)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => FuturesAlgoOrderRequest.Twap("BTCUSDT", OrderSide.Buy, 1m, seconds).ToParameters("x"));
        Assert.Equal("Duration", ex.ParamName);
        Assert.Contains("300", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Twap_duration_must_be_whole_seconds() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FuturesAlgoOrderRequest.Twap("BTCUSDT", OrderSide.Buy, 1m, TimeSpan.FromMilliseconds(300_500)).ToParameters("x"));

    [Fact]
    public void Each_kind_needs_its_own_parameters_and_refuses_the_others()
    {
        ArgumentException Refused(FuturesAlgoOrderRequest request) => Assert.ThrowsAny<ArgumentException>(() => request.ToParameters("x"));
        FuturesAlgoOrderRequest twap = FuturesAlgoOrderRequest.Twap("BTCUSDT", OrderSide.Buy, 1m, 300);
        FuturesAlgoOrderRequest vp = FuturesAlgoOrderRequest.Vp("BTCUSDT", OrderSide.Buy, 1m, FuturesAlgoUrgency.Low);

        Assert.Equal("Duration", Refused(twap with { Duration = null }).ParamName);
        Assert.Equal("Urgency", Refused(twap with { Urgency = FuturesAlgoUrgency.High }).ParamName);
        Assert.Equal("Urgency", Refused(vp with { Urgency = null }).ParamName);
        Assert.Equal("Urgency", Refused(vp with { Urgency = new FuturesAlgoUrgency("") }).ParamName);
        Assert.Equal("Duration", Refused(vp with { Duration = TimeSpan.FromMinutes(5) }).ParamName);
        Assert.Equal("Quantity", Refused(twap with { Quantity = null }).ParamName);
        Assert.Equal("Quantity", Refused(vp with { Quantity = 0m }).ParamName);
        Assert.Equal("LimitPrice", Refused(twap with { LimitPrice = -1m }).ParamName);
        Assert.Equal("Type", Refused(twap with { Type = FuturesOrderType.Market }).ParamName);
        Assert.Equal("Price", Refused(twap with { Price = 1m }).ParamName);
        Assert.Equal("TriggerPrice", Refused(vp with { TriggerPrice = 1m }).ParamName);
        Assert.Equal("TimeInForce", Refused(vp with { TimeInForce = TimeInForce.Ioc }).ParamName);
        Assert.Equal("NewOrderRespType", Refused(twap with { NewOrderRespType = OrderResponseType.Result }).ParamName);
        Assert.Equal("ClientAlgoId", Refused(twap with { ClientAlgoId = "not valid!" }).ParamName);

        // The extension's parameters do not apply to a conditional order.
        var stop = new FuturesAlgoOrderRequest("BTCUSDT", OrderSide.Buy, FuturesOrderType.StopMarket) { TriggerPrice = 1m };
        Assert.NotNull(stop.ToParameters("x"));
        Assert.Equal("Duration", Refused(stop with { Duration = TimeSpan.FromMinutes(5) }).ParamName);
        Assert.Equal("Urgency", Refused(stop with { Urgency = FuturesAlgoUrgency.Low }).ParamName);
        Assert.Equal("LimitPrice", Refused(stop with { LimitPrice = 1m }).ParamName);
    }

    [Fact]
    public void Unknown_urgency_values_are_passed_through()
    {
        JsonElement p = JsonDocument.Parse(GoldenRequest.Params(
            FuturesAlgoOrderRequest.Vp("BTCUSDT", OrderSide.Buy, 1m, new FuturesAlgoUrgency("EXTREME")).ToParameters("x"))).RootElement;
        Assert.Equal("EXTREME", p.GetProperty("urgency").GetString());
    }

    [Fact]
    public void Twap_and_vp_answers_read_the_extension_fields()
    {
        const string twap = """
            {"algoId":3000000000000001,"clientAlgoId":"myTwap","algoType":"TWAP","orderType":"MARKET","symbol":"BTCUSDT","side":"BUY",
             "positionSide":"BOTH","timeInForce":"GTC","quantity":"0.010","algoStatus":"WORKING","executedQty":"0.004","duration":600,
             "triggerPrice":"0.00","price":"0.00","icebergQuantity":null,"selfTradePreventionMode":"NONE","workingType":"CONTRACT_PRICE",
             "priceMatch":"NONE","closePosition":false,"priceProtect":false,"reduceOnly":false,"createTime":1,"updateTime":2,"triggerTime":0,"goodTillDate":0}
            """;
        FuturesAlgoOrder algo = JsonSerializer.Deserialize(twap, FuturesJsonContext.Default.FuturesAlgoOrder)!;
        Assert.Equal((FuturesAlgoType.Twap, FuturesOrderType.Market, AlgoOrderStatus.Working), (algo.AlgoType, algo.OrderType, algo.AlgoStatus));
        Assert.Equal((0.004m, 600L, (FuturesAlgoUrgency?)null), (algo.ExecutedQty, algo.DurationSeconds, algo.Urgency));

        FuturesAlgoOrder vp = JsonSerializer.Deserialize(twap.Replace("\"TWAP\"", "\"VP\"", StringComparison.Ordinal)
            .Replace("\"duration\":600", "\"urgency\":\"HIGH\"", StringComparison.Ordinal), FuturesJsonContext.Default.FuturesAlgoOrder)!;
        Assert.Equal((FuturesAlgoType.Vp, FuturesAlgoUrgency.High, (long?)null), (vp.AlgoType, vp.Urgency, vp.DurationSeconds));

        // The documented CONDITIONAL answer has none of them.
        FuturesAlgoOrder conditional = JsonSerializer.Deserialize(Fixtures.Result("usdm-algoOrder.place.response.json"), FuturesJsonContext.Default.FuturesAlgoOrder)!;
        Assert.Equal(((decimal?)null, (long?)null, (FuturesAlgoUrgency?)null), (conditional.ExecutedQty, conditional.DurationSeconds, conditional.Urgency));
    }
}
