using System.Text.Json;
using Binance.WsApi.Emulator.Tests.Infrastructure;

namespace Binance.WsApi.Emulator.Tests.Spot;

/// <summary>Order lists and SOR through the WebSocket: shapes against the fixtures, contingency, documented errors.</summary>
public sealed class SpotOrderListWsTests : SpotWsTestBase
{
    // The seeded history ends at the reference price: last price 60000 on BTCUSDT.
    private Task<JsonElement> SellOco(string limitPrice = "61000", string stopPrice = "59000") => Signed("orderList.place.oco",
        S("symbol", "BTCUSDT"), S("side", "SELL"), S("quantity", "0.1"), S("aboveType", "LIMIT_MAKER"), S("abovePrice", limitPrice),
        S("belowType", "STOP_LOSS_LIMIT"), S("belowPrice", "58900"), S("belowStopPrice", stopPrice), S("belowTimeInForce", "GTC"),
        S("newOrderRespType", "RESULT"));

    [Fact]
    public async Task Oco_places_both_legs_and_one_fill_expires_the_other()
    {
        JsonElement placed = await SellOco();
        AssertFields("spot-orderList.place.oco.response-result.json", placed, "stopPrice");
        JsonElement result = Ok(placed);
        Assert.Equal("OCO", result.GetProperty("contingencyType").GetString());
        Assert.Equal(["LIMIT_MAKER", "STOP_LOSS_LIMIT"], result.GetProperty("orderReports").EnumerateArray().Select(o => o.GetProperty("type").GetString()));
        Assert.Equal(2, placed.GetProperty("rateLimits")[0].GetProperty("count").GetInt32()); // an OCO counts 2
        Assert.Equal(2, placed.GetProperty("rateLimits")[2].GetProperty("count").GetInt32()); // success costs no weight
        long listId = result.GetProperty("orderListId").GetInt64();
        long stopLeg = result.GetProperty("orders")[1].GetProperty("orderId").GetInt64();

        AssertFields("spot-orderList.status.response.json", await Signed("orderList.status", N("orderListId", listId)));
        AssertFields("spot-openOrderLists.status.response.json", await Signed("openOrderLists.status"));
        AssertFields("spot-allOrderLists.response.json", await Signed("allOrderLists"));

        Emulator.AddLiquidity("BTCUSDT", isBuy: true, 61000m, 0.1m); // takes the LIMIT_MAKER leg

        JsonElement stop = Ok(await Signed("order.status", S("symbol", "BTCUSDT"), N("orderId", stopLeg)));
        Assert.Equal(("EXPIRED", "OCO_TRIGGER"), (stop.GetProperty("status").GetString(), stop.GetProperty("expiryReason").GetString()));
        JsonElement status = Ok(await Signed("orderList.status", S("origClientOrderId", result.GetProperty("listClientOrderId").GetString()!)));
        Assert.Equal("ALL_DONE", status.GetProperty("listOrderStatus").GetString());
        Assert.Empty(Ok(await Signed("openOrderLists.status")).EnumerateArray());
    }

    [Fact]
    public async Task Deprecated_oco_lists_the_stop_leg_first_and_cancels_as_a_list()
    {
        JsonElement placed = await Signed("orderList.place", S("symbol", "BTCUSDT"), S("side", "SELL"), S("price", "61000"), S("quantity", "0.1"),
            S("stopPrice", "59000"), S("stopLimitPrice", "58900"), S("stopLimitTimeInForce", "GTC"), S("limitClientOrderId", "lim1"));
        AssertFields("spot-orderList.place.response-deprecated-oco-result.json", placed, "stopPrice");
        JsonElement result = Ok(placed);
        JsonElement[] reports = [.. result.GetProperty("orderReports").EnumerateArray()];
        Assert.Equal(("STOP_LOSS_LIMIT", "LIMIT_MAKER"), (reports[0].GetProperty("type").GetString(), reports[1].GetProperty("type").GetString()));
        Assert.True(reports[0].TryGetProperty("fills", out _)); // default newOrderRespType FULL
        Assert.Equal("lim1", reports[1].GetProperty("clientOrderId").GetString());

        JsonElement cancel = await Signed("orderList.cancel", S("symbol", "BTCUSDT"), N("orderListId", result.GetProperty("orderListId").GetInt64()));
        AssertFields("spot-orderList.cancel.response.json", cancel, "stopPrice");
        Assert.Equal("ALL_DONE", cancel.GetProperty("result").GetProperty("listOrderStatus").GetString());
        Assert.Equal(0m, Emulator.GetBalance(DemoAccount.HmacApiKey, "BTC").Locked);
        AssertError(await Signed("orderList.cancel", S("symbol", "BTCUSDT"), N("orderListId", 424242)), 400, -2011, "Order list does not exist.");
        AssertError(await Signed("orderList.status", N("orderListId", 424242)), 400, -2013, "Order list does not exist.");
        AssertError(await Signed("orderList.cancel", S("symbol", "BTCUSDT")), 400, -1102, "Param 'listClientOrderId' or 'orderListId' must be sent, but both were empty/null!");
    }

