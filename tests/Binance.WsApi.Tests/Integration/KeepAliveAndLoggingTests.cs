using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Binance.WsApi.Emulator;
using Binance.WsApi.Tests.Support;
using Microsoft.Extensions.Logging;

namespace Binance.WsApi.Tests.Integration;

/// <summary>Dead-peer detection, server pings, connection lifetime, and what reaches the logs.</summary>
public class KeepAliveAndLoggingTests
{
    [Fact]
    public async Task A_silent_peer_is_detected_by_keep_alive_and_pending_requests_fail()
    {
        // A server that completes the WebSocket handshake and then never sends a byte, not even a pong.
        await using var peer = SilentWebSocketPeer.Start();
        var options = new WebSocketApiClientOptions
        {
            RequestTimeout = TimeSpan.FromSeconds(60),
            KeepAliveInterval = TimeSpan.FromMilliseconds(200),
            KeepAliveTimeout = TimeSpan.FromMilliseconds(300),
            ReconnectPolicy = new ReconnectPolicy { Enabled = false },
        };
        options.EndpointUrls[WsApiEndpoint.Spot] = peer.Uri;
        await using var client = new WebSocketApiClient(options);

        var ex = await Assert.ThrowsAsync<WsApiConnectionException>(() => client.GetSpotServerTimeAsync().WaitAsync(TimeSpan.FromSeconds(20)));
        Assert.Equal(RequestSendState.Sent, ex.SendState);
        Assert.Equal(ConnectionState.Disconnected, client.GetWsClient()[WsApiEndpoint.Spot].State);
    }

    [Fact]
    public async Task Server_pings_are_answered_and_the_connection_lives_on()
    {
        var emulatorOptions = new EmulatorOptions { SpotPingInterval = TimeSpan.FromMilliseconds(60), SpotPongTimeout = TimeSpan.FromMilliseconds(1500) };
        await using var h = await EmulatorHarness.StartAsync(emulatorOptions: emulatorOptions, configure: o => o.KeepAliveInterval = TimeSpan.Zero);
        await h.Client.TestSpotConnectivityAsync();
        // Requests spread over many ping intervals and past the pong timeout, all on the first connection: only
        // answered pings can have kept it alive. (The delay spreads the requests in time; it waits for nothing.)
        for (int i = 0; i < 40; i++)
        {
            await h.Client.GetSpotServerTimeAsync();
            await Task.Delay(50);
        }

        Assert.Equal(1, h.Emulator.AcceptedConnectionCount);
        Assert.DoesNotContain(h.Events.States, s => s.State == ConnectionState.Reconnecting);
    }

    [Fact]
    public async Task Connection_lifetime_end_is_followed_by_a_reconnect()
    {
        await using var h = await EmulatorHarness.StartAsync(emulatorOptions: new EmulatorOptions { MaxConnectionLifetime = TimeSpan.FromMilliseconds(300) });
        await h.Client.TestSpotConnectivityAsync();
        await h.Events.WaitForLifecycleAsync("reconnected");
        Assert.Equal(200, (await h.Client.TestSpotConnectivityAsync()).Status);
        Assert.True(h.Emulator.AcceptedConnectionCount >= 2);
    }

