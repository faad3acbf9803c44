using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Binance.WsApi.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Binance.WsApi.Tests.UserData;

/// <summary>
/// The futures user data stream over real sockets: one scripted server is the WS API (listen keys), another the
/// stream endpoint (pushes Binance's documented events).
/// </summary>
public class FuturesUserDataStreamTests
{
    private sealed class Harness : IAsyncDisposable
    {
        private int _keys;

        public Harness()
        {
            Api = new ScriptedWsServer(Answer);
            Stream = new ScriptedWsServer(_ => "{}");
        }

        public ScriptedWsServer Api { get; }

        public ScriptedWsServer Stream { get; }

        public ConcurrentQueue<UserDataStreamResubscribedEventArgs> Resubscribed { get; } = new();

        public ConcurrentQueue<WsApiErrorEventArgs> Errors { get; } = new();

        public string[] Methods => Api.Requests.Select(r => r["method"]!.GetValue<string>()).ToArray();

        public WebSocketApiClient Client(Action<WebSocketApiClientOptions>? configure = null)
        {
            WebSocketApiClient client = Api.CreateClient(o =>
            {
                o.EndpointUrls[WsApiEndpoint.UsdM] = Api.Uri;
                o.FuturesUserDataStreamUrls[FuturesMarket.UsdM] = new Uri(Stream.Uri, "/private/ws");
                o.ReconnectPolicy = new ReconnectPolicy { InitialDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(100) };
                configure?.Invoke(o);
            });
            client.UserDataStreamResubscribed += (_, e) => Resubscribed.Enqueue(e);
            client.Error += (_, e) => Errors.Enqueue(e);
            return client;
        }

        private string Answer(JsonObject request)
        {
            string method = request["method"]!.GetValue<string>();
            JsonNode result = method switch
            {
                // Each start issues a new key, so a renewal is visible in the stream URL and the events.
                "userDataStream.start" => new JsonObject { ["listenKey"] = $"key-{Interlocked.Increment(ref _keys)}" },
                "userDataStream.ping" => new JsonObject { ["listenKey"] = request["params"]!["listenKey"]!.DeepClone() },
                _ => new JsonObject(),
            };
            return new JsonObject { ["id"] = request["id"]!.DeepClone(), ["status"] = 200, ["result"] = result }.ToJsonString();
        }

        public async ValueTask DisposeAsync()
        {
            await Api.DisposeAsync();
            await Stream.DisposeAsync();
        }
    }

    private static async Task Eventually(Func<bool> condition, string what)
    {
        using var timeout = new CancellationTokenSource(EmulatorHarness.Wait);
        while (!condition())
        {
            if (timeout.IsCancellationRequested)
            {
                Assert.Fail($"Timed out waiting for: {what}");
            }

            await Task.Delay(10);
        }
    }

    private static async Task<UserDataEvent> NextEvent(WebSocketApiClient client)
    {
        using var timeout = new CancellationTokenSource(EmulatorHarness.Wait);
        await foreach (UserDataEvent e in client.ReadUserDataEventsAsync(timeout.Token))
        {
            return e;
        }

        throw new InvalidOperationException("No event.");
    }

    [Fact]
    public void Stream_urls_default_to_binance_and_append_the_listen_key()
    {
        var live = new WebSocketApiClientOptions().ValidateAndCopy();
        Assert.Equal("wss://fstream.binance.com/private/ws/abc", live.ResolveFuturesUserDataStreamUri(FuturesMarket.UsdM, "abc").AbsoluteUri);
        Assert.Equal("wss://dstream.binance.com/ws/abc", live.ResolveFuturesUserDataStreamUri(FuturesMarket.CoinM, "abc").AbsoluteUri);

        var overridden = new WebSocketApiClientOptions();
        overridden.FuturesUserDataStreamUrls[FuturesMarket.CoinM] = new Uri("ws://127.0.0.1:9/stream/");
        Assert.Equal("ws://127.0.0.1:9/stream/k", overridden.ValidateAndCopy().ResolveFuturesUserDataStreamUri(FuturesMarket.CoinM, "k").AbsoluteUri);

        var insecure = new WebSocketApiClientOptions();
        insecure.FuturesUserDataStreamUrls[FuturesMarket.UsdM] = new Uri("ws://example.com/ws");
        Assert.Throws<ArgumentException>(() => insecure.ValidateAndCopy());
    }

