using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Binance.WsApi.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Binance.WsApi.Tests.UserData;

/// <summary>
/// The futures listen-key stream sits on the same socket owner as the WS API connection, so it keeps the same rules:
/// a connect deadline on the injected clock and the 64 MiB cap on an incoming message.
/// </summary>
public class FuturesStreamSocketTests
{
    private static string Answer(JsonObject request) => new JsonObject
    {
        ["id"] = request["id"]!.DeepClone(),
        ["status"] = 200,
        ["result"] = request["method"]!.GetValue<string>() == "userDataStream.start"
            ? new JsonObject { ["listenKey"] = "key-" + Guid.NewGuid().ToString("N")[..8] }
            : new JsonObject(),
    }.ToJsonString();

    [Fact]
    public async Task The_stream_connect_deadline_runs_on_the_injected_clock()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var api = new ScriptedWsServer(Answer);
        // A server that takes the TCP connection and never answers the WebSocket handshake.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        await using WebSocketApiClient client = api.CreateClient(o =>
        {
            o.EndpointUrls[WsApiEndpoint.UsdM] = api.Uri;
            o.FuturesUserDataStreamUrls[FuturesMarket.UsdM] = new Uri($"ws://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}/private/ws");
            o.TimeProvider = time;
            o.KeepAliveInterval = TimeSpan.Zero;
            o.ConnectTimeout = TimeSpan.FromSeconds(3);
        });

        Task<FuturesUserDataStream> start = client.StartFuturesUserDataStreamAsync(FuturesMarket.UsdM);
        using TcpClient accepted = await silent.AcceptTcpClientAsync().WaitAsync(EmulatorHarness.Wait);
        Assert.False(start.IsCompleted);

        // Only the fake clock moves: the deadline must follow it, not the wall clock.
        time.Advance(TimeSpan.FromSeconds(4));
        var ex = await Assert.ThrowsAsync<WsApiConnectionException>(() => start.WaitAsync(EmulatorHarness.Wait));
        Assert.Equal(RequestSendState.NotSent, ex.SendState);
        Assert.Contains("within 3000 ms", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_message_ends_the_stream_connection_and_the_stream_reopens()
    {
        await using var api = new ScriptedWsServer(Answer);
        await using var streamServer = new ScriptedWsServer(_ => "{}");
        await using WebSocketApiClient client = api.CreateClient(o =>
        {
            o.EndpointUrls[WsApiEndpoint.UsdM] = api.Uri;
            o.FuturesUserDataStreamUrls[FuturesMarket.UsdM] = new Uri(streamServer.Uri, "/private/ws");
            o.ReconnectPolicy = new ReconnectPolicy { InitialDelay = TimeSpan.FromMilliseconds(20), MaxDelay = TimeSpan.FromMilliseconds(100) };
        });
        var errors = new System.Collections.Concurrent.ConcurrentQueue<WsApiErrorEventArgs>();
        var reopened = new TaskCompletionSource<UserDataStreamResubscribedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        client.Error += (_, e) => errors.Enqueue(e);
        client.UserDataStreamResubscribed += (_, e) => reopened.TrySetResult(e);
        FuturesUserDataStream stream = await client.StartFuturesUserDataStreamAsync(FuturesMarket.UsdM);
        string firstKey = stream.ListenKey;
        await WaitUntil(() => streamServer.AcceptedCount == 1);

        // One byte over the cap: the client must not buffer it (nor try to parse it), it ends that connection.
        await streamServer.PushAsync("\"" + new string('x', (64 * 1024 * 1024) - 1) + "\"");

        UserDataStreamResubscribedEventArgs notice = await reopened.Task.WaitAsync(EmulatorHarness.Wait);
        Assert.NotEqual(firstKey, notice.ListenKey);
        await WaitUntil(() => streamServer.AcceptedCount == 2);
        Assert.Contains(errors, e => e.Message.Contains("message too large", StringComparison.Ordinal)
            && e.Exception is InvalidDataException);
        Assert.DoesNotContain(errors, e => e.Message.Contains("could not be parsed", StringComparison.Ordinal));
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(EmulatorHarness.Wait);
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
