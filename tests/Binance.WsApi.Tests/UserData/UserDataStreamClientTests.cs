using System.Text.Json.Nodes;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.UserData;

/// <summary>
/// The client's user data stream machinery over a real socket (a scripted server that answers subscriptions and
/// pushes documented events): subscribe per key type, typed delivery, resubscription after a drop, unsubscribe,
/// overflow. The emulator's own user data stream is a separate piece of work.
/// </summary>
public class UserDataStreamClientTests
{
    private static string Answer(JsonObject request)
    {
        string method = request["method"]!.GetValue<string>();
        JsonNode? id = request["id"]?.DeepClone();
        JsonNode result = method switch
        {
            "session.logon" => JsonNode.Parse(Fixtures.Result("spot-session.logon.response.json"))!,
            "userDataStream.subscribe" or "userDataStream.subscribe.signature" => new JsonObject { ["subscriptionId"] = 0 },
            _ => new JsonObject(),
        };
        return new JsonObject { ["id"] = id, ["status"] = 200, ["result"] = result }.ToJsonString();
    }

    private static string Wrapped(string fixture) => Fixtures.Text(fixture);

    private static WebSocketApiClient Client(ScriptedWsServer server, ApiCredentials credentials, Action<WebSocketApiClientOptions>? configure = null) =>
        server.CreateClient(o =>
        {
            o.Credentials = credentials;
            o.ResubscribeUserDataStreamDelay = TimeSpan.FromMilliseconds(50);
            o.ReconnectPolicy = new ReconnectPolicy { InitialDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(100) };
            configure?.Invoke(o);
        });

    [Fact]
    public async Task Hmac_subscribes_with_a_signature_and_events_arrive_typed()
    {
        await using var server = new ScriptedWsServer(Answer);
        await using WebSocketApiClient client = Client(server, EmulatorHarness.Hmac);
        var heard = new TaskCompletionSource<UserDataEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        client.UserDataEventReceived += (_, e) => heard.TrySetResult(e);

        UserDataSubscription subscription = await client.SubscribeUserDataStreamAsync(WsApiEndpoint.Spot);
        Assert.Equal(0, subscription.SubscriptionId);
        JsonObject sent = server.Requests.Single(r => r["method"]!.GetValue<string>().StartsWith("userDataStream", StringComparison.Ordinal));
        Assert.Equal("userDataStream.subscribe.signature", sent["method"]!.GetValue<string>());
        Assert.NotNull(sent["params"]!["signature"]);
        Assert.NotNull(sent["params"]!["apiKey"]);

        await server.PushAsync(Wrapped("spot-event-executionReport.json"));
        using var timeout = new CancellationTokenSource(EmulatorHarness.Wait);
        await foreach (UserDataEvent e in client.ReadUserDataEventsAsync(timeout.Token))
        {
            var report = Assert.IsType<ExecutionReportEvent>(e);
            Assert.Equal(0, report.SubscriptionId);
            Assert.Equal(WsApiEndpoint.Spot, report.Endpoint);
            Assert.Equal("ETHBTC", report.Symbol);
            break;
        }

        Assert.IsType<ExecutionReportEvent>((await heard.Task.WaitAsync(EmulatorHarness.Wait)).Event);
        Assert.Equal(0, client.GetUserDataSubscriptionId(WsApiEndpoint.Spot));
    }

    [Fact]
    public async Task Ed25519_logs_on_and_subscribes_the_session()
    {
        await using var server = new ScriptedWsServer(Answer);
        await using WebSocketApiClient client = Client(server, EmulatorHarness.Ed25519);
        await client.SubscribeUserDataStreamAsync(WsApiEndpoint.Spot);
        string[] methods = server.Requests.Select(r => r["method"]!.GetValue<string>()).ToArray();
        Assert.Equal(["session.logon", "userDataStream.subscribe"], methods);
        Assert.Null(server.Requests.Last()["params"]);
    }

