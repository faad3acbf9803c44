using System.Net;
using System.Text.Json;

namespace Binance.WsApi.Emulator.Tests.Admin;

/// <summary>Market state over HTTP: reference price, seeded book, market maker, mark price, symbol status.</summary>
public sealed class MarketAdminTests : AdminTestBase
{
    [Fact]
    public async Task Reference_price_set_and_cleared_over_http()
    {
        // Never set: referencePrice answers 200 with the error inside result, referencePrice.calculation 400 (both docs' shapes).
        Assert.Equal(-2043, Ok(await PublicAsync("referencePrice", S("symbol", "BTCUSDT"))).GetProperty("code").GetInt32());
        AssertError(await PublicAsync("referencePrice.calculation", S("symbol", "BTCUSDT")), 400, -2043);

        JsonElement set = await PostOkAsync("admin/reference-price", """{"symbol":"BTCUSDT","price":"60000.5"}""");
        Assert.Equal("60000.50000000", set.GetProperty("referencePrice").GetString());

        JsonElement calculation = Ok(await PublicAsync("referencePrice.calculation", S("symbol", "BTCUSDT")));
        Assert.Equal("ARITHMETIC_MEAN", calculation.GetProperty("calculationType").GetString());
        Assert.Equal("60000.50000000", Ok(await PublicAsync("referencePrice", S("symbol", "BTCUSDT"))).GetProperty("referencePrice").GetString());

        await PostOkAsync("admin/reference-price", """{"symbol":"BTCUSDT","price":null}""");
        Assert.Equal(JsonValueKind.Null, Ok(await PublicAsync("referencePrice", S("symbol", "BTCUSDT"))).GetProperty("referencePrice").ValueKind);

        await PostOkAsync("admin/reference-price/clear", """{"symbol":"BTCUSDT"}""");
        Assert.Equal(-2043, Ok(await PublicAsync("referencePrice", S("symbol", "BTCUSDT"))).GetProperty("code").GetInt32());
        AssertError(await PublicAsync("referencePrice.calculation", S("symbol", "BTCUSDT")), 400, -2043);
    }

    [Fact]
    public async Task Seeded_book_fills_a_market_order_at_the_seeded_price()
    {
        JsonElement seeded = await PostOkAsync("admin/book/seed",
            """{"symbol":"BTCUSDT","clear":true,"bids":[["59990.12","0.5"]],"asks":[["60010.34","0.002"],["60020","1"]]}""");
        Assert.Equal(3, seeded.GetProperty("orderIds").GetArrayLength());

        JsonElement depth = Ok(await PublicAsync("depth", S("symbol", "BTCUSDT")));
        Assert.Equal("60010.34000000", depth.GetProperty("asks")[0][0].GetString());
        Assert.Equal("59990.12000000", depth.GetProperty("bids")[0][0].GetString());

        JsonElement order = Ok(await SignedAsync("order.place",
            S("symbol", "BTCUSDT"), S("side", "BUY"), S("type", "MARKET"), S("quantity", "0.002"), S("newOrderRespType", "FULL")));
        Assert.Equal("FILLED", order.GetProperty("status").GetString());
        Assert.All(order.GetProperty("fills").EnumerateArray(), f => Assert.Equal("60010.34000000", f.GetProperty("price").GetString()));

        // clear stopped the ladder: the book holds only what was seeded and is left.
        JsonElement after = Ok(await PublicAsync("depth", S("symbol", "BTCUSDT")));
        Assert.Equal("60020.00000000", after.GetProperty("asks")[0][0].GetString());
        Assert.Equal(1, after.GetProperty("asks").GetArrayLength());

        Assert.Equal(2, (await PostOkAsync("admin/book/clear", """{"symbol":"BTCUSDT"}""")).GetProperty("canceled").GetInt32());
        Assert.Empty(Emulator.CheckSpotInvariants());
    }

