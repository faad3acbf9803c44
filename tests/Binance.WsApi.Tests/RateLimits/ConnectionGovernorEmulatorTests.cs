using Binance.WsApi.Emulator;
using Binance.WsApi.RateLimits;
using Binance.WsApi.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Binance.WsApi.Tests.RateLimits;

/// <summary>
/// The CONNECTIONS governor end to end: the real client against the emulator, with the limit lowered to 3 per 5 minutes
/// (as exchangeInfo would report it) and the client on a fake clock, so the window ends when the test says.
/// </summary>
public sealed class ConnectionGovernorEmulatorTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 15, 12, 0, 1, TimeSpan.Zero);
    private static readonly DateTimeOffset WindowEnd = new(2026, 1, 15, 12, 5, 0, TimeSpan.Zero);
    private const int Limit = 3;

    private static async Task<(FakeTimeProvider Clock, EmulatorHarness Harness)> StartAsync(RateLimitPolicy policy, int? maxReconnectAttempts = null)
    {
        var clock = new FakeTimeProvider(Start);
        EmulatorHarness harness = await EmulatorHarness.StartAsync(null, o =>
        {
            o.TimeProvider = clock;
            o.KeepAliveInterval = TimeSpan.Zero;
            // The fake clock decides when the window ends: no deadline on it may end a wait first.
            o.RequestTimeout = TimeSpan.FromMinutes(10);
            o.ConnectTimeout = TimeSpan.FromMinutes(10);
            o.ReconnectPolicy = new ReconnectPolicy { InitialDelay = TimeSpan.Zero, Jitter = 0, MaxAttempts = maxReconnectAttempts };
            o.RateLimitPolicy = policy;
        }, new EmulatorOptions { MarketMaker = false, SeedMarketHistory = false });
        Tracker(harness).Observe(
            [new RateLimit { RateLimitType = RateLimitType.Connections, Interval = RateLimitInterval.Minute, IntervalNum = 5, Limit = Limit }],
            withCounts: false);
        return (clock, harness);
    }

    private static RateLimitTracker Tracker(EmulatorHarness h) => h.Client.GetWsClient()[WsApiEndpoint.Spot].RateLimits;

    private static RateLimitUsage ConnectionsUsage(EmulatorHarness h) =>
        h.Client.GetRateLimitUsage().Single(u => u.Endpoint == WsApiEndpoint.Spot).Limits.Single(l => l.RateLimitType == RateLimitType.Connections);

    /// <summary>Drops the socket and waits for the reconnect loop to open the next one.</summary>
    private static async Task DropAndReconnectAsync(EmulatorHarness h, int readyCount)
    {
        await h.Emulator.Faults.DropConnectionsAsync();
        await h.Events.WaitForStateAsync(ConnectionState.Ready, readyCount);
    }

    [Fact]
    public async Task Fail_refuses_a_fourth_connect_in_the_window_not_sent_and_connects_when_it_ends()
    {
        (FakeTimeProvider clock, EmulatorHarness h) = await StartAsync(RateLimitPolicy.Fail);
        await using (h)
        {
            for (int i = 0; i < Limit; i++)
            {
                await h.Client.SendAsync(WsApiEndpoint.Spot, "ping");
                await h.Client.DisconnectAllAsync();
            }

            BinanceRateLimitException refused = await Assert.ThrowsAsync<BinanceRateLimitException>(() => h.Client.SendAsync(WsApiEndpoint.Spot, "ping"));
            Assert.True(refused.RefusedByClient);
            Assert.Equal(RequestSendState.NotSent, refused.SendState);
            Assert.Equal(WindowEnd, refused.RetryAfter);
            Assert.Equal(Limit, h.Emulator.AcceptedConnectionCount); // the server never saw the fourth
            Assert.Equal((Limit, Limit), (ConnectionsUsage(h).Limit, ConnectionsUsage(h).Count));

            clock.SetUtcNow(WindowEnd);
            await h.Client.SendAsync(WsApiEndpoint.Spot, "ping");
            Assert.Equal(Limit + 1, h.Emulator.AcceptedConnectionCount);
            Assert.Equal(1, ConnectionsUsage(h).Count);
        }
    }

    [Fact]
    public async Task Fail_refuses_a_fourth_reconnect_in_the_window_and_the_server_never_sees_it()
    {
        // One attempt: with a zero backoff, a loop refused again and again would only spin until the window ends.
        (FakeTimeProvider clock, EmulatorHarness h) = await StartAsync(RateLimitPolicy.Fail, maxReconnectAttempts: 1);
        await using (h)
        {
            await h.Client.SendAsync(WsApiEndpoint.Spot, "ping");
            await DropAndReconnectAsync(h, 2);
            await DropAndReconnectAsync(h, 3);

            await h.Emulator.Faults.DropConnectionsAsync();
            await h.Events.WaitForErrorAsync(e => e.Exception is BinanceRateLimitException { RefusedByClient: true, SendState: RequestSendState.NotSent });
            await h.Events.WaitForStateAsync(ConnectionState.Closed);
            Assert.Equal(Limit, h.Emulator.AcceptedConnectionCount);
            Assert.Equal(Limit, ConnectionsUsage(h).Count);

            // The next window: a request opens the connection again.
            clock.SetUtcNow(WindowEnd);
            await h.Client.SendAsync(WsApiEndpoint.Spot, "ping");
            Assert.Equal(Limit + 1, h.Emulator.AcceptedConnectionCount);
        }
    }

    [Fact]
    public async Task Wait_holds_a_fourth_reconnect_until_the_window_ends_then_it_connects_and_the_waiting_request_is_answered()
    {
        (FakeTimeProvider clock, EmulatorHarness h) = await StartAsync(RateLimitPolicy.Wait);
        await using (h)
        {
            await h.Client.SendAsync(WsApiEndpoint.Spot, "ping");
            await DropAndReconnectAsync(h, 2);
            await DropAndReconnectAsync(h, 3);

            await h.Emulator.Faults.DropConnectionsAsync();
            ConnectionRateLimit connections = Tracker(h).Connections!;
            await h.Events.WaitForAsync(() => connections.Waiting == 1, "the fourth attempt waiting for the window");
            Task ping = h.Client.SendAsync(WsApiEndpoint.Spot, "ping");
            Assert.Equal(Limit, h.Emulator.AcceptedConnectionCount);
            Assert.False(ping.IsCompleted);

            clock.SetUtcNow(WindowEnd);
            await ping.WaitAsync(EmulatorHarness.Wait);
            Assert.Equal(Limit + 1, h.Emulator.AcceptedConnectionCount);
            Assert.Equal(1, ConnectionsUsage(h).Count);
            Assert.Equal(0, connections.Waiting);
        }
    }

    [Fact]
    public async Task Off_reconnects_over_the_limit_and_counts_every_attempt()
    {
        (_, EmulatorHarness h) = await StartAsync(RateLimitPolicy.Off);
        await using (h)
        {
            await h.Client.SendAsync(WsApiEndpoint.Spot, "ping");
            for (int ready = 2; ready <= Limit + 1; ready++)
            {
                await DropAndReconnectAsync(h, ready);
            }

            Assert.Equal(Limit + 1, h.Emulator.AcceptedConnectionCount);
            Assert.Equal((Limit, Limit + 1), (ConnectionsUsage(h).Limit, ConnectionsUsage(h).Count));
        }
    }
}