    [Fact]
    public async Task Lifecycle_is_logged_and_no_secret_ever_is()
    {
        var logger = new CapturingLogger();
        await using var h = await EmulatorHarness.StartAsync(EmulatorHarness.Hmac, o =>
        {
            o.Logger = logger;
            o.MuteLatencyWarning = false;
        });
        await h.Client.SendAsync(WsApiEndpoint.Spot, "account.status", null, WsApiSecurity.Signed);
        h.Emulator.Faults.DropOnNextRequest("time");
        await Assert.ThrowsAsync<WsApiConnectionException>(() => h.Client.GetSpotServerTimeAsync());
        await h.Events.WaitForLifecycleAsync("reconnected");
        h.Client.SetTimeOffsetMs(-60_000);
        await Assert.ThrowsAsync<BinanceApiException>(() => h.Client.SendAsync(WsApiEndpoint.Spot, "account.status", null, WsApiSecurity.Signed));

        string log = logger.AllText;
        Assert.Contains("sign every request", log, StringComparison.Ordinal);   // the latency notice
        Assert.Contains("Ready", log, StringComparison.Ordinal);
        Assert.Contains("Reconnecting", log, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoAccount.HmacSecret, log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Latency_notice_can_be_muted_and_is_not_given_for_ed25519()
    {
        var logger = new CapturingLogger();
        await using (var _ = new WebSocketApiClient(new WebSocketApiClientOptions { Credentials = EmulatorHarness.Hmac, Logger = logger, MuteLatencyWarning = true }))
        {
        }

        await using (var _ = new WebSocketApiClient(new WebSocketApiClientOptions { Credentials = EmulatorHarness.Ed25519, Logger = logger }))
        {
        }

        Assert.DoesNotContain(logger.Lines, l => l.Text.Contains("sign every request", StringComparison.Ordinal));
    }

    [Fact]
    public async Task No_secret_in_exceptions_of_a_failed_signed_request()
    {
        var wrongSecret = ApiCredentials.Hmac(DemoAccount.HmacApiKey, "WrongSecretWrongSecretWrongSecretWrongSecretWrongSecretWrongSecr");
        await using var h = await EmulatorHarness.StartAsync(wrongSecret);
        var ex = await Assert.ThrowsAsync<BinanceApiException>(() => h.Client.SendAsync(WsApiEndpoint.Spot, "account.status", null, WsApiSecurity.Signed));
        Assert.Equal(-1022, ex.Code);
        Assert.DoesNotContain("WrongSecret", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handlers_run_off_the_receive_loop_and_a_throwing_handler_harms_nothing()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var seen = new TaskCompletionSource<WsApiMessageEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Client.MessageReceived += (_, e) => throw new InvalidOperationException("handler bug");
        h.Client.MessageReceived += (_, e) => seen.TrySetResult(e);
        string? raw = null;
        h.Client.RawMessageReceived += (_, e) => raw ??= e.Text;

        await h.Client.GetSpotServerTimeAsync();
        WsApiMessageEventArgs message = await seen.Task.WaitAsync(EmulatorHarness.Wait);
        Assert.False(message.IsEvent);
        Assert.Equal(200, message.Status);
        Assert.True(message.Message.GetProperty("result").GetProperty("serverTime").GetInt64() > 0);
        Assert.Equal(200, (await h.Client.GetSpotServerTimeAsync()).Status);
        await h.Events.WaitForAsync(() => raw is not null, "a raw message");
        Assert.Contains("serverTime", raw, StringComparison.Ordinal);
    }
}

/// <summary>Accepts one WebSocket handshake by hand and then stays silent: no frames, no pongs.</summary>
internal sealed class SilentWebSocketPeer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly List<TcpClient> _clients = [];
    private readonly Task _accepting;

    private SilentWebSocketPeer()
    {
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Uri = new Uri($"ws://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/ws-api/v3");
        _accepting = Task.Run(AcceptAsync);
    }

    public Uri Uri { get; }

    public static SilentWebSocketPeer Start() => new();

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await _accepting.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        foreach (TcpClient c in _clients)
        {
            c.Dispose();
        }
    }

    private async Task AcceptAsync()
    {
        while (true)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync();
            }
            catch (Exception)
            {
                return;
            }

            _clients.Add(client);
            NetworkStream stream = client.GetStream();
            var request = new StringBuilder();
            var buffer = new byte[4096];
            while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                int n = await stream.ReadAsync(buffer);
                if (n == 0)
                {
                    break;
                }

                request.Append(Encoding.ASCII.GetString(buffer, 0, n));
            }

            string key = request.ToString().Split("\r\n").First(l => l.StartsWith("Sec-WebSocket-Key:", StringComparison.OrdinalIgnoreCase))[18..].Trim();
            string accept = Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")));
            await stream.WriteAsync(Encoding.ASCII.GetBytes(
                $"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: {accept}\r\n\r\n"));
            // From here on: silence. Whatever the client sends is read and ignored.
            _ = Task.Run(async () =>
            {
                var sink = new byte[4096];
                try
                {
                    while (await stream.ReadAsync(sink) > 0)
                    {
                    }
                }
                catch (Exception)
                {
                }
            });
        }
    }
}