    [Fact]
    public async Task Market_maker_on_and_off()
    {
        await PostOkAsync("admin/book/clear", """{"symbol":"BTCUSDT"}""");
        Assert.Equal(0, Ok(await PublicAsync("depth", S("symbol", "BTCUSDT"))).GetProperty("asks").GetArrayLength());

        Assert.True((await PostOkAsync("admin/market-maker", """{"symbol":"BTCUSDT","enabled":true}""")).GetProperty("enabled").GetBoolean());
        // The ladder is refilled at the end of the engine operation that enabled it.
        Assert.Equal(5, Ok(await PublicAsync("depth", S("symbol", "BTCUSDT"))).GetProperty("asks").GetArrayLength());

        var (status, body) = await PostAsync("admin/market-maker", """{"symbol":"LTCBTC","enabled":true}""");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("ladder", body.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mark_price_of_both_futures_markets()
    {
        JsonElement usdM = await PostOkAsync("admin/mark-price", """{"symbol":"BTCUSDT","price":"61000.5"}""");
        Assert.Equal("usdm", usdM.GetProperty("market").GetString());
        Assert.Equal(61000.5m, Emulator.GetMarkPrice("BTCUSDT"));

        await PostOkAsync("admin/mark-price", """{"symbol":"ETHUSD_PERP","market":"coinm","price":3100}""");
        Assert.Equal(3100m, Emulator.GetMarkPrice("ETHUSD_PERP"));

        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync("admin/mark-price", """{"symbol":"BTCUSD_PERP","market":"usdm","price":"1"}""")).Status);
    }

    [Fact]
    public async Task Halted_symbol_refuses_new_orders_and_allows_cancels()
    {
        JsonElement resting = Ok(await SignedAsync("order.place",
            S("symbol", "BTCUSDT"), S("side", "BUY"), S("type", "LIMIT"), S("timeInForce", "GTC"), S("price", "59000"), S("quantity", "0.001")));

        JsonElement set = await PostOkAsync("admin/symbol-status", """{"symbol":"BTCUSDT","status":"HALT"}""");
        Assert.Equal("HALT", set.GetProperty("status").GetString());
        JsonElement info = Ok(await PublicAsync("exchangeInfo", S("symbol", "BTCUSDT")));
        Assert.Equal("HALT", info.GetProperty("symbols")[0].GetProperty("status").GetString());

        JsonElement refused = await SignedAsync("order.place",
            S("symbol", "BTCUSDT"), S("side", "BUY"), S("type", "LIMIT"), S("timeInForce", "GTC"), S("price", "59000"), S("quantity", "0.001"));
        AssertError(refused, 400, -2010);
        Assert.Equal("Market is closed.", refused.GetProperty("error").GetProperty("msg").GetString());

        JsonElement canceled = Ok(await SignedAsync("order.cancel", S("symbol", "BTCUSDT"), ("orderId", resting.GetProperty("orderId").GetRawText())));
        Assert.Equal("CANCELED", canceled.GetProperty("status").GetString());

        await PostOkAsync("admin/symbol-status", """{"symbol":"BTCUSDT","status":"TRADING"}""");
        Ok(await SignedAsync("order.test", S("symbol", "BTCUSDT"), S("side", "BUY"), S("type", "MARKET"), S("quantity", "0.001")));
    }

    [Fact]
    public async Task Cancel_only_symbol_refuses_new_orders_allows_cancels_and_shows_in_exchange_info()
    {
        JsonElement resting = Ok(await SignedAsync("order.place",
            S("symbol", "BTCUSDT"), S("side", "BUY"), S("type", "LIMIT"), S("timeInForce", "GTC"), S("price", "59000"), S("quantity", "0.001")));

        Assert.Equal("CANCEL_ONLY", (await PostOkAsync("admin/symbol-status", """{"symbol":"BTCUSDT","status":"CANCEL_ONLY"}""")).GetProperty("status").GetString());
        JsonElement listed = Ok(await PublicAsync("exchangeInfo", S("symbolStatus", "CANCEL_ONLY")));
        JsonElement only = Assert.Single(listed.GetProperty("symbols").EnumerateArray());
        Assert.Equal(("BTCUSDT", "CANCEL_ONLY"), (only.GetProperty("symbol").GetString(), only.GetProperty("status").GetString()));

        JsonElement refused = await SignedAsync("order.place", S("symbol", "BTCUSDT"), S("side", "BUY"), S("type", "MARKET"), S("quantity", "0.001"));
        AssertError(refused, 400, -2010);
        Assert.Equal("Market is closed.", refused.GetProperty("error").GetProperty("msg").GetString());
        JsonElement canceled = Ok(await SignedAsync("order.cancel", S("symbol", "BTCUSDT"), ("orderId", resting.GetProperty("orderId").GetRawText())));
        Assert.Equal("CANCELED", canceled.GetProperty("status").GetString());
    }
}