    [Theory]
    [InlineData("BUY", "LIMIT_MAKER", "59000", "STOP_LOSS", "58000", -1165, "A limit order in a buy OCO must be below.")]
    [InlineData("SELL", "STOP_LOSS", "61000", "LIMIT_MAKER", "59000", -1166, "A limit order in a sell OCO must be above.")]
    [InlineData("BUY", "STOP_LOSS", "61000", "STOP_LOSS", "59000", -1196, "A stop loss order in a buy OCO must be above.")]
    [InlineData("SELL", "STOP_LOSS", "61000", "STOP_LOSS", "59000", -1197, "A stop loss order in a sell OCO must be below.")]
    [InlineData("BUY", "TAKE_PROFIT", "61000", "LIMIT_MAKER", "59000", -1198, "A take profit order in a buy OCO must be below.")]
    [InlineData("SELL", "LIMIT_MAKER", "61000", "TAKE_PROFIT", "59000", -1199, "A take profit order in a sell OCO must be above.")]
    [InlineData("SELL", "LIMIT_MAKER", "59500", "STOP_LOSS", "59000", -2010, "The relationship of the prices for the orders is not correct.")]
    public async Task Oco_leg_relations_get_their_codes(string side, string aboveType, string above, string belowType, string below, int code, string message)
    {
        static (string, string)[] Leg(string prefix, string type, string price) =>
            type == "LIMIT_MAKER" ? [S(prefix + "Type", type), S(prefix + "Price", price)] : [S(prefix + "Type", type), S(prefix + "StopPrice", price)];

        JsonElement response = await Signed("orderList.place.oco",
            [S("symbol", "BTCUSDT"), S("side", side), S("quantity", "0.01"), .. Leg("above", aboveType, above), .. Leg("below", belowType, below)]);
        AssertError(response, 400, code, message);
    }

