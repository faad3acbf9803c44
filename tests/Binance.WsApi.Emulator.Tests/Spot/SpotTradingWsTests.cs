using System.Text.Json;
using Binance.WsApi.Emulator.Matching;

namespace Binance.WsApi.Emulator.Tests.Spot;

/// <summary>Trading methods over the WebSocket: shapes against the fixtures, weights, ORDERS counters, cancel-replace matrix.</summary>
public sealed class SpotTradingWsTests : SpotWsTestBase
{
    private Task<JsonElement> PlaceLimit(string side, string price, string qty, params (string, string)[] extra) =>
        Signed("order.place", [S("symbol", "BTCUSDT"), S("side", side), S("type", "LIMIT"), S("timeInForce", "GTC"), S("price", price), S("quantity", qty), .. extra]);

    [Fact]
    public async Task Order_place_full_fills_against_liquidity_with_orders_counters_first_and_zero_weight()
    {
        Emulator.AddLiquidity("BTCUSDT", isBuy: true, 23416.10m, 0.00635m);
        Emulator.AddLiquidity("BTCUSDT", isBuy: true, 23416.00m, 0.01m);

        JsonElement response = await PlaceLimit("SELL", "23416.00", "0.00847");

        JsonElement result = Ok(response);
        AssertFields("spot-order.place.response-full.json", response);
        Assert.Equal("FILLED", result.GetProperty("status").GetString());
        Assert.Equal(["23416.10000000", "23416.00000000"], result.GetProperty("fills").EnumerateArray().Select(f => f.GetProperty("price").GetString()));
        string[] limits = [.. response.GetProperty("rateLimits").EnumerateArray().Select(l => l.GetProperty("rateLimitType").GetString() + l.GetProperty("interval").GetString())];
        Assert.Equal(["ORDERSSECOND", "ORDERSDAY", "REQUEST_WEIGHTMINUTE"], limits);
        Assert.Equal(0, response.GetProperty("rateLimits")[0].GetProperty("count").GetInt32()); // +1 placed, -1 first fill
        Assert.Equal(2, response.GetProperty("rateLimits")[2].GetProperty("count").GetInt32()); // handshake only: success costs 0
    }

    [Fact]
    public async Task Order_place_result_and_ack_shapes()
    {
        JsonElement result = await PlaceLimit("BUY", "59000", "0.1", S("newOrderRespType", "RESULT"));
        AssertFields("spot-order.place.response-result.json", result);
        Assert.Equal("NEW", result.GetProperty("result").GetProperty("status").GetString());
        Assert.Equal(1, result.GetProperty("rateLimits")[0].GetProperty("count").GetInt32());

        JsonElement ack = await PlaceLimit("BUY", "59000", "0.1", S("newOrderRespType", "ACK"));
        AssertFields("spot-order.place.response-ack.json", ack);
        Assert.False(ack.GetProperty("result").TryGetProperty("status", out _));
    }

    [Fact]
    public async Task Conditional_fields_appear_when_relevant()
    {
        Emulator.RecordTrade("BTCUSDT", 60000m, 0.001m);
        JsonElement stop = Ok(await Signed("order.place", S("symbol", "BTCUSDT"), S("side", "SELL"), S("type", "STOP_LOSS_LIMIT"), S("timeInForce", "GTC"),
            S("price", "58900"), S("stopPrice", "59000"), S("quantity", "0.1"), N("trailingDelta", 100), N("strategyId", 7), N("strategyType", 1000000),
            S("newOrderRespType", "RESULT")));
        foreach (string field in new[] { "stopPrice", "trailingDelta", "trailingTime", "strategyId", "strategyType" })
        {
            Assert.True(stop.TryGetProperty(field, out _), field);
        }

        Assert.Equal(-1, stop.GetProperty("workingTime").GetInt64());
        JsonElement plain = Ok(await PlaceLimit("BUY", "59000", "0.1", S("newOrderRespType", "RESULT")));
        foreach (string field in Conditional)
        {
            Assert.False(plain.TryGetProperty(field, out _), field);
        }
    }

