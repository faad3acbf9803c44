using System.Text.Json;
using Binance.WsApi.Emulator.Tests.Infrastructure;

namespace Binance.WsApi.Emulator.Tests.UserData;

/// <summary>Engine activity → executionReport / listStatus / outboundAccountPosition, in the order of docs/protocol.md §8.3.</summary>
public sealed class OrderEventTests : UserDataTestBase
{
    private static string F8(decimal value) => value.ToString("0.00000000", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Limit_order_sweeping_two_levels_then_resting_and_cancelled()
    {
        Emulator.AddLiquidity("BTCUSDT", isBuy: false, 60000m, 0.01m);
        Emulator.AddLiquidity("BTCUSDT", isBuy: false, 60001m, 0.02m);
        int sub = await SubscribeAsync();

        JsonElement placed = Ok(await Signed("order.place", S("symbol", "BTCUSDT"), S("side", "BUY"), S("type", "LIMIT"), S("timeInForce", "GTC"),
            S("price", "60001"), S("quantity", "0.05"), S("newClientOrderId", "buy1")));
        long orderId = placed.GetProperty("orderId").GetInt64();

        List<JsonElement> frames = await Client.NextEventsAsync(4);
        JsonElement created = Event(frames[0], sub, "executionReport");
        JsonElement trade1 = Event(frames[1], sub, "executionReport");
        JsonElement trade2 = Event(frames[2], sub, "executionReport");
        JsonElement position = Event(frames[3], sub, "outboundAccountPosition");
        AssertSameFields("spot-event-executionReport.json", frames[0], absent: ["v"]);
        AssertSameFields("spot-event-executionReport.json", frames[1], absent: ["v"]);
        AssertSameFields("spot-event-outboundAccountPosition.json", frames[3]);

        Assert.Equal(["NEW/NEW", "TRADE/PARTIALLY_FILLED", "TRADE/PARTIALLY_FILLED"],
            new[] { created, trade1, trade2 }.Select(e => Str(e, "x") + "/" + Str(e, "X")));
        foreach (JsonElement e in new[] { created, trade1, trade2 })
        {
            Assert.Equal(orderId, e.GetProperty("i").GetInt64());
            Assert.Equal("buy1", Str(e, "c"));
            Assert.Equal("", Str(e, "C"));
            Assert.Equal("BTCUSDT", Str(e, "s"));
            Assert.Equal("BUY", Str(e, "S"));
            Assert.Equal("LIMIT", Str(e, "o"));
            Assert.Equal("GTC", Str(e, "f"));
            Assert.Equal("0.05000000", Str(e, "q"));
            Assert.Equal("60001.00000000", Str(e, "p"));
            Assert.Equal(-1, e.GetProperty("g").GetInt64());
            Assert.Equal(Time.Ms(), e.GetProperty("T").GetInt64());
            Assert.Equal("EXPIRE_MAKER", Str(e, "V")); // the symbols' default STP mode
        }

        Assert.Equal(-1, created.GetProperty("t").GetInt64());
        Assert.Equal("0", Str(created, "n"));
        Assert.Equal(JsonValueKind.Null, created.GetProperty("N").ValueKind);
        Assert.Equal("0.00000000", Str(created, "z"));

        Assert.Equal("0.01000000", Str(trade1, "l"));
        Assert.Equal("60000.00000000", Str(trade1, "L"));
        Assert.Equal("600.00000000", Str(trade1, "Y"));
        Assert.Equal("0.01000000", Str(trade1, "z"));
        Assert.Equal("0.00001000", Str(trade1, "n")); // 0.1 % of the BTC received
        Assert.Equal("BTC", Str(trade1, "N"));
        Assert.False(trade1.GetProperty("m").GetBoolean());
        Assert.True(trade1.GetProperty("M").GetBoolean());
        Assert.Equal("0.02000000", Str(trade2, "l"));
        Assert.Equal("60001.00000000", Str(trade2, "L"));
        Assert.Equal("1200.02000000", Str(trade2, "Y"));
        Assert.Equal("1800.02000000", Str(trade2, "Z"));
        Assert.True(created.GetProperty("I").GetInt64() < trade1.GetProperty("I").GetInt64());
        Assert.True(trade1.GetProperty("I").GetInt64() < trade2.GetProperty("I").GetInt64());

        // The stream agrees with the engine's own answers.
        JsonElement status = Ok(await Signed("order.status", S("symbol", "BTCUSDT"), N("orderId", orderId)));
        Assert.Equal(Str(status, "executedQty"), Str(trade2, "z"));
        Assert.Equal(Str(status, "cummulativeQuoteQty"), Str(trade2, "Z"));
        JsonElement trades = Ok(await Signed("myTrades", S("symbol", "BTCUSDT"), N("orderId", orderId)));
        Assert.Equal(trades.EnumerateArray().Select(t => t.GetProperty("id").GetInt64()), [trade1.GetProperty("t").GetInt64(), trade2.GetProperty("t").GetInt64()]);
        var balances = position.GetProperty("B").EnumerateArray().ToDictionary(b => Str(b, "a"));
        Assert.Equal(["BTC", "USDT"], balances.Keys.Order());
        foreach (var (asset, b) in balances)
        {
            var (free, locked) = Emulator.GetBalance(DemoAccount.HmacApiKey, asset);
            Assert.Equal(F8(free), Str(b, "f"));
            Assert.Equal(F8(locked), Str(b, "l"));
        }

        Ok(await Signed("order.cancel", S("symbol", "BTCUSDT"), N("orderId", orderId), S("newClientOrderId", "cxl1")));
        List<JsonElement> cancel = await Client.NextEventsAsync(2);
        JsonElement canceled = Event(cancel[0], sub, "executionReport");
        AssertSameFields("spot-event-executionReport.json", cancel[0], absent: ["v"]);
        Assert.Equal("CANCELED/CANCELED", Str(canceled, "x") + "/" + Str(canceled, "X"));
        Assert.Equal("cxl1", Str(canceled, "c"));
        Assert.Equal("buy1", Str(canceled, "C"));
        Assert.False(canceled.GetProperty("w").GetBoolean());
        Assert.Equal(-1, canceled.GetProperty("t").GetInt64());
        JsonElement released = Event(cancel[1], sub, "outboundAccountPosition");
        Assert.Equal("USDT", Str(released.GetProperty("B")[0], "a"));
        Assert.Equal("0.00000000", Str(released.GetProperty("B")[0], "l"));
    }

    [Fact]
    public async Task Market_order_running_out_of_liquidity_reports_like_the_faq()
    {
        Emulator.AddLiquidity("BTCUSDT", isBuy: false, 60000m, 0.02m);
        Emulator.AddLiquidity("BTCUSDT", isBuy: false, 60000m, 0.02m);
        int sub = await SubscribeAsync();

        Ok(await Signed("order.place", S("symbol", "BTCUSDT"), S("side", "BUY"), S("type", "MARKET"), S("quantity", "0.06")));

        JsonElement[] faq = [.. Fixtures.Json("spot-faq-market-order-expired.user-stream-sequence.json").EnumerateArray()];
        List<JsonElement> frames = await Client.NextEventsAsync(faq.Length);
        for (int i = 0; i < faq.Length; i++)
        {
            JsonElement ours = Event(frames[i], sub, faq[i].GetProperty("e").GetString()!);
            var expected = Fixtures.PropertyPaths(faq[i]);
            if (i == 3)
            {
                expected.Add("eR"); // the expiry reason the current docs add to EXPIRED reports
                Assert.Equal("INSUFFICIENT_LIQUIDITY", Str(ours, "eR"));
            }

            Assert.Equal(string.Join(",", expected), string.Join(",", Fixtures.PropertyPaths(ours)));
            if (ours.GetProperty("e").GetString() == "executionReport")
            {
                foreach (string field in new[] { "x", "X", "o", "f", "C", "r" })
                {
                    Assert.Equal(Str(faq[i], field), Str(ours, field));
                }

                foreach (string field in new[] { "w", "m", "M" })
                {
                    Assert.True(faq[i].GetProperty(field).GetBoolean() == ours.GetProperty(field).GetBoolean(), $"{field} of event {i}: {ours}");
                }

                Assert.Equal(faq[i].GetProperty("t").GetInt64() == -1, ours.GetProperty("t").GetInt64() == -1);
                Assert.Equal(faq[i].GetProperty("N").ValueKind, ours.GetProperty("N").ValueKind);
            }
        }

        Assert.Equal("0.04000000", Str(frames[3].GetProperty("event"), "z"));
    }

    [Fact]
    public async Task Ioc_remainder_expires_after_its_trade()
    {
        Emulator.AddLiquidity("BTCUSDT", isBuy: true, 60000m, 0.01m);
        int sub = await SubscribeAsync();

        Ok(await Signed("order.place", S("symbol", "BTCUSDT"), S("side", "SELL"), S("type", "LIMIT"), S("timeInForce", "IOC"),
            S("price", "60000"), S("quantity", "0.03")));

        List<JsonElement> frames = await Client.NextEventsAsync(4);
        Assert.Equal(["NEW/NEW", "TRADE/PARTIALLY_FILLED", "EXPIRED/EXPIRED"],
            frames.Take(3).Select(f => Event(f, sub, "executionReport")).Select(e => Str(e, "x") + "/" + Str(e, "X")));
        AssertSameFields("spot-event-executionReport.json", frames[2], absent: ["v"], extra: ["eR"]);
        Assert.Equal("UNFILLED_IOC_QUANTITY_EXPIRED", Str(frames[2].GetProperty("event"), "eR"));
        Assert.Equal("USDT", Str(frames[1].GetProperty("event"), "N")); // the seller receives quote
        Event(frames[3], sub, "outboundAccountPosition");
    }

    [Fact]
    public async Task Oco_reports_both_legs_and_list_status()
    {
        Emulator.RecordTrade("BTCUSDT", 60000m, 0.001m);
        int sub = await SubscribeAsync();

        JsonElement placed = Ok(await Signed("orderList.place.oco", S("symbol", "BTCUSDT"), S("side", "SELL"), S("quantity", "0.1"),
            S("aboveType", "LIMIT_MAKER"), S("abovePrice", "61000"), S("belowType", "STOP_LOSS_LIMIT"), S("belowPrice", "58900"),
            S("belowStopPrice", "59000"), S("belowTimeInForce", "GTC"), S("listClientOrderId", "myOco")));

        List<JsonElement> frames = await Client.NextEventsAsync(4);
        Assert.Equal(["executionReport", "executionReport", "listStatus", "outboundAccountPosition"],
            frames.Select(f => Str(f.GetProperty("event"), "e")));
        AssertSameFields("spot-event-listStatus.json", frames[2]);
        JsonElement list = Event(frames[2], sub, "listStatus");
        Assert.Equal("OCO", Str(list, "c"));
        Assert.Equal("EXEC_STARTED", Str(list, "l"));
        Assert.Equal("EXECUTING", Str(list, "L"));
        Assert.Equal("NONE", Str(list, "r"));
        Assert.Equal("myOco", Str(list, "C"));
        Assert.Equal(placed.GetProperty("orderListId").GetInt64(), list.GetProperty("g").GetInt64());
        Assert.Equal(placed.GetProperty("orders").EnumerateArray().Select(o => o.GetProperty("orderId").GetInt64()),
            list.GetProperty("O").EnumerateArray().Select(o => o.GetProperty("i").GetInt64()));
        AssertSameFields("spot-event-executionReport.json", frames[0], absent: ["v"]);
        AssertSameFields("spot-event-executionReport.json", frames[1], absent: ["v", "W"]); // the stop leg is not on the book yet
        Assert.Equal("59000.00000000", Str(frames[1].GetProperty("event"), "P"));
        Assert.Equal(list.GetProperty("g").GetInt64(), frames[0].GetProperty("event").GetProperty("g").GetInt64());

        Ok(await Signed("orderList.cancel", S("symbol", "BTCUSDT"), S("listClientOrderId", "myOco"), S("newClientOrderId", "cxlOco")));
        List<JsonElement> cancel = await Client.NextEventsAsync(4);
        Assert.Equal(["CANCELED", "CANCELED"], cancel.Take(2).Select(f => Str(f.GetProperty("event"), "x")));
        Assert.All(cancel.Take(2), f => Assert.Equal("cxlOco", Str(f.GetProperty("event"), "c")));
        JsonElement done = Event(cancel[2], sub, "listStatus");
        Assert.Equal("ALL_DONE", Str(done, "l"));
        Assert.Equal("ALL_DONE", Str(done, "L"));
        Event(cancel[3], sub, "outboundAccountPosition");
    }

    [Fact]
    public async Task Self_trade_prevention_reports_carry_the_prevented_match()
    {
        await SubscribeAsync();
        long maker = Ok(await Signed("order.place", S("symbol", "BTCUSDT"), S("side", "BUY"), S("type", "LIMIT"), S("timeInForce", "GTC"),
            S("price", "60000"), S("quantity", "0.01"))).GetProperty("orderId").GetInt64();
        await Client.NextEventsAsync(2); // NEW, outboundAccountPosition

        long taker = Ok(await Signed("order.place", S("symbol", "BTCUSDT"), S("side", "SELL"), S("type", "LIMIT"), S("timeInForce", "GTC"),
            S("price", "60000"), S("quantity", "0.01"), S("selfTradePreventionMode", "EXPIRE_TAKER"))).GetProperty("orderId").GetInt64();

        var reports = new List<JsonElement>();
        while (true)
        {
            JsonElement e = (await Client.NextEventAsync()).GetProperty("event");
            if (Str(e, "e") == "outboundAccountPosition")
            {
                break;
            }

            reports.Add(e);
        }

        Assert.Equal("NEW", Str(reports[0], "x"));
        Assert.False(reports[0].TryGetProperty("v", out _)); // no STP yet
        JsonElement[] prevention = [.. reports.Where(r => Str(r, "x") == "TRADE_PREVENTION")];
        Assert.Equal([taker, maker], prevention.Select(r => r.GetProperty("i").GetInt64()).Order().Reverse());
        Assert.All(prevention, r => Assert.Equal(prevention[0].GetProperty("v").GetInt64(), r.GetProperty("v").GetInt64()));
        JsonElement expired = reports.Single(r => r.GetProperty("i").GetInt64() == taker && Str(r, "X") == "EXPIRED_IN_MATCH");
        Assert.Equal("EXPIRED", Str(expired, "x"));
        Assert.Equal("0.01000000", Str(expired, "A"));
        Assert.True(expired.TryGetProperty("eR", out _));
        Assert.Equal("EXPIRE_TAKER", Str(expired, "V"));
        Assert.Equal("NEW", Ok(await Signed("order.status", S("symbol", "BTCUSDT"), N("orderId", maker))).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Unsubscribed_connection_gets_no_more_events_and_other_connections_get_theirs()
    {
        await using StreamClient other = await StreamClient.ConnectAsync(Emulator.SpotUri);
        Assert.Equal(0, Ok(await other.RequestAsync(TestSigner.SignedRequest("o", "userDataStream.subscribe.signature", DemoAccount.RsaApiKey, Time.Ms())))
            .GetProperty("subscriptionId").GetInt32());
        Assert.Equal(0, await SubscribeAsync());
        Ok(await Public("userDataStream.unsubscribe"));
        Event(await Client.NextEventAsync(), 0, "eventStreamTerminated");

        Ok(await Signed("order.place", S("symbol", "BTCUSDT"), S("side", "BUY"), S("type", "LIMIT"), S("timeInForce", "GTC"),
            S("price", "50000"), S("quantity", "0.01")));
        Event(await other.NextEventAsync(), 0, "executionReport");
        Event(await other.NextEventAsync(), 0, "outboundAccountPosition");

        // Frames of one connection leave in order: anything for the old subscription would come before this deposit.
        Assert.Equal(1, await SubscribeAsync());
        Emulator.Deposit(DemoAccount.HmacApiKey, "BTC", 1m);
        Event(await Client.NextEventAsync(), 1, "balanceUpdate");
    }
}