    [Fact]
    public async Task Start_gets_a_listen_key_and_pushed_events_arrive_typed()
    {
        await using var harness = new Harness();
        await using WebSocketApiClient client = harness.Client();
        var heard = new TaskCompletionSource<UserDataEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        client.UserDataEventReceived += (_, e) => heard.TrySetResult(e);

        FuturesUserDataStream stream = await client.StartFuturesUserDataStreamAsync(FuturesMarket.UsdM);
        Assert.Equal("key-1", stream.ListenKey);
        Assert.Equal(WsApiEndpoint.UsdM, stream.Endpoint);
        Assert.Equal("/private/ws/key-1", stream.StreamUri.AbsolutePath);
        Assert.Equal(["userDataStream.start"], harness.Methods);
        Assert.NotNull(harness.Api.Requests.Single()["params"]!["apiKey"]);
        await Eventually(() => harness.Stream.AcceptedCount == 1, "the stream connection");

        await harness.Stream.PushAsync(FuturesUserDataEventParsingTests.OrderTradeUpdate);
        var update = Assert.IsType<FuturesOrderTradeUpdateEvent>(await NextEvent(client));
        Assert.Equal(WsApiEndpoint.UsdM, update.Endpoint);
        Assert.Null(update.SubscriptionId);
        Assert.Equal(8886774, update.Order.OrderId);
        Assert.IsType<FuturesOrderTradeUpdateEvent>((await heard.Task.WaitAsync(EmulatorHarness.Wait)).Event);
        Assert.Empty(harness.Resubscribed);
    }

    [Fact]
    public async Task Listen_key_expired_gets_a_new_key_and_reconnects()
    {
        await using var harness = new Harness();
        await using WebSocketApiClient client = harness.Client();
        FuturesUserDataStream stream = await client.StartFuturesUserDataStreamAsync(FuturesMarket.UsdM);
        await Eventually(() => harness.Stream.AcceptedCount == 1, "the stream connection");

        await harness.Stream.PushAsync("""{"e":"listenKeyExpired","E":1736996475556,"listenKey":"key-1"}""");
        var expired = Assert.IsType<ListenKeyExpiredEvent>(await NextEvent(client));
        Assert.Equal("key-1", expired.ListenKey);

        await Eventually(() => !harness.Resubscribed.IsEmpty, "the resubscribed notice");
        UserDataStreamResubscribedEventArgs notice = Assert.Single(harness.Resubscribed);
        Assert.Equal("key-2", notice.ListenKey);
        Assert.Equal(WsApiEndpoint.UsdM, notice.Endpoint);
        Assert.True(notice.EventsMayHaveBeenMissed);
        Assert.Equal("key-2", stream.ListenKey);
        Assert.Equal(["userDataStream.start", "userDataStream.start"], harness.Methods);
        await Eventually(() => harness.Stream.AcceptedCount == 2, "the second stream connection");
    }

