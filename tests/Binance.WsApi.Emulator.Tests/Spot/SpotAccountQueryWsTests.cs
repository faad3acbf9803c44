using System.Text.Json;
using Binance.WsApi.Emulator.Tests.Infrastructure;

namespace Binance.WsApi.Emulator.Tests.Spot;

/// <summary>Account queries over the WebSocket: history after fills, ORDERS counters, documented errors, field sets.</summary>
public sealed class SpotAccountQueryWsTests : SpotWsTestBase
{
    private Task<JsonElement> PlaceLimit(string side, string price, string qty, params (string, string)[] extra) =>
        Signed("order.place", [S("symbol", "BTCUSDT"), S("side", side), S("type", "LIMIT"), S("timeInForce", "GTC"), S("price", price), S("quantity", qty), .. extra]);

    [Fact]
    public async Task My_trades_after_a_fill_by_symbol_order_and_from_id()
    {
        Emulator.AddLiquidity("BTCUSDT", isBuy: true, 60010m, 0.05m);
        Emulator.AddLiquidity("BTCUSDT", isBuy: true, 60000m, 0.05m);
        long orderId = Ok(await PlaceLimit("SELL", "60000", "0.08")).GetProperty("orderId").GetInt64();

        JsonElement all = await Signed("myTrades", S("symbol", "BTCUSDT"));
        AssertFields("spot-myTrades.response.json", all);
        JsonElement[] trades = [.. Ok(all).EnumerateArray()];
        Assert.Equal(["60010.00000000", "60000.00000000"], trades.Select(t => t.GetProperty("price").GetString()));
        Assert.Equal(["0.05000000", "0.03000000"], trades.Select(t => t.GetProperty("qty").GetString()));
        Assert.All(trades, t => Assert.Equal((false, false, "USDT"), (t.GetProperty("isBuyer").GetBoolean(), t.GetProperty("isMaker").GetBoolean(), t.GetProperty("commissionAsset").GetString())));
        Assert.Equal("3.00050000", trades[0].GetProperty("commission").GetString()); // 0.1 % of 3000.50 USDT

        JsonElement byOrder = await Signed("myTrades", S("symbol", "BTCUSDT"), N("orderId", orderId));
        Assert.Equal(2, Ok(byOrder).GetArrayLength());
        Assert.Equal(2 + 20 + 5, byOrder.GetProperty("rateLimits")[0].GetProperty("count").GetInt32()); // 5 with orderId
        JsonElement from = Ok(await Signed("myTrades", S("symbol", "BTCUSDT"), N("fromId", trades[1].GetProperty("id").GetInt64())));
        Assert.Equal(trades[1].GetProperty("id").GetInt64(), Assert.Single(from.EnumerateArray()).GetProperty("id").GetInt64());
        Assert.Single(Ok(await Signed("myTrades", S("symbol", "BTCUSDT"), N("limit", 1))).EnumerateArray()); // the most recent

        long now = Time.Ms();
        AssertError(await Signed("myTrades", S("symbol", "BTCUSDT"), N("startTime", now - 86_400_001), N("endTime", now)),
            400, -1127, "More than 24 hours between startTime and endTime.");
        AssertError(await Signed("myTrades", S("symbol", "BTCUSDT"), N("fromId", 1), N("startTime", now - 1000)),
            400, -1128, "Combination of optional parameters invalid.");
        Assert.Equal(2, Ok(await Signed("myTrades", S("symbol", "BTCUSDT"), N("startTime", now - 1000), N("endTime", now))).GetArrayLength());
        AssertError(await Signed("myTrades", S("symbol", "NOPE")), 400, -1121, "Invalid symbol.");
    }

