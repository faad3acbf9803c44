using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Integration;

/// <summary>Drops, timeouts, unreachable servers, serverShutdown, rate limits and garbage frames, for real.</summary>
public class ConnectionResilienceTests
{
    [Fact]
    public async Task Drop_mid_request_fails_it_as_sent_then_reconnects_and_logs_on_again()
    {
        await using var h = await EmulatorHarness.StartAsync(EmulatorHarness.Ed25519);
        await h.Client.ConnectAsync(WsApiEndpoint.Spot);

        h.Emulator.Faults.DropOnNextRequest("account.status");
        var ex = await Assert.ThrowsAsync<WsApiConnectionException>(() => h.Client.SendAsync(WsApiEndpoint.Spot, "account.status", null, WsApiSecurity.Signed));
        Assert.Equal(RequestSendState.Sent, ex.SendState);
        Assert.Equal("account.status", ex.Method);

        await h.Events.WaitForLifecycleAsync("reconnected");
        WsApiResponse<JsonElement> next = await h.Client.SendAsync(WsApiEndpoint.Spot, "account.status", null, WsApiSecurity.Signed);
        Assert.Equal(200, next.Status);
        Assert.True(h.Client.GetWsClient()[WsApiEndpoint.Spot].IsLoggedOn);
        Assert.Equal(2, h.Emulator.ReceivedRequests.Count(r => r.Method == "session.logon"));
        Assert.Equal(2, h.Emulator.AcceptedConnectionCount);

        ConnectionState[] states = h.Events.States.Select(s => s.State).ToArray();
        Assert.Equal(
            [ConnectionState.Connecting, ConnectionState.Authenticating, ConnectionState.Ready,
             ConnectionState.Reconnecting, ConnectionState.Authenticating, ConnectionState.Ready],
            states);
    }

