using System.Text.Json;
using Binance.WsApi.Emulator.Tests.Infrastructure;

namespace Binance.WsApi.Emulator.Tests.Spot;

/// <summary>Market data over the WebSocket from known trades (no seeded history on this emulator), weights and documented errors.</summary>
public sealed class SpotMarketDataWsTests : SpotWsTestBase
{
    // Tests move the clock by hours: keep pings and the connection lifetime out of the way.
    internal override Action<EmulatorOptions>? Configure => o =>
    {
        o.SeedMarketHistory = false;
        o.SpotPingInterval = TimeSpan.FromDays(30);
        o.MaxConnectionLifetime = TimeSpan.FromDays(30);
    };

    private static (string, string) A(string name, params string[] values) => (name, "[" + string.Join(",", values.Select(v => $"\"{v}\"")) + "]");

    private static int Weight(JsonElement response) => response.GetProperty("rateLimits")[0].GetProperty("count").GetInt32();

    [Fact]
    public async Task Klines_and_ui_klines_are_computed_from_the_trades()
    {
        long t0 = Time.Ms();
        Emulator.RecordTrade("BTCUSDT", 100m, 1m);
        Time.Advance(TimeSpan.FromSeconds(20));
        Emulator.RecordTrade("BTCUSDT", 110m, 2m, isBuyerMaker: true);
        Time.Advance(TimeSpan.FromSeconds(20));
        Emulator.RecordTrade("BTCUSDT", 90m, 1m);
        Time.Advance(TimeSpan.FromSeconds(30));
        Emulator.RecordTrade("BTCUSDT", 95m, 3m);

        foreach (string method in new[] { "klines", "uiKlines" })
        {
            JsonElement response = await Public(method, S("symbol", "BTCUSDT"), S("interval", "1m"));
            AssertFields($"spot-{method}.response.json", response);
            Assert.Equal(Fixtures.Json($"spot-{method}.response.json").GetProperty("result")[0].GetArrayLength(), Ok(response)[0].GetArrayLength());
            JsonElement[] klines = [.. Ok(response).EnumerateArray()];
            Assert.Equal(2, klines.Length);
            Assert.Equal(12, klines[0].GetArrayLength());
            long open = t0 - 1_000; // the clock starts one second into a minute
            Assert.Equal(
                $"[{open},\"100.00000000\",\"110.00000000\",\"90.00000000\",\"90.00000000\",\"4.00000000\",{open + 59_999},\"410.00000000\",3,\"2.00000000\",\"190.00000000\",\"0\"]",
                klines[0].GetRawText());
            Assert.Equal("95.00000000", klines[1][4].GetString());
        }

        Assert.Single(Ok(await Public("klines", S("symbol", "BTCUSDT"), S("interval", "1m"), N("limit", 1))).EnumerateArray());
        Assert.Single(Ok(await Public("klines", S("symbol", "BTCUSDT"), S("interval", "1h"), S("timeZone", "-1:00"))).EnumerateArray());
        AssertError(await Public("klines", S("symbol", "BTCUSDT"), S("interval", "2m")), 400, -1120, "Invalid interval.");
        AssertError(await Public("klines", S("symbol", "BTCUSDT")), 400, -1102, "Mandatory parameter 'interval' was not sent, was empty/null, or malformed.");
        AssertError(await Public("klines", S("symbol", "BTCUSDT"), S("interval", "1m"), S("timeZone", "15:00")), 400, -1130, "Data sent for parameter 'timeZone' is not valid.");
        AssertError(await Public("klines", S("symbol", "NOPE"), S("interval", "1m")), 400, -1121, "Invalid symbol.");
    }