    [Fact]
    public async Task Order_status_cancel_open_orders_and_cancel_all_shapes()
    {
        long id = Ok(await PlaceLimit("BUY", "59000", "0.1", S("newClientOrderId", "first"))).GetProperty("orderId").GetInt64();
        await PlaceLimit("BUY", "58999", "0.1");

        AssertFields("spot-order.status.response.json", await Signed("order.status", S("symbol", "BTCUSDT"), N("orderId", id)));
        AssertFields("spot-openOrders.status.response.json", await Signed("openOrders.status", S("symbol", "BTCUSDT")));
        JsonElement cancel = await Signed("order.cancel", S("symbol", "BTCUSDT"), S("origClientOrderId", "first"));
        AssertFields("spot-order.cancel.response-single.json", cancel);
        Assert.Equal("first", cancel.GetProperty("result").GetProperty("origClientOrderId").GetString());
        var account = Emulator.Services.Accounts.Find(DemoAccount.HmacApiKey)!.Account;
        Emulator.RecordTrade("BTCUSDT", 60000m, 0.001m);
        Assert.True(Emulator.Services.Exchange.PlaceOco(account, null,
            new() { Symbol = "BTCUSDT", Side = Side.Sell, Kind = OrderKind.LimitMaker, Price = 61000m, Quantity = 0.01m },
            new() { Symbol = "BTCUSDT", Side = Side.Sell, Kind = OrderKind.StopLoss, StopPrice = 59000m, Quantity = 0.01m }).Ok);
        AssertFields("spot-openOrders.cancelAll.response.json", await Signed("openOrders.cancelAll", S("symbol", "BTCUSDT")));

        AssertError(await Signed("order.cancel", S("symbol", "BTCUSDT"), N("orderId", 424242)), 400, -2011, "Unknown order sent.");
        AssertError(await Signed("order.status", S("symbol", "BTCUSDT"), N("orderId", 424242)), 400, -2013, "Order does not exist.");
        AssertError(await Signed("order.cancel", S("symbol", "BTCUSDT"), N("orderId", id), S("cancelRestrictions", "NEVER")), 400, -1145, "Invalid cancelRestrictions");
    }

    [Fact]
    public async Task Order_test_validates_and_reports_commission_rates()
    {
        JsonElement empty = Ok(await Signed("order.test", S("symbol", "BTCUSDT"), S("side", "BUY"), S("type", "MARKET"), S("quantity", "0.1")));
        Assert.Empty(empty.EnumerateObject());
        JsonElement rates = await Signed("order.test", S("symbol", "BTCUSDT"), S("side", "BUY"), S("type", "MARKET"), S("quantity", "0.1"),
            ("computeCommissionRates", "true"));
        AssertFields("spot-order.test.response-commission-rates.json", rates);
        AssertError(await Signed("order.test", S("symbol", "BTCUSDT"), S("side", "BUY"), S("type", "LIMIT"), S("timeInForce", "GTC"), S("price", "59000.001"), S("quantity", "1")),
            400, -1013, "Filter failure: PRICE_FILTER");
    }

    [Theory]
    [InlineData("side", "UP", -1117, "Invalid side.")]
    [InlineData("type", "ICEBERG", -1116, "Invalid orderType.")]
    [InlineData("timeInForce", "GTD", -1115, "Invalid timeInForce.")]
    [InlineData("price", "59000.123456789", -1111, "Parameter 'price' has too much precision.")]
    public async Task Bad_parameters_get_their_codes(string name, string value, int code, string message)
    {
        var p = new Dictionary<string, string> { ["symbol"] = "BTCUSDT", ["side"] = "BUY", ["type"] = "LIMIT", ["timeInForce"] = "GTC", ["price"] = "59000", ["quantity"] = "0.1" };
        p[name] = value;
        AssertError(await Signed("order.place", [.. p.Select(kv => S(kv.Key, kv.Value))]), 400, code, message);
    }