    [Fact]
    public async Task Subscribing_twice_is_one_subscription()
    {
        await using var server = new ScriptedWsServer(Answer);
        await using WebSocketApiClient client = Client(server, EmulatorHarness.Hmac);
        await client.SubscribeUserDataStreamAsync(WsApiEndpoint.Spot);
        await client.SubscribeUserDataStreamAsync(WsApiEndpoint.Spot);
        Assert.Single(server.Requests, r => r["method"]!.GetValue<string>().StartsWith("userDataStream.subscribe", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_a_drop_it_resubscribes_says_so_and_delivers_again()
    {
        await using var server = new ScriptedWsServer(Answer);
        await using WebSocketApiClient client = Client(server, EmulatorHarness.Hmac);
        var resubscribed = new TaskCompletionSource<UserDataStreamResubscribedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        client.UserDataStreamResubscribed += (_, e) => resubscribed.TrySetResult(e);
        await client.SubscribeUserDataStreamAsync(WsApiEndpoint.Spot);

        server.AbortAll();
        UserDataStreamResubscribedEventArgs notice = await resubscribed.Task.WaitAsync(EmulatorHarness.Wait);
        Assert.Equal(WsApiEndpoint.Spot, notice.Endpoint);
        Assert.True(notice.EventsMayHaveBeenMissed);
        Assert.Equal(2, server.Requests.Count(r => r["method"]!.GetValue<string>() == "userDataStream.subscribe.signature"));
        Assert.Equal(2, server.AcceptedCount);

        await server.PushAsync(Wrapped("spot-event-balanceUpdate.json"));
        using var timeout = new CancellationTokenSource(EmulatorHarness.Wait);
        await foreach (UserDataEvent e in client.ReadUserDataEventsAsync(timeout.Token))
        {
            Assert.IsType<BalanceUpdateEvent>(e);
            break;
        }
    }

    [Fact]
    public async Task Unsubscribe_sends_the_id_and_stops_resubscription()
    {
        await using var server = new ScriptedWsServer(Answer);
        await using WebSocketApiClient client = Client(server, EmulatorHarness.Hmac);
        var reconnected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        client.Reconnected += (_, _) => reconnected.TrySetResult();
        await client.SubscribeUserDataStreamAsync(WsApiEndpoint.Spot);
        await client.UnsubscribeUserDataStreamAsync(WsApiEndpoint.Spot);
        JsonObject unsubscribe = server.Requests.Single(r => r["method"]!.GetValue<string>() == "userDataStream.unsubscribe");
        Assert.Equal(0, unsubscribe["params"]!["subscriptionId"]!.GetValue<long>());
        Assert.Null(client.GetUserDataSubscriptionId(WsApiEndpoint.Spot));

        server.AbortAll();
        await reconnected.Task.WaitAsync(EmulatorHarness.Wait);
        await client.TestSpotConnectivityAsync(); // a round trip after the reconnect, so a resubscription would have shown
        Assert.Single(server.Requests, r => r["method"]!.GetValue<string>() == "userDataStream.subscribe.signature");
    }

    [Fact]
    public async Task Unknown_event_types_arrive_raw_and_a_full_buffer_drops_the_oldest_with_an_error()
    {
        await using var server = new ScriptedWsServer(Answer);
        await using WebSocketApiClient client = Client(server, EmulatorHarness.Hmac, o => o.UserDataEventBufferSize = 2);
        var overflow = new TaskCompletionSource<WsApiErrorEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        client.Error += (_, e) => { if (e.Message.Contains("buffer is full", StringComparison.Ordinal)) { overflow.TrySetResult(e); } };
        var all = new List<UserDataEvent>();
        var fifth = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        client.UserDataEventReceived += (_, e) => { all.Add(e.Event); if (all.Count == 5) { fifth.TrySetResult(); } };
        await client.SubscribeUserDataStreamAsync(WsApiEndpoint.Spot);

        for (int i = 1; i <= 5; i++)
        {
            string n = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await server.PushAsync("{\"subscriptionId\":0,\"event\":{\"e\":\"brandNewEvent\",\"E\":" + n + ",\"payload\":{\"n\":" + n + "}}}");
        }

        await fifth.Task.WaitAsync(EmulatorHarness.Wait);         // the .NET event saw all five
        await overflow.Task.WaitAsync(EmulatorHarness.Wait);      // the buffer said it dropped some
        using var timeout = new CancellationTokenSource(EmulatorHarness.Wait);
        var buffered = new List<UserDataEvent>();
        await foreach (UserDataEvent e in client.ReadUserDataEventsAsync(timeout.Token))
        {
            buffered.Add(e);
            if (buffered.Count == 2)
            {
                break;
            }
        }

        Assert.Equal([4L, 5L], buffered.Select(e => e.EventTime).ToArray()); // the newest two were kept
        var raw = Assert.IsType<UnknownUserDataEvent>(buffered[1]);
        Assert.Equal("brandNewEvent", raw.EventType);
        Assert.Equal(5, raw.Raw.GetProperty("payload").GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task Futures_endpoints_are_refused_with_guidance()
    {
        await using var client = new WebSocketApiClient(new WebSocketApiClientOptions { Credentials = EmulatorHarness.Hmac });
        var ex = await Assert.ThrowsAsync<NotSupportedException>(() => client.SubscribeUserDataStreamAsync(WsApiEndpoint.UsdM));
        Assert.Contains("listen key", ex.Message, StringComparison.Ordinal);
    }
}