    [Fact]
    public async Task Rolling_24h_statistics_from_known_trades()
    {
        Emulator.RecordTrade("BTCUSDT", 100m, 1m);
        Time.Advance(TimeSpan.FromHours(1));
        Emulator.RecordTrade("BTCUSDT", 110m, 2m);
        Time.Advance(TimeSpan.FromHours(1));
        Emulator.RecordTrade("BTCUSDT", 90m, 1m, isBuyerMaker: true);
        Time.Advance(TimeSpan.FromHours(22) + TimeSpan.FromMinutes(1)); // the first trade leaves the 24 h window
        Emulator.AddLiquidity("BTCUSDT", isBuy: true, 89m, 0.5m);

        JsonElement full = await Public("ticker.24hr", S("symbol", "BTCUSDT"));
        AssertFields("spot-ticker.24hr.response-full-single.json", full);
        JsonElement t = Ok(full);
        Assert.Equal(
            ("-20.00000000", "-18.182", "103.33333333", "100.00000000", "110.00000000", "90.00000000", "90.00000000", "1.00000000", "3.00000000", "310.00000000"),
            (t.GetProperty("priceChange").GetString(), t.GetProperty("priceChangePercent").GetString(), t.GetProperty("weightedAvgPrice").GetString(),
             t.GetProperty("prevClosePrice").GetString(), t.GetProperty("openPrice").GetString(), t.GetProperty("lowPrice").GetString(),
             t.GetProperty("lastPrice").GetString(), t.GetProperty("lastQty").GetString(), t.GetProperty("volume").GetString(), t.GetProperty("quoteVolume").GetString()));
        Assert.Equal((2L, 3L, 2), (t.GetProperty("firstId").GetInt64(), t.GetProperty("lastId").GetInt64(), t.GetProperty("count").GetInt32()));
        Assert.Equal(("89.00000000", "0.50000000"), (t.GetProperty("bidPrice").GetString(), t.GetProperty("bidQty").GetString()));
        Assert.Equal(86_400_000L, t.GetProperty("closeTime").GetInt64() - t.GetProperty("openTime").GetInt64());

        JsonElement mini = await Public("ticker.24hr", S("symbol", "BTCUSDT"), S("type", "MINI"));
        AssertFields("spot-ticker.24hr.response-mini-single.json", mini);
        Assert.False(Ok(mini).TryGetProperty("priceChange", out _));

        JsonElement week = Ok(await Public("ticker", S("symbol", "BTCUSDT"), S("windowSize", "2d")));
        Assert.Equal((3, "100.00000000"), (week.GetProperty("count").GetInt32(), week.GetProperty("openPrice").GetString()));
        Assert.Equal(0, Ok(await Public("ticker", S("symbol", "BTCUSDT"), S("windowSize", "1h"))).GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Avg_price_is_the_five_minute_volume_weighted_price()
    {
        Emulator.RecordTrade("BTCUSDT", 100m, 1m);
        Time.Advance(TimeSpan.FromMinutes(2));
        Emulator.RecordTrade("BTCUSDT", 200m, 3m);
        long last = Time.Ms();

        JsonElement avg = await Public("avgPrice", S("symbol", "BTCUSDT"));
        AssertFields("spot-avgPrice.response.json", avg);
        Assert.Equal((5, "175.00000000", last), (Ok(avg).GetProperty("mins").GetInt32(), Ok(avg).GetProperty("price").GetString(), Ok(avg).GetProperty("closeTime").GetInt64()));

        Time.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal("200.00000000", Ok(await Public("avgPrice", S("symbol", "BTCUSDT"))).GetProperty("price").GetString());
    }

    [Fact]
    public async Task Depth_orders_levels_limits_them_and_weighs_by_limit()
    {
        foreach (decimal bid in new[] { 59990m, 59995m, 59980m })
        {
            Emulator.AddLiquidity("BTCUSDT", isBuy: true, bid, 0.1m);
        }

        Emulator.AddLiquidity("BTCUSDT", isBuy: true, 59995m, 0.2m);
        foreach (decimal ask in new[] { 60010m, 60005m, 60020m })
        {
            Emulator.AddLiquidity("BTCUSDT", isBuy: false, ask, 0.1m);
        }

        JsonElement depth = await Public("depth", S("symbol", "BTCUSDT"));
        AssertFields("spot-depth.response.json", depth);
        Assert.Equal(["59995.00000000", "59990.00000000", "59980.00000000"], Ok(depth).GetProperty("bids").EnumerateArray().Select(l => l[0].GetString()));
        Assert.Equal("0.30000000", Ok(depth).GetProperty("bids")[0][1].GetString());
        Assert.Equal(["60005.00000000", "60010.00000000", "60020.00000000"], Ok(depth).GetProperty("asks").EnumerateArray().Select(l => l[0].GetString()));

        JsonElement two = await Public("depth", S("symbol", "BTCUSDT"), N("limit", 2));
        Assert.Equal((2, 2), (Ok(two).GetProperty("bids").GetArrayLength(), Ok(two).GetProperty("asks").GetArrayLength()));
        int before = Weight(two);
        Assert.Equal(before + 25, Weight(await Public("depth", S("symbol", "BTCUSDT"), N("limit", 500))));
        Assert.Equal(before + 25 + 50, Weight(await Public("depth", S("symbol", "BTCUSDT"), N("limit", 1000))));
        Assert.Equal(before + 25 + 50 + 250, Weight(Ok2(await Public("depth", S("symbol", "BTCUSDT"), N("limit", 6000)))));
        AssertError(await Public("depth", S("symbol", "BTCUSDT"), N("limit", 0)), 400, -1130, "Data sent for parameter 'limit' is not valid.");
        AssertError(await Public("depth"), 400, -1102, "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.");
    }

    private static JsonElement Ok2(JsonElement response)
    {
        Ok(response);
        return response;
    }

    [Fact]
    public async Task Trades_and_aggregate_trades_group_one_taker_order_at_one_price()
    {
        Emulator.AddLiquidity("BTCUSDT", isBuy: false, 60000m, 0.01m);
        Emulator.AddLiquidity("BTCUSDT", isBuy: false, 60000m, 0.02m);
        Emulator.AddLiquidity("BTCUSDT", isBuy: false, 60001m, 0.01m);
        Ok(await Signed("order.place", S("symbol", "BTCUSDT"), S("side", "BUY"), S("type", "MARKET"), S("quantity", "0.04")));
        Emulator.RecordTrade("BTCUSDT", 60001m, 0.01m);

        JsonElement recent = await Public("trades.recent", S("symbol", "BTCUSDT"));
        AssertFields("spot-trades.recent.response.json", recent);
        Assert.Equal([1L, 2L, 3L, 4L], Ok(recent).EnumerateArray().Select(t => t.GetProperty("id").GetInt64()));
        Assert.False(Ok(recent)[0].GetProperty("isBuyerMaker").GetBoolean());
        JsonElement historical = await Public("trades.historical", S("symbol", "BTCUSDT"), N("fromId", 3), N("limit", 1));
        AssertFields("spot-trades.historical.response.json", historical);
        Assert.Equal(3, Assert.Single(Ok(historical).EnumerateArray()).GetProperty("id").GetInt64());

        JsonElement aggregate = await Public("trades.aggregate", S("symbol", "BTCUSDT"));
        AssertFields("spot-trades.aggregate.response.json", aggregate);
        JsonElement[] a = [.. Ok(aggregate).EnumerateArray()];
        Assert.Equal(["0.03000000", "0.01000000", "0.01000000"], a.Select(x => x.GetProperty("q").GetString()));
        Assert.Equal((1L, 2L), (a[0].GetProperty("f").GetInt64(), a[0].GetProperty("l").GetInt64()));
        Assert.Equal(2, Assert.Single(Ok(await Public("trades.aggregate", S("symbol", "BTCUSDT"), N("fromId", 2))).EnumerateArray()).GetProperty("a").GetInt64());
        Assert.Equal(3, Ok(await Public("trades.aggregate", S("symbol", "BTCUSDT"), N("startTime", Time.Ms() - 1000), N("endTime", Time.Ms()))).GetArrayLength());
        AssertError(await Public("trades.aggregate", S("symbol", "BTCUSDT"), N("fromId", 1), N("startTime", 1)), 400, -1128, "Combination of optional parameters invalid.");

        JsonElement block = await Public("blockTrades.historical", S("symbol", "BTCUSDT"), N("fromId", 1));
        Assert.Equal(0, Ok(block).GetArrayLength()); // the emulator has no block trades, so the fixture's item fields cannot appear
        Assert.Equal(JsonValueKind.Array, Fixtures.Json("spot-blockTrades.historical.response.json").GetProperty("result").ValueKind);
        AssertError(await Public("blockTrades.historical", S("symbol", "BTCUSDT")), 400, -1102, "Mandatory parameter 'fromId' was not sent, was empty/null, or malformed.");

        JsonElement mine = Ok(await Signed("myTrades", S("symbol", "BTCUSDT")));
        Assert.Equal(3, mine.GetArrayLength());
    }

    [Fact]
    public async Task Tickers_one_symbol_is_an_object_several_an_array()
    {
        Emulator.RecordTrade("BTCUSDT", 60000m, 1m);
        Emulator.RecordTrade("ETHUSDT", 3000m, 1m);
        Emulator.AddLiquidity("BTCUSDT", isBuy: false, 60001m, 0.3m);

        AssertFields("spot-ticker.24hr.response-full-multi.json", await Public("ticker.24hr", A("symbols", "BTCUSDT", "ETHUSDT")));
        JsonElement all = await Public("ticker.24hr");
        Assert.Equal(7, Ok(all).GetArrayLength());
        Assert.Equal(2 + 2 + 80, Weight(all)); // handshake, two symbols, all symbols
        AssertFields("spot-ticker.tradingDay.response-full-single.json", await Public("ticker.tradingDay", S("symbol", "BTCUSDT")));
        AssertFields("spot-ticker.tradingDay.response-mini-single.json", await Public("ticker.tradingDay", S("symbol", "BTCUSDT"), S("type", "MINI")));
        AssertFields("spot-ticker.tradingDay.response-full-multi.json", await Public("ticker.tradingDay", A("symbols", "BTCUSDT", "ETHUSDT")));
        AssertFields("spot-ticker.tradingDay.response-mini-multi.json", await Public("ticker.tradingDay", A("symbols", "BTCUSDT", "ETHUSDT"), S("type", "MINI")));
        JsonElement day = Ok(await Public("ticker.tradingDay", S("symbol", "BTCUSDT"), S("timeZone", "0")));
        Assert.Equal((new DateTimeOffset(2026, 1, 15, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(), 1), (day.GetProperty("openTime").GetInt64(), day.GetProperty("count").GetInt32()));
        Assert.Equal(86_399_999L, day.GetProperty("closeTime").GetInt64() - day.GetProperty("openTime").GetInt64());
        AssertFields("spot-ticker.response-full-single.json", await Public("ticker", S("symbol", "BTCUSDT"), S("windowSize", "7d")));
        AssertFields("spot-ticker.response-mini-single.json", await Public("ticker", S("symbol", "BTCUSDT"), S("type", "MINI")));
        JsonElement rolling = await Public("ticker", A("symbols", "BTCUSDT", "ETHUSDT"));
        AssertFields("spot-ticker.response-full-multi.json", rolling);

        JsonElement price = await Public("ticker.price", S("symbol", "BTCUSDT"));
        AssertFields("spot-ticker.price.response-single.json", price);
        Assert.Equal("60000.00000000", Ok(price).GetProperty("price").GetString());
        AssertFields("spot-ticker.price.response-multi.json", await Public("ticker.price", A("symbols", "BTCUSDT", "ETHUSDT")));
        Assert.Equal(7, Ok(await Public("ticker.price")).GetArrayLength());
        JsonElement book = await Public("ticker.book", S("symbol", "BTCUSDT"));
        AssertFields("spot-ticker.book.response-single.json", book);
        Assert.Equal(("60001.00000000", "0.30000000", "0.00000000"),
            (Ok(book).GetProperty("askPrice").GetString(), Ok(book).GetProperty("askQty").GetString(), Ok(book).GetProperty("bidPrice").GetString()));
        AssertFields("spot-ticker.book.response-multi.json", await Public("ticker.book", A("symbols", "BTCUSDT", "ETHUSDT")));
    }

    [Theory]
    [InlineData("ticker.24hr", "{\"symbol\":\"BTCUSDT\",\"symbols\":[\"ETHUSDT\"]}", -1128, "Combination of optional parameters invalid.")]
    [InlineData("ticker.24hr", "{\"symbols\":[\"BTCUSDT\",\"BTCUSDT\"]}", -1151, "Symbol is present multiple times in the list.")]
    [InlineData("ticker.24hr", "{\"symbols\":[\"BTCUSDT\",\"NOPE\"]}", -1121, "Invalid symbol.")]
    [InlineData("ticker.24hr", "{\"symbol\":\"BTCUSDT\",\"type\":\"BIG\"}", -1139, "Invalid ticker type.")]
    [InlineData("ticker.price", "{\"symbolStatus\":\"OPEN\"}", -1122, "Invalid symbolStatus.")]
    [InlineData("ticker.price", "{\"symbol\":\"BTCUSDT\",\"symbolStatus\":\"HALT\"}", -1220, "The symbol's status does not match the requested symbolStatus.")]
    [InlineData("ticker", "{}", -1102, "Param 'symbol' or 'symbols' must be sent, but both were empty/null!")]
    [InlineData("ticker", "{\"symbol\":\"BTCUSDT\",\"windowSize\":\"60m\"}", -1130, "Data sent for parameter 'windowSize' is not valid.")]
    [InlineData("ticker.tradingDay", "{\"symbol\":\"BTCUSDT\",\"timeZone\":\"-13\"}", -1130, "Data sent for parameter 'timeZone' is not valid.")]
    [InlineData("avgPrice", "{\"symbol\":\"NOPE\"}", -1121, "Invalid symbol.")]
    [InlineData("trades.recent", "{}", -1102, "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.")]
    public async Task Documented_errors(string method, string parameters, int code, string message) =>
        AssertError(await Client.RequestAsync($"{{\"id\":1,\"method\":\"{method}\",\"params\":{parameters}}}"), 400, code, message);

    [Fact]
    public async Task Symbol_status_filters_lists()
    {
        JsonElement breakOnly = Ok(await Public("ticker.price", S("symbolStatus", "BREAK")));
        Assert.Equal("LTCBTC", Assert.Single(breakOnly.EnumerateArray()).GetProperty("symbol").GetString());
    }

    [Fact]
    public async Task Reference_price_never_set_null_and_set()
    {
        JsonElement never = await Public("referencePrice", S("symbol", "BTCUSDT"));
        AssertFields("spot-referencePrice.response-never-set.json", never);
        Assert.Equal((200, -2043), (never.GetProperty("status").GetInt32(), Ok(never).GetProperty("code").GetInt32()));
        JsonElement expected = Fixtures.Json("spot-referencePrice.calculation.response-error-2043.json").GetProperty("error");
        AssertError(await Public("referencePrice.calculation", S("symbol", "BTCUSDT")), 400, expected.GetProperty("code").GetInt32(), expected.GetProperty("msg").GetString()!);

        Emulator.SetReferencePrice("BTCUSDT", null);
        JsonElement none = await Public("referencePrice", S("symbol", "BTCUSDT"));
        AssertFields("spot-referencePrice.response-null.json", none);
        Assert.Equal(JsonValueKind.Null, Ok(none).GetProperty("referencePrice").ValueKind);

        Emulator.SetReferencePrice("BTCUSDT", 60000.5m);
        JsonElement set = await Public("referencePrice", S("symbol", "BTCUSDT"));
        AssertFields("spot-referencePrice.response-set.json", set);
        Assert.Equal(("60000.50000000", Time.Ms()), (Ok(set).GetProperty("referencePrice").GetString(), Ok(set).GetProperty("timestamp").GetInt64()));
        AssertFields("spot-referencePrice.calculation.response-arithmetic-mean.json", await Public("referencePrice.calculation", S("symbol", "BTCUSDT")));
    }

    [Fact]
    public async Task Execution_rules_per_symbol_with_weights()
    {
        JsonElement one = await Public("executionRules", S("symbol", "BTCUSDT"));
        AssertFields("spot-executionRules.response.json", one);
        Assert.Equal("PRICE_RANGE", Ok(one).GetProperty("symbolRules")[0].GetProperty("rules")[0].GetProperty("ruleType").GetString());
        Assert.False(one.TryGetProperty("rateLimits", out _)); // as the documented example; the weight shows in the next ping
        Assert.Equal(2 + 2 + 1, Weight(await Public("ping")));
        JsonElement all = await Public("executionRules");
        Assert.Equal(7, Ok(all).GetProperty("symbolRules").GetArrayLength());
        Assert.Equal(2 + 2 + 1 + 40 + 1, Weight(await Public("ping")));
    }
}