    [Fact]
    public async Task A_dropped_stream_connection_is_reopened_with_a_fresh_start()
    {
        await using var harness = new Harness();
        await using WebSocketApiClient client = harness.Client();
        FuturesUserDataStream stream = await client.StartFuturesUserDataStreamAsync(FuturesMarket.UsdM);
        await Eventually(() => harness.Stream.AcceptedCount == 1, "the stream connection");

        harness.Stream.AbortAll();
        await Eventually(() => !harness.Resubscribed.IsEmpty, "the resubscribed notice");
        Assert.Equal("key-2", stream.ListenKey);
        await Eventually(() => harness.Stream.AcceptedCount == 2, "the second stream connection");
        Assert.Contains(harness.Errors, e => e.Message.Contains("dropped", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_listen_key_is_pinged_every_30_minutes()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var harness = new Harness();
        await using WebSocketApiClient client = harness.Client(o =>
        {
            o.TimeProvider = time;
            // Client WebSocket pings run on the fake clock too; they are not what this test is about.
            o.KeepAliveInterval = TimeSpan.Zero;
        });
        await client.StartFuturesUserDataStreamAsync(FuturesMarket.UsdM);

        time.Advance(TimeSpan.FromMinutes(29));
        Assert.DoesNotContain("userDataStream.ping", harness.Methods);

        time.Advance(TimeSpan.FromMinutes(1));
        await Eventually(() => harness.Methods.Contains("userDataStream.ping"), "the first keep-alive ping");
        JsonObject ping = harness.Api.Requests.Single(r => r["method"]!.GetValue<string>() == "userDataStream.ping");
        Assert.Equal("key-1", ping["params"]!["listenKey"]!.GetValue<string>());

        time.Advance(TimeSpan.FromMinutes(30));
        await Eventually(() => harness.Methods.Count(m => m == "userDataStream.ping") == 2, "the second keep-alive ping");
    }

    [Fact]
    public async Task Stop_sends_userDataStream_stop_and_does_not_reconnect()
    {
        await using var harness = new Harness();
        await using WebSocketApiClient client = harness.Client();
        FuturesUserDataStream stream = await client.StartFuturesUserDataStreamAsync(FuturesMarket.UsdM);
        await Eventually(() => harness.Stream.AcceptedCount == 1, "the stream connection");

        await stream.StopAsync();
        JsonObject stop = harness.Api.Requests.Last();
        Assert.Equal("userDataStream.stop", stop["method"]!.GetValue<string>());
        Assert.Equal("key-1", stop["params"]!["listenKey"]!.GetValue<string>());
        Assert.Equal(["userDataStream.start", "userDataStream.stop"], harness.Methods);
        Assert.Empty(harness.Resubscribed);

        await stream.StopAsync(); // idempotent
        Assert.Single(harness.Methods, m => m == "userDataStream.stop");
    }

    [Fact]
    public async Task Coin_m_uses_its_own_endpoint_and_stream_url()
    {
        await using var harness = new Harness();
        await using WebSocketApiClient client = harness.Client(o =>
        {
            o.EndpointUrls[WsApiEndpoint.CoinM] = harness.Api.Uri;
            o.FuturesUserDataStreamUrls[FuturesMarket.CoinM] = new Uri(harness.Stream.Uri, "/ws");
        });
        FuturesUserDataStream stream = await client.StartFuturesUserDataStreamAsync(FuturesMarket.CoinM);
        Assert.Equal(WsApiEndpoint.CoinM, stream.Endpoint);
        Assert.Equal("/ws/key-1", stream.StreamUri.AbsolutePath);
        await Eventually(() => harness.Stream.AcceptedCount == 1, "the stream connection");

        await harness.Stream.PushAsync("""{"e":"ACCOUNT_CONFIG_UPDATE","E":1611646737479,"T":1611646737476,"ac":{"s":"BTCUSD_PERP","l":25}}""");
        var config = Assert.IsType<FuturesAccountConfigUpdateEvent>(await NextEvent(client));
        Assert.Equal(WsApiEndpoint.CoinM, config.Endpoint);
        Assert.Equal(25, config.Leverage!.Leverage);
    }

    [Fact]
    public async Task A_malformed_frame_is_reported_and_the_stream_goes_on()
    {
        await using var harness = new Harness();
        await using WebSocketApiClient client = harness.Client();
        await client.StartFuturesUserDataStreamAsync(FuturesMarket.UsdM);
        await Eventually(() => harness.Stream.AcceptedCount == 1, "the stream connection");

        await harness.Stream.PushAsync("{not json");
        await harness.Stream.PushAsync("""{"e":"TRADE_LITE","E":1,"T":2,"s":"BTCUSDT","q":"0.001","p":"0","m":true,"c":"x","S":"BUY","L":"1.5","l":"0.001","t":3,"i":4}""");
        var trade = Assert.IsType<FuturesTradeLiteEvent>(await NextEvent(client));
        Assert.Equal(1.5m, trade.LastFilledPrice);
        await Eventually(() => harness.Errors.Any(e => e.Message.Contains("could not be parsed", StringComparison.Ordinal)), "the parse error");
        Assert.Empty(harness.Resubscribed);
    }
}