    [Fact]
    public async Task Missing_and_unwanted_parameters()
    {
        AssertError(await Signed("order.place", S("symbol", "BTCUSDT"), S("side", "BUY"), S("type", "LIMIT"), S("price", "59000"), S("quantity", "1")),
            400, -1102, "Mandatory parameter 'timeInForce' was not sent, was empty/null, or malformed.");
        AssertError(await Signed("order.place", S("symbol", "BTCUSDT"), S("side", "BUY"), S("type", "MARKET")),
            400, -1102, "Param 'quantity' or 'quoteOrderQty' must be sent, but both were empty/null!");
        AssertError(await Signed("order.place", S("symbol", "BTCUSDT"), S("side", "BUY"), S("type", "MARKET"), S("quantity", "1"), S("price", "1")),
            400, -1106, "Parameter 'price' sent when not required.");
        AssertError(await Signed("order.place", S("symbol", "BTCUSDT"), S("side", "BUY"), S("type", "LIMIT_MAKER"), S("price", "1"), S("quantity", "10"), S("timeInForce", "GTC")),
            400, -1114, "TimeInForce parameter sent when not required.");
        AssertError(await Signed("order.place", S("symbol", "NOPE"), S("side", "BUY"), S("type", "MARKET"), S("quantity", "1")), 400, -1121, "Invalid symbol.");
        AssertError(await PlaceLimit("BUY", "59000", "5"), 400, -2010, "Account has insufficient balance for requested action.");
        JsonElement failed = await PlaceLimit("BUY", "59000", "0.000001");
        AssertError(failed, 400, -1013, "Filter failure: LOT_SIZE");
        Assert.Equal(2 + 7, failed.GetProperty("rateLimits")[2].GetProperty("count").GetInt32()); // handshake 2, seven failures at weight 1
    }

    [Fact]
    public async Task Too_many_new_orders_is_a_429_with_the_orders_counters()
    {
        Emulator.SetBalance(DemoAccount.HmacApiKey, "USDT", 1_000_000m);
        long first = 0;
        for (int i = 0; i < 50; i++)
        {
            long id = Ok(await PlaceLimit("BUY", (59000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), "0.1")).GetProperty("orderId").GetInt64();
            first = first == 0 ? id : first;
        }

        JsonElement response = await PlaceLimit("BUY", "58000", "0.1");
        AssertError(response, 429, -1015, "Too many new orders; current limit is 50 orders per 10 SECOND.");
        AssertErrorFields("spot-order.cancelReplace.response-429-do-nothing-rate-limited.json", response);
        Assert.Equal(50, response.GetProperty("rateLimits")[0].GetProperty("count").GetInt32());

        AssertError(await Signed("order.cancelReplace", S("symbol", "BTCUSDT"), S("cancelReplaceMode", "STOP_ON_FAILURE"), N("cancelOrderId", 1),
            S("side", "BUY"), S("type", "LIMIT"), S("timeInForce", "GTC"), S("price", "59000"), S("quantity", "0.1")), 429, -1015,
            "Too many new orders; current limit is 50 orders per 10 SECOND.");
        JsonElement cancelOnly = await Signed("order.cancelReplace", S("symbol", "BTCUSDT"), S("cancelReplaceMode", "STOP_ON_FAILURE"), N("cancelOrderId", first),
            S("orderRateLimitExceededMode", "CANCEL_ONLY"), S("side", "BUY"), S("type", "LIMIT"), S("timeInForce", "GTC"), S("price", "59000"), S("quantity", "0.1"));
        AssertError(cancelOnly, 409, -2021, "Order cancel-replace partially failed.");
        AssertErrorFields("spot-order.cancelReplace.response-409-cancel-only-rate-limited.json", cancelOnly);
        Assert.Equal(-1015, cancelOnly.GetProperty("error").GetProperty("data").GetProperty("newOrderResponse").GetProperty("code").GetInt32());

        Time.Advance(TimeSpan.FromSeconds(10));
        Ok(await PlaceLimit("BUY", "58000", "0.1"));
    }

