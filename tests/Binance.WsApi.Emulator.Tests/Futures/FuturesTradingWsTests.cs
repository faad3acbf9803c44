using System.Text.Json;

namespace Binance.WsApi.Emulator.Tests.Futures;

/// <summary>Futures trading over the WebSocket: each method's field set against its fixture, limits, codes.</summary>
public sealed class FuturesTradingWsTests : FuturesWsTestBase
{
    private static readonly string[] TrailingOnly = ["activatePrice", "priceRate"];

    private Task<JsonElement> UsdMLimit(string side, string price, string qty, params (string, string)[] extra) =>
        Signed(UsdM, "order.place", [S("symbol", "BTCUSDT"), S("side", side), S("type", "LIMIT"), S("timeInForce", "GTC"), S("price", price), S("quantity", qty), .. extra]);

    private Task<JsonElement> CoinMLimit(string side, string price, string qty, params (string, string)[] extra) =>
        Signed(CoinM, "order.place", [S("symbol", "BTCUSD_PERP"), S("side", side), S("type", "LIMIT"), S("timeInForce", "GTC"), S("price", price), S("quantity", qty), .. extra]);

    [Fact]
    public async Task Usdm_order_place_ack_has_the_documented_fields_and_orders_counters()
    {
        JsonElement response = await UsdMLimit("BUY", "43187", "0.1", S("positionSide", "BOTH"));
        AssertFields("usdm-order.place.response.json", response);
        JsonElement result = Ok(response);
        Assert.Equal(("NEW", "43187.00", "0.100", "0.00000"), (result.GetProperty("status").GetString(), result.GetProperty("price").GetString(),
            result.GetProperty("origQty").GetString(), result.GetProperty("cumQuote").GetString()));
        string[] limits = [.. response.GetProperty("rateLimits").EnumerateArray().Select(l => l.GetProperty("rateLimitType").GetString() + l.GetProperty("interval").GetString() + l.GetProperty("limit").GetInt32())];
        Assert.Equal(["ORDERSSECOND300", "ORDERSMINUTE1200", "REQUEST_WEIGHTMINUTE2400"], limits);
        Assert.Equal(5, response.GetProperty("rateLimits")[2].GetProperty("count").GetInt32()); // handshake 5, order.place 0
    }

    [Fact]
    public async Task Usdm_market_result_is_filled_with_average_price()
    {
        Emulator.AddFuturesLiquidity("BTCUSDT", isBuy: false, 95200.1m, 1m);
        JsonElement response = await Signed(UsdM, "order.place", S("symbol", "BTCUSDT"), S("side", "BUY"), S("type", "MARKET"), S("quantity", "0.01"),
            S("newOrderRespType", "RESULT"));
        AssertFields("usdm-observed-order.place.response-market-filled.json", response);
        JsonElement result = Ok(response);
        Assert.Equal(("FILLED", "95200.10000", "952.00100"), (result.GetProperty("status").GetString(), result.GetProperty("avgPrice").GetString(), result.GetProperty("cumQuote").GetString()));
        Assert.Equal((0.01m, 95200.1m), Emulator.GetPosition(DemoAccount.HmacApiKey, "BTCUSDT"));
    }