    [Fact]
    public async Task All_orders_and_rate_limits_orders_count_resting_orders()
    {
        await PlaceLimit("BUY", "59000", "0.1");
        await PlaceLimit("BUY", "59001", "0.1");

        JsonElement limits = await Signed("account.rateLimits.orders");
        AssertFields("spot-account.rateLimits.orders.response.json", limits);
        Assert.Equal([2, 2], Ok(limits).EnumerateArray().Select(l => l.GetProperty("count").GetInt32()));
        Assert.Equal([50, 160000], Ok(limits).EnumerateArray().Select(l => l.GetProperty("limit").GetInt32()));

        JsonElement orders = await Signed("allOrders", S("symbol", "BTCUSDT"));
        AssertFields("spot-allOrders.response.json", orders);
        Assert.Equal(2, Ok(orders).GetArrayLength());
        Assert.Single(Ok(await Signed("allOrders", S("symbol", "BTCUSDT"), N("limit", 1))).EnumerateArray());

        Time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal([0, 2], Ok(await Signed("account.rateLimits.orders")).EnumerateArray().Select(l => l.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task Commission_amendments_filters_and_prevented_matches()
    {
        AssertFields("spot-account.commission.response.json", await Signed("account.commission", S("symbol", "BTCUSDT")));

        long id = Ok(await PlaceLimit("SELL", "61000", "0.5", S("newClientOrderId", "my_pending_order"))).GetProperty("orderId").GetInt64();
        Ok(await Signed("order.amend.keepPriority", S("symbol", "BTCUSDT"), N("orderId", id), S("newQty", "0.4")));
        JsonElement amendments = await Signed("order.amendments", S("symbol", "BTCUSDT"), N("orderId", id));
        AssertFields("spot-order.amendments.response.json", amendments);
        JsonElement amendment = Ok(amendments)[0];
        Assert.Equal(("my_pending_order", "0.50000000", "0.40000000"),
            (amendment.GetProperty("origClientOrderId").GetString(), amendment.GetProperty("origQty").GetString(), amendment.GetProperty("newQty").GetString()));
        AssertError(await Signed("order.amendments", S("symbol", "BTCUSDT")), 400, -1102, "Mandatory parameter 'orderId' was not sent, was empty/null, or malformed.");

        // The emulator has no exchange-wide or asset filters: those arrays are empty, their item fields absent.
        JsonElement filters = await Signed("myFilters", S("symbol", "BTCUSDT"));
        var missing = Fixtures.PropertyPaths(Fixtures.Json("spot-myFilters.response.json").GetProperty("result"));
        missing.ExceptWith(Fixtures.PropertyPaths(Ok(filters)));
        missing.RemoveWhere(p => p.StartsWith("exchangeFilters[].", StringComparison.Ordinal) || p.StartsWith("assetFilters[].", StringComparison.Ordinal));
        Assert.True(missing.Count == 0, string.Join(", ", missing));
        Assert.Contains(Ok(filters).GetProperty("symbolFilters").EnumerateArray(), f => f.GetProperty("filterType").GetString() == "MAX_NUM_ORDER_LISTS");

        // A self-trade prevented: our BUY meets our own resting SELL.
        long taker = Ok(await PlaceLimit("BUY", "61000", "0.1", S("selfTradePreventionMode", "EXPIRE_MAKER"))).GetProperty("orderId").GetInt64();
        JsonElement prevented = await Signed("myPreventedMatches", S("symbol", "BTCUSDT"), N("orderId", taker));
        AssertFields("spot-myPreventedMatches.response.json", prevented);
        JsonElement match = Ok(prevented)[0];
        Assert.Equal((taker, id, "EXPIRE_MAKER"), (match.GetProperty("takerOrderId").GetInt64(), match.GetProperty("makerOrderId").GetInt64(), match.GetProperty("selfTradePreventionMode").GetString()));
        Assert.Single(Ok(await Signed("myPreventedMatches", S("symbol", "BTCUSDT"), N("preventedMatchId", match.GetProperty("preventedMatchId").GetInt64()))).EnumerateArray());
        AssertError(await Signed("myPreventedMatches", S("symbol", "BTCUSDT")), 400, -1102, "Param 'preventedMatchId' or 'orderId' must be sent, but both were empty/null!");
    }
}
