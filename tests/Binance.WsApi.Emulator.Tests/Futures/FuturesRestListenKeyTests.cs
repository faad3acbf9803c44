using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using Binance.WsApi.Emulator.Tests.Infrastructure;

namespace Binance.WsApi.Emulator.Tests.Futures;

/// <summary>REST listen-key endpoints (/fapi/v1, /dapi/v1) and the combined-stream form (/stream, /private/stream).</summary>
public sealed class FuturesRestListenKeyTests : FuturesWsTestBase
{
    private HttpClient Http(string? apiKey = DemoAccount.HmacApiKey)
    {
        var http = new HttpClient { BaseAddress = Emulator.HttpBaseUri };
        if (apiKey is not null)
        {
            http.DefaultRequestHeaders.Add("X-MBX-APIKEY", apiKey);
        }

        return http;
    }

    private Uri WsUri(string pathAndQuery) => new(Emulator.UsdMUri, pathAndQuery);

    private static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(HttpClient http, HttpMethod method, string path)
    {
        using HttpResponseMessage response = await http.SendAsync(new HttpRequestMessage(method, path));
        using JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, body.RootElement.Clone());
    }

    [Fact]
    public async Task Post_put_delete_manage_the_same_key_as_the_ws_methods()
    {
        using HttpClient http = Http();

        var (status, created) = await SendAsync(http, HttpMethod.Post, "fapi/v1/listenKey");
        Assert.Equal(HttpStatusCode.OK, status);
        string key = created.GetProperty("listenKey").GetString()!;
        Assert.Equal(key, Ok(await Stream(UsdM, "userDataStream.start")).GetProperty("listenKey").GetString()); // one key per account and market
        Assert.Equal(key, (await SendAsync(http, HttpMethod.Post, "fapi/v1/listenKey")).Body.GetProperty("listenKey").GetString());

        Time.Advance(TimeSpan.FromMinutes(50));
        var (putStatus, extended) = await SendAsync(http, HttpMethod.Put, "fapi/v1/listenKey");
        Assert.Equal((HttpStatusCode.OK, key), (putStatus, extended.GetProperty("listenKey").GetString()));
        Time.Advance(TimeSpan.FromMinutes(50)); // 100 min after creation, 50 after the PUT: still valid
        await using (RawWsClient stream = await RawWsClient.ConnectAsync(WsUri($"/private/ws/{key}")))
        {
            var (deleteStatus, deleted) = await SendAsync(http, HttpMethod.Delete, "fapi/v1/listenKey");
            Assert.Equal((HttpStatusCode.OK, "{}"), (deleteStatus, deleted.GetRawText()));
            Assert.Equal("listenKeyExpired", (await stream.ReceiveJsonAsync()).GetProperty("e").GetString());
            Assert.Equal(WebSocketCloseStatus.NormalClosure, (await stream.ReceiveCloseAsync()).Status);
        }

        var (missingStatus, missing) = await SendAsync(http, HttpMethod.Put, $"fapi/v1/listenKey?listenKey={key}");
        Assert.Equal((HttpStatusCode.BadRequest, "{\"code\":-1125,\"msg\":\"This listenKey does not exist.\"}"), (missingStatus, missing.GetRawText()));
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(http, HttpMethod.Delete, "fapi/v1/listenKey")).Status);
    }

    [Fact]
    public async Task Coin_m_keys_come_from_dapi_and_belong_to_coin_m()
    {
        using HttpClient http = Http();
        string key = (await SendAsync(http, HttpMethod.Post, "dapi/v1/listenKey")).Body.GetProperty("listenKey").GetString()!;

        await using RawWsClient stream = await RawWsClient.ConnectAsync(WsUri($"/dapi/ws/{key}"));
        await Assert.ThrowsAsync<WebSocketException>(() => RawWsClient.ConnectAsync(WsUri($"/private/ws/{key}")));
        Assert.Equal(key, Ok(await Stream(CoinM, "userDataStream.start")).GetProperty("listenKey").GetString());
    }

    [Fact]
    public async Task Api_key_header_is_checked()
    {
        using HttpClient none = Http(apiKey: null);
        using HttpClient unknown = Http(new string('A', 64));

        var (noneStatus, noneBody) = await SendAsync(none, HttpMethod.Post, "fapi/v1/listenKey");
        var (unknownStatus, unknownBody) = await SendAsync(unknown, HttpMethod.Post, "fapi/v1/listenKey");

        Assert.Equal((HttpStatusCode.Unauthorized, -2014), (noneStatus, noneBody.GetProperty("code").GetInt32()));
        Assert.Equal((HttpStatusCode.Unauthorized, -2015), (unknownStatus, unknownBody.GetProperty("code").GetInt32()));
        using HttpClient http = Http();
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await http.GetAsync("fapi/v1/listenKey")).StatusCode);
    }

    [Fact]
    public async Task Combined_stream_wraps_each_event_with_the_key_as_stream_name()
    {
        string key = Ok(await Stream(UsdM, "userDataStream.start")).GetProperty("listenKey").GetString()!;
        await using RawWsClient combined = await RawWsClient.ConnectAsync(WsUri($"/stream?streams={key}"));
        await using RawWsClient privateCombined = await RawWsClient.ConnectAsync(WsUri($"/private/stream?streams={key}"));
        Emulator.SetMarkPrice("BTCUSDT", 60000m);

        Ok(await Signed(UsdM, "order.place", S("symbol", "BTCUSDT"), S("side", "BUY"), S("type", "LIMIT"), S("timeInForce", "GTC"),
            S("price", "50000"), S("quantity", "0.01")));

        foreach (RawWsClient stream in new[] { combined, privateCombined })
        {
            JsonElement frame = await stream.ReceiveJsonAsync();
            Assert.Equal(key, frame.GetProperty("stream").GetString());
            Assert.Equal("ORDER_TRADE_UPDATE", frame.GetProperty("data").GetProperty("e").GetString());
            Assert.Equal(2, frame.EnumerateObject().Count());
        }

        // Expiry follows the same rules; the expiry event is wrapped too.
        Time.Advance(TimeSpan.FromMinutes(61));
        JsonElement expired = await combined.ReceiveJsonAsync();
        Assert.Equal(("listenKeyExpired", key), (expired.GetProperty("data").GetProperty("e").GetString(), expired.GetProperty("stream").GetString()));
        Assert.Equal(WebSocketCloseStatus.NormalClosure, (await combined.ReceiveCloseAsync()).Status);
    }

    [Fact]
    public async Task Combined_stream_refuses_unknown_keys_and_other_markets_and_ignores_market_streams()
    {
        string coinm = Ok(await Stream(CoinM, "userDataStream.start")).GetProperty("listenKey").GetString()!;

        await using RawWsClient shared = await RawWsClient.ConnectAsync(WsUri($"/stream?streams={coinm}"));
        var otherMarket = await Assert.ThrowsAsync<WebSocketException>(() => RawWsClient.ConnectAsync(WsUri($"/private/stream?streams={coinm}")));
        Assert.Contains("400", otherMarket.Message, StringComparison.Ordinal);
        var unknown = await Assert.ThrowsAsync<WebSocketException>(() => RawWsClient.ConnectAsync(WsUri("/stream?streams=unknownKey")));
        Assert.Contains("400", unknown.Message, StringComparison.Ordinal);
        var marketStream = await Assert.ThrowsAsync<WebSocketException>(() => RawWsClient.ConnectAsync(WsUri("/stream?streams=btcusdt@trade")));
        Assert.Contains("404", marketStream.Message, StringComparison.Ordinal);
    }
}