    [Fact]
    public async Task Coinm_order_place_modify_status_cancel_have_the_documented_fields()
    {
        JsonElement placed = await CoinMLimit("BUY", "50000", "1");
        AssertFields("coinm-order.place.response.json", placed);
        long orderId = Ok(placed).GetProperty("orderId").GetInt64();
        Assert.Equal(("BTCUSD", "50000", "1", "0"), (Ok(placed).GetProperty("pair").GetString(), Ok(placed).GetProperty("price").GetString(),
            Ok(placed).GetProperty("origQty").GetString(), Ok(placed).GetProperty("cumBase").GetString()));

        JsonElement modified = await Signed(CoinM, "order.modify", S("symbol", "BTCUSD_PERP"), S("side", "BUY"), N("orderId", orderId), S("price", "51000"), N("quantity", 1));
        AssertFields("coinm-order.modify.response.json", modified);
        Assert.Equal((orderId, "51000"), (Ok(modified).GetProperty("orderId").GetInt64(), Ok(modified).GetProperty("price").GetString()));

        JsonElement status = await Signed(CoinM, "order.status", S("symbol", "BTCUSD_PERP"), N("orderId", orderId));
        AssertFields("coinm-order.status.response.json", status);

        JsonElement canceled = await Signed(CoinM, "order.cancel", S("symbol", "BTCUSD_PERP"), N("orderId", orderId));
        AssertFields("coinm-order.cancel.response.json", canceled);
        Assert.Equal("CANCELED", Ok(canceled).GetProperty("status").GetString());
        AssertError(await Signed(CoinM, "order.cancel", S("symbol", "BTCUSD_PERP"), N("orderId", orderId)), -2011);
    }

    [Fact]
    public async Task Usdm_modify_status_cancel_have_the_documented_fields()
    {
        JsonElement placed = Ok(await UsdMLimit("SELL", "43769.1", "0.1", S("newClientOrderId", "myOrder1")));
        long orderId = placed.GetProperty("orderId").GetInt64();

        JsonElement modified = await Signed(UsdM, "order.modify", S("symbol", "BTCUSDT"), S("side", "SELL"), S("origClientOrderId", "myOrder1"), S("price", "43769.1"), S("quantity", "0.11"));
        AssertFields("usdm-order.modify.response.json", modified);
        Assert.Equal((orderId, "0.110"), (Ok(modified).GetProperty("orderId").GetInt64(), Ok(modified).GetProperty("origQty").GetString()));
        AssertError(await Signed(UsdM, "order.modify", S("symbol", "BTCUSDT"), S("side", "SELL"), N("orderId", orderId), S("price", "43769.1"), S("quantity", "0.11")),
            -5027, "No need to modify the order.");

        AssertFields("usdm-order.status.response.json", await Signed(UsdM, "order.status", S("symbol", "BTCUSDT"), N("orderId", orderId)), TrailingOnly);
        AssertFields("usdm-order.cancel.response.json", await Signed(UsdM, "order.cancel", S("symbol", "BTCUSDT"), S("origClientOrderId", "myOrder1")), TrailingOnly);
        AssertError(await Signed(UsdM, "order.status", S("symbol", "BTCUSDT"), N("orderId", 1)), -2013, "Order does not exist.");
    }

    [Fact]
    public async Task Usdm_futures_codes_come_back_verbatim()
    {
        AssertError(await Signed(UsdM, "order.place", S("symbol", "BTCUSDT"), S("side", "SELL"), S("type", "STOP_MARKET"), S("stopPrice", "50000"), S("quantity", "0.1")), -4120);
        AssertError(await Signed(UsdM, "order.place", S("symbol", "BTCUSDT"), S("side", "SELL"), S("type", "MARKET"), S("quantity", "0.1"), S("reduceOnly", "true")),
            -2022, "ReduceOnly Order is rejected.");
        AssertError(await UsdMLimit("BUY", "43187", "0.1", S("positionSide", "LONG")), -4061);
        AssertError(await UsdMLimit("BUY", "43187", "0.1", S("newClientOrderId", "not valid!")), -4015);
        AssertError(await UsdMLimit("BUY", "43187.05", "0.1"), -4014, "Price not increased by tick size.");
        AssertError(await UsdMLimit("BUY", "43187", "0.0005"), -4023, "Quantity not increased by step size.");
        AssertError(await UsdMLimit("BUY", "43187", "0"), -4003);
        AssertError(await UsdMLimit("BUY", "43187", "0.001"), -4164);
        Emulator.AddFuturesLiquidity("BTCUSDT", isBuy: false, 43000m, 1m);
        AssertError(await UsdMLimit("BUY", "43100", "0.1", S("timeInForce", "GTX")), -5022);
        JsonElement missing = await Signed(UsdM, "order.place", S("symbol", "BTCUSDT"), S("side", "BUY"), S("type", "LIMIT"), S("timeInForce", "GTC"), S("price", "43187"));
        AssertError(missing, -1102, "Mandatory parameter 'quantity' was not sent, was empty/null, or malformed.");
        Emulator.SetLeverage(DemoAccount.HmacApiKey, "BTCUSDT", 1);
        AssertError(await UsdMLimit("BUY", "42000", "3"), -2019, "Margin is insufficient.");
    }

