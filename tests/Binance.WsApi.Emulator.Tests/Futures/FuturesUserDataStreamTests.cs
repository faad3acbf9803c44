using System.Net.WebSockets;
using System.Text.Json;
using Binance.WsApi.Emulator.Tests.Infrastructure;

namespace Binance.WsApi.Emulator.Tests.Futures;

/// <summary>The futures user data stream: listen-key stream connections on the emulator's port (docs/protocol.md §6.1).</summary>
public sealed class FuturesUserDataStreamTests : FuturesWsTestBase
{
    private async Task<string> StartKey(RawWsClient client) =>
        Ok(await Stream(client, "userDataStream.start")).GetProperty("listenKey").GetString()!;

    private Uri StreamUri(string path) => new(Emulator.UsdMUri, path);

    [Fact]
    public async Task Stream_paths_accept_a_key_of_their_market_and_refuse_others_with_400()
    {
        string usdm = await StartKey(UsdM);
        string coinm = await StartKey(CoinM);
        Assert.NotEqual(usdm, coinm);

        foreach (string path in new[] { $"/private/ws/{usdm}", $"/ws/{usdm}", $"/dapi/ws/{coinm}", $"/ws/{coinm}" })
        {
            await using RawWsClient stream = await RawWsClient.ConnectAsync(StreamUri(path));
            Assert.Equal(WebSocketState.Open, stream.Socket.State);
        }

        foreach (string path in new[] { $"/private/ws/{coinm}", $"/dapi/ws/{usdm}", "/ws/unknownKey", "/private/ws/unknownKey" })
        {
            var refused = await Assert.ThrowsAsync<WebSocketException>(() => RawWsClient.ConnectAsync(StreamUri(path)));
            Assert.Contains("400", refused.Message, StringComparison.Ordinal);
        }

        Ok(await Stream(UsdM, "userDataStream.stop"));
        await Assert.ThrowsAsync<WebSocketException>(() => RawWsClient.ConnectAsync(StreamUri($"/private/ws/{usdm}")));
        Time.Advance(TimeSpan.FromMinutes(61));
        await Assert.ThrowsAsync<WebSocketException>(() => RawWsClient.ConnectAsync(StreamUri($"/dapi/ws/{coinm}")));
    }