    [Fact]
    public async Task Oto_places_the_pending_leg_when_the_working_order_fills()
    {
        JsonElement placed = await Signed("orderList.place.oto", S("symbol", "BTCUSDT"), S("workingType", "LIMIT"), S("workingSide", "BUY"),
            S("workingPrice", "59000"), S("workingQuantity", "0.1"), S("workingTimeInForce", "GTC"),
            S("pendingType", "LIMIT"), S("pendingSide", "SELL"), S("pendingPrice", "61000"), S("pendingQuantity", "0.1"), S("pendingTimeInForce", "GTC"));
        AssertFields("spot-orderList.place.oto.response.json", placed);
        JsonElement result = Ok(placed);
        Assert.Equal("OTO", result.GetProperty("contingencyType").GetString());
        JsonElement pending = result.GetProperty("orderReports")[1];
        Assert.Equal(("PENDING_NEW", -1L), (pending.GetProperty("status").GetString(), pending.GetProperty("workingTime").GetInt64()));

        Emulator.AddLiquidity("BTCUSDT", isBuy: false, 59000m, 0.1m);

        JsonElement activated = Ok(await Signed("order.status", S("symbol", "BTCUSDT"), N("orderId", pending.GetProperty("orderId").GetInt64())));
        Assert.Equal("NEW", activated.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Otoco_opo_and_opoco_shapes_and_opo_sides()
    {
        (string, string)[] working = [S("symbol", "BTCUSDT"), S("workingType", "LIMIT"), S("workingSide", "BUY"), S("workingPrice", "59000"),
            S("workingQuantity", "0.01"), S("workingTimeInForce", "GTC")];
        (string, string)[] pair = [S("pendingSide", "SELL"), S("pendingAboveType", "LIMIT_MAKER"), S("pendingAbovePrice", "62000"),
            S("pendingBelowType", "STOP_LOSS"), S("pendingBelowStopPrice", "58000")];

        JsonElement otoco = await Signed("orderList.place.otoco", [.. working, .. pair, S("pendingQuantity", "0.01")]);
        Ok(otoco);
        AssertFields("spot-orderList.place.otoco.response.json", otoco, "stopPrice");
        Assert.Equal(3, Ok(otoco).GetProperty("orders").GetArrayLength());
        Assert.Equal(3, otoco.GetProperty("rateLimits")[0].GetProperty("count").GetInt32());

        JsonElement opo = await Signed("orderList.place.opo", [.. working, S("pendingType", "MARKET"), S("pendingSide", "SELL")]);
        Ok(opo);
        AssertFields("spot-orderList.place.opo.response.json", opo);
        Assert.False(opo.TryGetProperty("rateLimits", out _)); // the documented example has none
        Assert.Equal("OTO", Ok(opo).GetProperty("contingencyType").GetString());
        Assert.False(Ok(opo).GetProperty("orderReports")[1].TryGetProperty("origQty", out _));

        JsonElement opoco = await Signed("orderList.place.opoco", [.. working, .. pair]);
        Ok(opoco);
        AssertFields("spot-orderList.place.opoco.response.json", opoco, "stopPrice");
        Assert.False(opoco.TryGetProperty("rateLimits", out _));
        Assert.Equal("OTO", Ok(opoco).GetProperty("contingencyType").GetString());

        AssertError(await Signed("orderList.place.opo", [.. working.Where(p => p.Item1 != "workingSide"), S("workingSide", "SELL"), S("pendingType", "MARKET"), S("pendingSide", "SELL")]),
            400, -1222, "Working order in an OPO list must be a bid.");
        AssertError(await Signed("orderList.place.opo", [.. working, S("pendingType", "MARKET"), S("pendingSide", "BUY")]),
            400, -1223, "Pending orders in an OPO list must be asks.");
        AssertError(await Signed("orderList.place.opo", [.. working, S("pendingType", "MARKET"), S("pendingSide", "SELL"), S("pendingQuantity", "1")]),
            400, -1225, "Pending orders should not include the 'pendingQuantity' tag.");
    }

    [Fact]
    public async Task Sor_order_place_returns_an_array_with_allocations()
    {
        Emulator.AddLiquidity("BTCUSDT", isBuy: false, 60000m, 0.5m);

        JsonElement placed = await Signed("sor.order.place", S("symbol", "BTCUSDT"), S("side", "BUY"), S("type", "LIMIT"), S("timeInForce", "GTC"),
            S("price", "60000"), S("quantity", "0.1"));
        AssertFields("spot-sor.order.place.response.json", placed, "workingFloor", "usedSor");
        JsonElement order = Ok(placed)[0];
        Assert.Equal(("SOR", true, "FILLED"), (order.GetProperty("workingFloor").GetString(), order.GetProperty("usedSor").GetBoolean(), order.GetProperty("status").GetString()));
        JsonElement fill = order.GetProperty("fills")[0];
        Assert.Equal(("ONE_PARTY_TRADE_REPORT", -1L), (fill.GetProperty("matchType").GetString(), fill.GetProperty("tradeId").GetInt64()));

        JsonElement allocations = await Signed("myAllocations", S("symbol", "BTCUSDT"), N("orderId", order.GetProperty("orderId").GetInt64()));
        AssertFields("spot-myAllocations.response.json", allocations);
        Assert.Equal(fill.GetProperty("allocId").GetInt64(), Ok(allocations)[0].GetProperty("allocationId").GetInt64());

        Assert.Empty(Ok(await Signed("sor.order.test", S("symbol", "BTCUSDT"), S("side", "BUY"), S("type", "MARKET"), S("quantity", "0.1"))).EnumerateObject());
        AssertFields("spot-sor.order.test.response-commission-rates.json",
            await Signed("sor.order.test", S("symbol", "BTCUSDT"), S("side", "BUY"), S("type", "MARKET"), S("quantity", "0.1"), ("computeCommissionRates", "true")));
        AssertError(await Signed("sor.order.place", S("symbol", "ETHUSDT"), S("side", "BUY"), S("type", "MARKET"), S("quantity", "0.1")), 400, -1121, "Invalid symbol.");
        AssertError(await Signed("sor.order.place", S("symbol", "BTCUSDT"), S("side", "BUY"), S("type", "MARKET"), S("quoteOrderQty", "10")),
            400, -1106, "Parameter 'quoteOrderQty' sent when not required.");
    }

    [Fact]
    public async Task Order_cancel_of_a_leg_cancels_the_list_and_amend_of_a_leg_reports_the_list()
    {
        JsonElement oco = Ok(await SellOco());
        JsonElement cancel = await Signed("order.cancel", S("symbol", "BTCUSDT"), N("orderId", oco.GetProperty("orders")[0].GetProperty("orderId").GetInt64()));
        AssertFields("spot-order.cancel.response-orderlist.json", cancel, "stopPrice");
        Assert.Equal("ALL_DONE", Ok(cancel).GetProperty("listOrderStatus").GetString());

        JsonElement oto = Ok(await Signed("orderList.place.oto", S("symbol", "BTCUSDT"), S("workingType", "LIMIT"), S("workingSide", "BUY"),
            S("workingPrice", "59000"), S("workingQuantity", "0.1"), S("workingTimeInForce", "GTC"),
            S("pendingType", "LIMIT"), S("pendingSide", "SELL"), S("pendingPrice", "61000"), S("pendingQuantity", "0.1"), S("pendingTimeInForce", "GTC")));
        JsonElement amend = await Signed("order.amend.keepPriority", S("symbol", "BTCUSDT"),
            N("orderId", oto.GetProperty("orders")[0].GetProperty("orderId").GetInt64()), S("newQty", "0.05"));
        AssertFields("spot-order.amend.keepPriority.response-orderlist.json", amend);
        Assert.Equal(oto.GetProperty("orderListId").GetInt64(), Ok(amend).GetProperty("listStatus").GetProperty("orderListId").GetInt64());
    }

    [Fact]
    public async Task Test_orders_without_commission_rates_answer_the_empty_object()
    {
        (string, string)[] order = [S("symbol", "BTCUSDT"), S("side", "BUY"), S("type", "LIMIT"), S("timeInForce", "GTC"), S("price", "59000"), S("quantity", "0.1")];
        Assert.Equal(Fixtures.Json("spot-order.test.response-empty.json").GetProperty("result").GetRawText(), Ok(await Signed("order.test", order)).GetRawText());
        Assert.Equal(Fixtures.Json("spot-sor.order.test.response-empty.json").GetProperty("result").GetRawText(), Ok(await Signed("sor.order.test", order)).GetRawText());
    }

    [Fact]
    public async Task Opo_market_pending_leg_sells_the_proceeds_once_the_working_order_fills()
    {
        Emulator.AddLiquidity("BTCUSDT", isBuy: true, 59990m, 1m);
        JsonElement opo = Ok(await Signed("orderList.place.opo", S("symbol", "BTCUSDT"), S("workingType", "LIMIT"), S("workingSide", "BUY"),
            S("workingPrice", "60000"), S("workingQuantity", "0.01"), S("workingTimeInForce", "GTC"), S("pendingType", "MARKET"), S("pendingSide", "SELL")));
        long pendingId = opo.GetProperty("orders")[1].GetProperty("orderId").GetInt64();

        Emulator.AddLiquidity("BTCUSDT", isBuy: false, 60000m, 0.01m);

        JsonElement pending = Ok(await Signed("order.status", S("symbol", "BTCUSDT"), N("orderId", pendingId)));
        Assert.Equal(("FILLED", "0.00999000"), (pending.GetProperty("status").GetString(), pending.GetProperty("origQty").GetString())); // 0.01 less 0.1 %
        JsonElement list = Ok(await Signed("orderList.status", N("orderListId", opo.GetProperty("orderListId").GetInt64())));
        Assert.Equal(("OTO", "ALL_DONE"), (list.GetProperty("contingencyType").GetString(), list.GetProperty("listOrderStatus").GetString()));
        Assert.Equal(2, Ok(await Signed("myTrades", S("symbol", "BTCUSDT"))).GetArrayLength());
    }
}