    [Fact]
    public async Task Coinm_accepts_conditional_orders_and_fires_them()
    {
        Emulator.AddFuturesLiquidity("BTCUSD_PERP", isBuy: false, 60100m, 50m);
        JsonElement stop = await Signed(CoinM, "order.place", S("symbol", "BTCUSD_PERP"), S("side", "BUY"), S("type", "STOP_MARKET"), S("stopPrice", "60050"), N("quantity", 5));
        Assert.Equal("NEW", Ok(stop).GetProperty("status").GetString());
        Emulator.RecordFuturesTrade("BTCUSD_PERP", 60050m);
        Assert.Equal(5m, Emulator.GetPosition(DemoAccount.HmacApiKey, "BTCUSD_PERP").Amount);
        JsonElement status = Ok(await Signed(CoinM, "order.status", S("symbol", "BTCUSD_PERP"), N("orderId", Ok(stop).GetProperty("orderId").GetInt64())));
        Assert.Equal(("FILLED", "STOP_MARKET"), (status.GetProperty("status").GetString(), status.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task Algo_order_is_placed_and_cancelled_with_the_documented_fields()
    {
        JsonElement placed = await Signed(UsdM, "algoOrder.place", S("algoType", "CONDITIONAL"), S("symbol", "BTCUSDT"), S("side", "SELL"), S("positionSide", "BOTH"),
            S("type", "TAKE_PROFIT"), S("timeInForce", "GTC"), S("price", "160000"), S("triggerPrice", "120000"), S("quantity", "1"), S("newOrderRespType", "RESULT"),
            S("clientAlgoId", "myAlgo"), S("selfTradePreventionMode", "EXPIRE_MAKER"));
        AssertFields("usdm-algoOrder.place.response.json", placed);
        JsonElement algo = Ok(placed);
        Assert.Equal(("NEW", "120000.00", "1.000", "EXPIRE_MAKER"), (algo.GetProperty("algoStatus").GetString(), algo.GetProperty("triggerPrice").GetString(),
            algo.GetProperty("quantity").GetString(), algo.GetProperty("selfTradePreventionMode").GetString()));
        Assert.Equal(1, placed.GetProperty("rateLimits").GetArrayLength());

        JsonElement canceled = await Signed(UsdM, "algoOrder.cancel", S("clientAlgoId", "myAlgo"));
        AssertFields("usdm-algoOrder.cancel.response.json", canceled);
        Assert.Equal((algo.GetProperty("algoId").GetInt64(), "200"), (Ok(canceled).GetProperty("algoId").GetInt64(), Ok(canceled).GetProperty("code").GetString()));
        AssertError(await Signed(UsdM, "algoOrder.cancel", N("algoId", algo.GetProperty("algoId").GetInt64())), -2011);
        AssertError(await Signed(CoinM, "algoOrder.place", S("algoType", "CONDITIONAL")), -1020);
    }

    [Fact]
    public async Task Coinm_orders_limit_is_per_minute_only()
    {
        JsonElement response = await CoinMLimit("BUY", "50000", "1");
        string[] limits = [.. response.GetProperty("rateLimits").EnumerateArray().Select(l => l.GetProperty("rateLimitType").GetString() + l.GetProperty("interval").GetString())];
        Assert.Equal(["ORDERSMINUTE", "REQUEST_WEIGHTMINUTE"], limits);
    }
}