    [Fact]
    public async Task Cancel_replace_outcome_matrix()
    {
        Emulator.AddLiquidity("BTCUSDT", isBuy: false, 61000m, 1m);
        long id = Ok(await PlaceLimit("BUY", "59000", "0.1")).GetProperty("orderId").GetInt64();
        (string, string)[] Replace(string mode, long cancelId, string type, string price) =>
            [S("symbol", "BTCUSDT"), S("cancelReplaceMode", mode), N("cancelOrderId", cancelId), S("side", "BUY"), S("type", type), S("price", price), S("quantity", "0.1")];

        // both succeed
        JsonElement ok = await Signed("order.cancelReplace", [.. Replace("STOP_ON_FAILURE", id, "LIMIT", "59001"), S("timeInForce", "GTC")]);
        AssertFields("spot-order.cancelReplace.response-200-both-succeeded.json", ok);
        long newId = ok.GetProperty("result").GetProperty("newOrderResponse").GetProperty("orderId").GetInt64();

        // STOP_ON_FAILURE, cancel fails → new not attempted
        JsonElement stop = await Signed("order.cancelReplace", [.. Replace("STOP_ON_FAILURE", 999, "LIMIT", "59001"), S("timeInForce", "GTC")]);
        AssertError(stop, 400, -2022, "Order cancel-replace failed.");
        AssertErrorFields("spot-order.cancelReplace.response-400-stop-on-failure-cancel-failed.json", stop);
        Assert.Equal("NOT_ATTEMPTED", stop.GetProperty("error").GetProperty("data").GetProperty("newOrderResult").GetString());
        Assert.Equal(JsonValueKind.Null, stop.GetProperty("error").GetProperty("data").GetProperty("newOrderResponse").ValueKind);

        // cancel ok, new fails (LIMIT_MAKER would take)
        JsonElement partial = await Signed("order.cancelReplace", Replace("STOP_ON_FAILURE", newId, "LIMIT_MAKER", "61000"));
        AssertError(partial, 409, -2021, "Order cancel-replace partially failed.");
        AssertErrorFields("spot-order.cancelReplace.response-409-cancel-ok-new-failed.json", partial);
        Assert.Equal("Order would immediately match and take.", partial.GetProperty("error").GetProperty("data").GetProperty("newOrderResponse").GetProperty("msg").GetString());

        // ALLOW_FAILURE: cancel fails, new ok
        JsonElement newOk = await Signed("order.cancelReplace", [.. Replace("ALLOW_FAILURE", 999, "LIMIT", "59001"), S("timeInForce", "GTC")]);
        AssertError(newOk, 409, -2021, "Order cancel-replace partially failed.");
        AssertErrorFields("spot-order.cancelReplace.response-409-cancel-failed-new-ok.json", newOk);
        Assert.Equal("SUCCESS", newOk.GetProperty("error").GetProperty("data").GetProperty("newOrderResult").GetString());

        // ALLOW_FAILURE: both fail
        JsonElement both = await Signed("order.cancelReplace", Replace("ALLOW_FAILURE", 999, "LIMIT_MAKER", "61000"));
        AssertError(both, 400, -2022, "Order cancel-replace failed.");
        AssertErrorFields("spot-order.cancelReplace.response-400-both-failed.json", both);
        Assert.Equal(-2011, both.GetProperty("error").GetProperty("data").GetProperty("cancelResponse").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Amend_keep_priority_shape_and_errors()
    {
        long id = Ok(await PlaceLimit("BUY", "59000", "0.7", S("newClientOrderId", "my_test_order1"))).GetProperty("orderId").GetInt64();

        JsonElement amended = await Signed("order.amend.keepPriority", S("symbol", "BTCUSDT"), S("origClientOrderId", "my_test_order1"), S("newQty", "0.5"));
        AssertFields("spot-order.amend.keepPriority.response-single.json", amended);
        Assert.Equal("0.50000000", amended.GetProperty("result").GetProperty("amendedOrder").GetProperty("qty").GetString());
        AssertError(await Signed("order.amend.keepPriority", S("symbol", "BTCUSDT"), N("orderId", id), S("newQty", "0.6")),
            400, -2038, "Order amend (quantity increase) is not supported.");
        AssertError(await Signed("order.amend.keepPriority", S("symbol", "BNBBTC"), N("orderId", id), S("newQty", "0.6")),
            400, -2038, "Order amend is not supported for this symbol.");
        Assert.Equal(29500m, Emulator.GetBalance(DemoAccount.HmacApiKey, "USDT").Locked);
    }

    [Fact]
    public async Task Cancel_restrictions_reject_with_the_documented_message()
    {
        long id = Ok(await PlaceLimit("BUY", "59000", "0.1")).GetProperty("orderId").GetInt64();
        JsonElement expected = Infrastructure.Fixtures.Json("spot-order.cancel.error-2011-cancel-restrictions.json");

        AssertError(await Signed("order.cancel", S("symbol", "BTCUSDT"), N("orderId", id), S("cancelRestrictions", "ONLY_PARTIALLY_FILLED")),
            400, expected.GetProperty("code").GetInt32(), expected.GetProperty("msg").GetString()!);
        Ok(await Signed("order.cancel", S("symbol", "BTCUSDT"), N("orderId", id), S("cancelRestrictions", "ONLY_NEW")));
    }
}