    [Fact]
    public async Task Every_pending_request_fails_at_once_when_the_connection_drops()
    {
        await using var h = await EmulatorHarness.StartAsync(configure: o => o.RequestTimeout = TimeSpan.FromSeconds(30));
        await h.Client.TestSpotConnectivityAsync();
        h.Emulator.Faults.SwallowResponses(5);
        Task[] pending = Enumerable.Range(0, 5).Select(_ => (Task)h.Client.GetSpotServerTimeAsync()).ToArray();
        await h.Emulator.WaitForRequestAsync(_ => h.Emulator.ReceivedRequests.Count(r => r.Method == "time") == 5, EmulatorHarness.Wait);

        var clock = Stopwatch.StartNew();
        await h.Emulator.Faults.DropConnectionsAsync();
        foreach (Task t in pending)
        {
            var ex = await Assert.ThrowsAsync<WsApiConnectionException>(() => t);
            Assert.Equal(RequestSendState.Sent, ex.SendState);
        }

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), "pending requests must fail on the drop, not at their deadline");
        await h.Events.WaitForLifecycleAsync("reconnected");
        Assert.Equal(200, (await h.Client.GetSpotServerTimeAsync()).Status);
    }

    [Fact]
    public async Task Swallowed_response_times_out_with_unknown_outcome()
    {
        await using var h = await EmulatorHarness.StartAsync(configure: o => o.RequestTimeout = TimeSpan.FromMilliseconds(300));
        h.Emulator.Faults.SwallowResponses(1, "time");
        var ex = await Assert.ThrowsAsync<WsApiTimeoutException>(() => h.Client.GetSpotServerTimeAsync());
        Assert.Equal(RequestSendState.Sent, ex.SendState);
        Assert.Equal(TimeSpan.FromMilliseconds(300), ex.Timeout);
        // The connection is unharmed.
        Assert.Equal(200, (await h.Client.GetSpotServerTimeAsync()).Status);
    }

    [Fact]
    public async Task Per_call_timeout_overrides_the_default()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.DelayResponses(1, TimeSpan.FromSeconds(3), "time");
        var ex = await Assert.ThrowsAsync<WsApiTimeoutException>(() => h.Client.SendAsync(WsApiEndpoint.Spot, "time", timeout: TimeSpan.FromMilliseconds(200)));
        Assert.Equal(TimeSpan.FromMilliseconds(200), ex.Timeout);
    }

    [Fact]
    public async Task Cancellation_stops_the_wait()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.SwallowResponses(1, "time");
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => h.Client.GetSpotServerTimeAsync(cancellationToken: cts.Token));
        Assert.Equal(0, h.Client.GetWsClient()[WsApiEndpoint.Spot].PendingRequestCount);
    }

    [Fact]
    public async Task Refused_connection_fails_the_request_as_not_sent()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.RefuseConnections = true;
        var ex = await Assert.ThrowsAsync<WsApiConnectionException>(() => h.Client.GetSpotServerTimeAsync());
        Assert.Equal(RequestSendState.NotSent, ex.SendState);

        h.Emulator.Faults.RefuseConnections = false;
        Assert.Equal(200, (await h.Client.GetSpotServerTimeAsync()).Status); // the next request connects lazily
    }

    [Fact]
    public async Task Server_that_never_answers_the_handshake_fails_within_the_connect_timeout()
    {
        // A TCP listener that accepts and then says nothing: the WebSocket handshake never completes.
        using var blackhole = new TcpListener(IPAddress.Loopback, 0);
        blackhole.Start();
        var accepted = new List<Socket>();
        _ = Task.Run(async () =>
        {
            while (true)
            {
                try
                {
                    accepted.Add(await blackhole.AcceptSocketAsync());
                }
                catch (Exception)
                {
                    return;
                }
            }
        });

        var options = new WebSocketApiClientOptions { ConnectTimeout = TimeSpan.FromMilliseconds(500) };
        options.EndpointUrls[WsApiEndpoint.Spot] = new Uri($"ws://127.0.0.1:{((IPEndPoint)blackhole.LocalEndpoint).Port}/ws-api/v3");
        await using var client = new WebSocketApiClient(options);
        var clock = Stopwatch.StartNew();
        var ex = await Assert.ThrowsAsync<WsApiConnectionException>(() => client.GetSpotServerTimeAsync());
        Assert.Equal(RequestSendState.NotSent, ex.SendState);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        blackhole.Stop();
    }

    [Fact]
    public async Task Nothing_listening_fails_at_once_as_not_sent()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();

        var options = new WebSocketApiClientOptions();
        options.EndpointUrls[WsApiEndpoint.Spot] = new Uri($"ws://127.0.0.1:{port}/ws-api/v3");
        await using var client = new WebSocketApiClient(options);
        var ex = await Assert.ThrowsAsync<WsApiConnectionException>(() => client.TestSpotConnectivityAsync());
        Assert.Equal(RequestSendState.NotSent, ex.SendState);
        Assert.Equal(ConnectionState.Disconnected, client.GetWsClient()[WsApiEndpoint.Spot].State);
    }

    [Fact]
    public async Task Requests_made_while_reconnecting_wait_at_most_the_connect_timeout()
    {
        await using var h = await EmulatorHarness.StartAsync(configure: o => o.ConnectTimeout = TimeSpan.FromMilliseconds(1500));
        await h.Client.TestSpotConnectivityAsync();
        h.Emulator.Faults.RefuseConnections = true;
        await h.Emulator.Faults.DropConnectionsAsync();
        await h.Events.WaitForStateAsync(ConnectionState.Reconnecting);

        var clock = Stopwatch.StartNew();
        var ex = await Assert.ThrowsAsync<WsApiConnectionException>(() => h.Client.GetSpotServerTimeAsync());
        Assert.Equal(RequestSendState.NotSent, ex.SendState);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");

        h.Emulator.Faults.RefuseConnections = false;
        await h.Events.WaitForLifecycleAsync("reconnected");
        Assert.Equal(200, (await h.Client.GetSpotServerTimeAsync()).Status);
    }

    [Fact]
    public async Task Server_shutdown_moves_to_a_new_connection_without_failing_a_request()
    {
        await using var h = await EmulatorHarness.StartAsync(EmulatorHarness.Ed25519);
        await h.Client.ConnectAsync(WsApiEndpoint.Spot);
        h.Emulator.Faults.DelayResponses(3, TimeSpan.FromMilliseconds(300), "time");
        Task<WsApiResponse<ServerTime>>[] inFlight = Enumerable.Range(0, 3).Select(_ => h.Client.GetSpotServerTimeAsync()).ToArray();
        await h.Emulator.WaitForRequestAsync(_ => h.Emulator.ReceivedRequests.Count(r => r.Method == "time") == 3, EmulatorHarness.Wait);

        await h.Emulator.Faults.SendServerShutdownAsync();
        await h.Events.WaitForLifecycleAsync("reconnected");
        foreach (var call in inFlight)
        {
            Assert.Equal(200, (await call).Status); // answered on the old socket before it closed
        }

        Assert.Equal(2, h.Emulator.AcceptedConnectionCount);
        Assert.True(h.Client.GetWsClient()[WsApiEndpoint.Spot].IsLoggedOn);
        Assert.Equal(200, (await h.Client.SendAsync(WsApiEndpoint.Spot, "account.status", null, WsApiSecurity.Signed)).Status);
        Assert.DoesNotContain(h.Events.States, s => s.State == ConnectionState.Reconnecting);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(418)]
    public async Task Rate_limit_surfaces_retry_after(int status)
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.ForceRateLimit(1, status, TimeSpan.FromSeconds(30));
        var ex = await Assert.ThrowsAsync<BinanceRateLimitException>(() => h.Client.GetSpotServerTimeAsync());
        Assert.Equal(status, ex.Status);
        Assert.Equal(-1003, ex.Code);
        Assert.NotNull(ex.RetryAfter);
        Assert.InRange(ex.RetryAfter!.Value, DateTimeOffset.UtcNow.AddSeconds(20), DateTimeOffset.UtcNow.AddSeconds(40));
        Assert.Equal(status == 418, ex.IsIpBan);
    }

    [Fact]
    public async Task Request_weight_limit_is_a_rate_limit_exception()
    {
        await using var h = await EmulatorHarness.StartAsync(emulatorOptions: new Emulator.EmulatorOptions { SpotRequestWeightPerMinute = 30 });
        BinanceRateLimitException? limited = null;
        for (int i = 0; i < 40 && limited is null; i++)
        {
            try
            {
                await h.Client.TestSpotConnectivityAsync();
            }
            catch (BinanceRateLimitException ex)
            {
                limited = ex;
            }
        }

        Assert.NotNull(limited);
        Assert.Equal(429, limited.Status);
        Assert.NotNull(limited.RetryAfter);
        Assert.Contains("request weight", limited.BinanceMessage, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Malformed_server_frame_is_reported_and_the_connection_carries_on()
    {
        await using var h = await EmulatorHarness.StartAsync();
        await h.Client.TestSpotConnectivityAsync();
        await h.Emulator.Faults.SendMalformedFrameAsync();
        await h.Events.WaitForErrorAsync(e => e.Message.Contains("neither a response nor an event", StringComparison.Ordinal));
        Assert.Equal(200, (await h.Client.GetSpotServerTimeAsync()).Status);
        Assert.Equal(1, h.Emulator.AcceptedConnectionCount);
    }

    [Fact]
    public async Task Disconnect_all_closes_and_a_later_request_reopens()
    {
        await using var h = await EmulatorHarness.StartAsync();
        await h.Client.TestSpotConnectivityAsync();
        await h.Client.DisconnectAllAsync();
        Assert.Equal(ConnectionState.Closed, h.Client.GetWsClient()[WsApiEndpoint.Spot].State);
        await h.Events.WaitForLifecycleAsync("closed");
        Assert.Equal(200, (await h.Client.TestSpotConnectivityAsync()).Status);
        Assert.Equal(2, h.Emulator.AcceptedConnectionCount);
    }

    [Fact]
    public async Task Disposed_client_refuses_new_requests()
    {
        await using var h = await EmulatorHarness.StartAsync();
        await h.Client.TestSpotConnectivityAsync();
        await h.Client.DisposeAsync();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => h.Client.TestSpotConnectivityAsync());
    }
}