    [Fact]
    public async Task A_stream_connection_pushes_nothing_and_ignores_client_frames()
    {
        string key = await StartKey(UsdM);
        await using RawWsClient stream = await RawWsClient.ConnectAsync(StreamUri($"/private/ws/{key}"));
        await stream.SendAsync("{\"id\":1,\"method\":\"ping\",\"params\":{}}");

        // The request connection still answers in order, and the stream sent no response to the client's frame.
        Ok(await Public(UsdM, "ping"));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => stream.ReceiveTextAsync(TimeSpan.FromMilliseconds(200)));
    }

    private static decimal Dec(JsonElement e, string name) => decimal.Parse(e.GetProperty(name).GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_market_order_pushes_new_trade_lite_trade_and_account_update_consistent_with_the_position()
    {
        string key = await StartKey(UsdM);
        await using RawWsClient stream = await RawWsClient.ConnectAsync(StreamUri($"/private/ws/{key}"));
        Emulator.SetMarkPrice("BTCUSDT", 60000m);
        Emulator.AddFuturesLiquidity("BTCUSDT", isBuy: false, 60000m, 1m);

        JsonElement placed = Ok(await Signed(UsdM, "order.place", S("symbol", "BTCUSDT"), S("side", "BUY"), S("type", "MARKET"),
            S("quantity", "0.1"), S("newClientOrderId", "evt-1")));
        long orderId = placed.GetProperty("orderId").GetInt64();

        JsonElement created = await stream.ReceiveJsonAsync();
        Assert.Equal("ORDER_TRADE_UPDATE", created.GetProperty("e").GetString());
        JsonElement o = created.GetProperty("o");
        Assert.Equal(("BTCUSDT", "evt-1", "BUY", "MARKET", "NEW", "NEW", orderId), (o.GetProperty("s").GetString(), o.GetProperty("c").GetString(),
            o.GetProperty("S").GetString(), o.GetProperty("o").GetString(), o.GetProperty("x").GetString(), o.GetProperty("X").GetString(), o.GetProperty("i").GetInt64()));
        Assert.Equal(0m, Dec(o, "z"));

        JsonElement lite = await stream.ReceiveJsonAsync();
        Assert.Equal("TRADE_LITE", lite.GetProperty("e").GetString());
        Assert.Equal((0.1m, 60000m, false, orderId), (Dec(lite, "l"), Dec(lite, "L"), lite.GetProperty("m").GetBoolean(), lite.GetProperty("i").GetInt64()));

        JsonElement trade = (await stream.ReceiveJsonAsync()).GetProperty("o");
        Assert.Equal(("TRADE", "FILLED", "USDT"), (trade.GetProperty("x").GetString(), trade.GetProperty("X").GetString(), trade.GetProperty("N").GetString()));
        Assert.Equal((0.1m, 0.1m, 60000m, 60000m, 3m, 0m), (Dec(trade, "l"), Dec(trade, "z"), Dec(trade, "L"), Dec(trade, "ap"), Dec(trade, "n"), Dec(trade, "rp")));
        Assert.Equal(lite.GetProperty("t").GetInt64(), trade.GetProperty("t").GetInt64());

        JsonElement update = await stream.ReceiveJsonAsync();
        Assert.Equal("ACCOUNT_UPDATE", update.GetProperty("e").GetString());
        JsonElement a = update.GetProperty("a");
        Assert.Equal("ORDER", a.GetProperty("m").GetString());
        JsonElement balance = Assert.Single(a.GetProperty("B").EnumerateArray());
        Assert.Equal(("USDT", 99997m), (balance.GetProperty("a").GetString(), Dec(balance, "wb"))); // 100000 − 3 commission
        JsonElement p = Assert.Single(a.GetProperty("P").EnumerateArray());

        JsonElement row = Ok(await Signed(UsdM, "account.position", S("symbol", "BTCUSDT")))[0];
        Assert.Equal("BTCUSDT", p.GetProperty("s").GetString());
        Assert.Equal(Dec(row, "positionAmt"), Dec(p, "pa"));
        Assert.Equal(Dec(row, "entryPrice"), Dec(p, "ep"));
        Assert.Equal(Dec(row, "unRealizedProfit"), Dec(p, "up"));
        Assert.Equal(Emulator.GetFuturesBalance(DemoAccount.HmacApiKey, coinMargined: false, "USDT"), Dec(balance, "wb"));
    }

    [Fact]
    public async Task Coinm_events_reach_the_ws_path_and_only_the_owning_market()
    {
        string coinKey = await StartKey(CoinM);
        string usdKey = await StartKey(UsdM);
        await using RawWsClient coin = await RawWsClient.ConnectAsync(StreamUri($"/ws/{coinKey}"));
        await using RawWsClient usd = await RawWsClient.ConnectAsync(StreamUri($"/ws/{usdKey}"));

        long orderId = Ok(await Signed(CoinM, "order.place", S("symbol", "BTCUSD_PERP"), S("side", "BUY"), S("type", "LIMIT"), S("timeInForce", "GTC"),
            S("price", "50000"), N("quantity", 2))).GetProperty("orderId").GetInt64();
        Ok(await Signed(CoinM, "order.cancel", S("symbol", "BTCUSD_PERP"), N("orderId", orderId)));

        JsonElement created = (await coin.ReceiveJsonAsync()).GetProperty("o");
        JsonElement canceled = (await coin.ReceiveJsonAsync()).GetProperty("o");
        Assert.Equal(("NEW", "NEW", 2m, 50000m), (created.GetProperty("x").GetString(), created.GetProperty("X").GetString(), Dec(created, "q"), Dec(created, "p")));
        Assert.Equal(("CANCELED", "CANCELED", orderId), (canceled.GetProperty("x").GetString(), canceled.GetProperty("X").GetString(), canceled.GetProperty("i").GetInt64()));

        // A USD-M event after the COIN-M ones: the USD-M stream's first frame is its own, so it got nothing from COIN-M.
        Emulator.AddFuturesLiquidity("BTCUSDT", isBuy: true, 40000m, 1m);
        Ok(await Signed(UsdM, "order.place", S("symbol", "BTCUSDT"), S("side", "BUY"), S("type", "LIMIT"), S("timeInForce", "GTC"),
            S("price", "39000"), S("quantity", "0.01")));
        JsonElement first = (await usd.ReceiveJsonAsync()).GetProperty("o");
        Assert.Equal(("BTCUSDT", "NEW"), (first.GetProperty("s").GetString(), first.GetProperty("x").GetString()));
    }

    private static async Task AssertExpiredAndClosed(RawWsClient stream, string key, long nowMs)
    {
        JsonElement expired = await stream.ReceiveJsonAsync();
        Assert.Equal(("listenKeyExpired", key, nowMs), (expired.GetProperty("e").GetString(), expired.GetProperty("listenKey").GetString(), expired.GetProperty("E").GetInt64()));
        var (status, _) = await stream.ReceiveCloseAsync();
        Assert.Equal(WebSocketCloseStatus.NormalClosure, status);
    }

    [Fact]
    public async Task A_key_that_expires_on_the_emulator_clock_pushes_listenKeyExpired_and_closes_its_streams()
    {
        string key = await StartKey(UsdM);
        await using RawWsClient stream = await RawWsClient.ConnectAsync(StreamUri($"/private/ws/{key}"));

        Time.Advance(TimeSpan.FromMinutes(59));
        Ok(await Stream(UsdM, "userDataStream.ping"));                  // extends to 119 min
        Time.Advance(TimeSpan.FromMinutes(59));                          // past the first expiry: still valid
        Ok(await Stream(UsdM, "userDataStream.ping"));                  // extends to 178 min
        Time.Advance(TimeSpan.FromMinutes(61));

        // The first frame is the expiry: nothing was pushed when the original hour passed.
        await AssertExpiredAndClosed(stream, key, Time.Ms());
        AssertError(await Stream(UsdM, "userDataStream.ping"), -1125);
    }

    [Fact]
    public async Task Stopping_a_key_ends_its_streams_on_either_market()
    {
        string usd = await StartKey(UsdM);
        string coin = await StartKey(CoinM);
        await using RawWsClient usdStream = await RawWsClient.ConnectAsync(StreamUri($"/private/ws/{usd}"));
        await using RawWsClient coinStream = await RawWsClient.ConnectAsync(StreamUri($"/dapi/ws/{coin}"));

        Ok(await Stream(CoinM, "userDataStream.stop"));
        await AssertExpiredAndClosed(coinStream, coin, Time.Ms());

        // The USD-M key is untouched: its stream still gets events.
        Ok(await Signed(UsdM, "order.place", S("symbol", "BTCUSDT"), S("side", "BUY"), S("type", "LIMIT"), S("timeInForce", "GTC"),
            S("price", "39000"), S("quantity", "0.01")));
        Assert.Equal("ORDER_TRADE_UPDATE", (await usdStream.ReceiveJsonAsync()).GetProperty("e").GetString());
    }

    [Fact]
    public async Task The_expire_listen_keys_fault_ends_every_stream_in_process_and_over_http()
    {
        string key = await StartKey(UsdM);
        await using (RawWsClient first = await RawWsClient.ConnectAsync(StreamUri($"/ws/{key}")))
        await using (RawWsClient second = await RawWsClient.ConnectAsync(StreamUri($"/private/ws/{key}")))
        {
            Assert.Equal(2, Emulator.Faults.ExpireListenKeys());
            await AssertExpiredAndClosed(first, key, Time.Ms());
            await AssertExpiredAndClosed(second, key, Time.Ms());
        }

        AssertError(await Stream(UsdM, "userDataStream.ping"), -1125);
        string fresh = await StartKey(CoinM);
        await using RawWsClient stream = await RawWsClient.ConnectAsync(StreamUri($"/dapi/ws/{fresh}"));
        using var http = new HttpClient { BaseAddress = Emulator.HttpBaseUri };
        HttpResponseMessage reply = await http.PostAsync("admin/faults/expire-listen-keys", null);
        Assert.Equal("{\"closed\":1}", await reply.Content.ReadAsStringAsync());
        await AssertExpiredAndClosed(stream, fresh, Time.Ms());
    }

    [Fact]
    public async Task A_stream_connection_gets_server_pings_at_the_futures_interval()
    {
        var time = TestClock.Create();
        await using ExchangeEmulator emulator = await TestClock.StartAsync(time, o => o.FuturesPingInterval = TimeSpan.FromMinutes(3));
        await using RawWsClient api = await RawWsClient.ConnectAsync(emulator.UsdMUri);
        JsonElement started = await api.RequestAsync($"{{\"id\":1,\"method\":\"userDataStream.start\",\"params\":{{\"apiKey\":\"{DemoAccount.HmacApiKey}\"}}}}");
        string key = started.GetProperty("result").GetProperty("listenKey").GetString()!;
        using RawTcpWebSocket stream = await RawTcpWebSocket.ConnectAsync(new Uri(emulator.UsdMUri, $"/private/ws/{key}"));

        // The server arms its ping timer just after the handshake answer, so a single clock step could come first:
        // step the clock until the first frame (a ping, well before the pong deadline and the key's hour) arrives.
        Task<(int Opcode, byte[] Payload)> first = stream.ReadFrameAsync(RawWsClient.DefaultTimeout);
        for (int step = 0; step < 10 && !first.IsCompleted; step++)
        {
            time.Advance(TimeSpan.FromMinutes(3));
            await Task.WhenAny(first, Task.Delay(TimeSpan.FromMilliseconds(100)));
        }

        Assert.Equal(0x9, (await first).Opcode);
    }
}
