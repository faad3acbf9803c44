using Binance.WsApi.Emulator;
using Binance.WsApi.RateLimits;
using Binance.WsApi.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Binance.WsApi.Tests.RateLimits;

/// <summary>
/// The rate governor end to end: the real client against the emulator, which enforces its (lowered) weight limits and
/// bans an IP that keeps sending inside a 429's back-off. Both share a fake clock, so windows turn when the test says.
/// </summary>
public sealed class RateGovernorEmulatorTests
{
    // One second into a minute: no window turns by accident.
    private static readonly DateTimeOffset Start = new(2026, 1, 15, 12, 0, 1, TimeSpan.Zero);

    private sealed class Setup : IAsyncDisposable
    {
        private Setup(FakeTimeProvider clock, EmulatorHarness harness)
        {
            Clock = clock;
            Harness = harness;
        }

        public FakeTimeProvider Clock { get; }

        public EmulatorHarness Harness { get; }

        public ExchangeEmulator Emulator => Harness.Emulator;

        public WebSocketApiClient Client => Harness.Client;

        public static async Task<Setup> StartAsync(RateLimitPolicy policy, int weightPerMinute = 6000, int violationsBeforeBan = 3)
        {
            var clock = new FakeTimeProvider(Start);
            EmulatorHarness harness = await EmulatorHarness.StartAsync(null, o =>
            {
                o.TimeProvider = clock;
                o.KeepAliveInterval = TimeSpan.Zero;
                // Waits happen on the fake clock: the deadline must not be what ends them.
                o.RequestTimeout = TimeSpan.FromMinutes(10);
                o.RateLimitPolicy = policy;
            }, new EmulatorOptions
            {
                TimeProvider = clock,
                SpotRequestWeightPerMinute = weightPerMinute,
                FuturesRequestWeightPerMinute = weightPerMinute,
                RateLimitViolationsBeforeBan = violationsBeforeBan,
                SpotPingInterval = TimeSpan.FromDays(1),
                FuturesPingInterval = TimeSpan.FromDays(1),
                MarketMaker = false,
                SeedMarketHistory = false,
            });
            return new Setup(clock, harness);
        }

        public Task<WsApiResponse<System.Text.Json.JsonElement>> PingAsync(WsApiEndpoint endpoint = WsApiEndpoint.Spot) =>
            Client.SendAsync(endpoint, "ping");

        public RateLimitTracker Tracker(WsApiEndpoint endpoint = WsApiEndpoint.Spot) => Client.GetWsClient()[endpoint].RateLimits;

        public int PingsReceived(WsApiEndpoint endpoint = WsApiEndpoint.Spot) =>
            Emulator.ReceivedRequests.Count(r => r.Method == "ping" && r.Path == PathOf(endpoint));

        public Task WaitForAsync(Func<bool> condition, string what) => Harness.Events.WaitForAsync(condition, what);

        public Task WaitForAsync(Func<bool> condition, Func<string> what) => Harness.Events.WaitForAsync(condition, what);

        public void AdvanceToNextMinute()
        {
            long now = Clock.GetUtcNow().ToUnixTimeMilliseconds();
            Clock.SetUtcNow(DateTimeOffset.FromUnixTimeMilliseconds((now / 60_000 + 1) * 60_000));
        }

        private string PathOf(WsApiEndpoint endpoint) => (endpoint switch
        {
            WsApiEndpoint.Spot => Emulator.SpotUri,
            WsApiEndpoint.UsdM => Emulator.UsdMUri,
            _ => Emulator.CoinMUri,
        }).AbsolutePath;

        public ValueTask DisposeAsync() => Harness.DisposeAsync();
    }

    [Theory]
    [InlineData(WsApiEndpoint.Spot, 2)]
    [InlineData(WsApiEndpoint.UsdM, 5)]
    [InlineData(WsApiEndpoint.CoinM, 5)]
    public async Task Wait_never_gets_a_429_under_a_burst_over_the_limit(WsApiEndpoint endpoint, int handshakeWeight)
    {
        const int Limit = 12, Burst = 30;
        await using Setup s = await Setup.StartAsync(RateLimitPolicy.Wait, weightPerMinute: Limit);
        await s.PingAsync(endpoint); // the first answer tells the client the emulator's low limit
        int firstMinute = Limit - handshakeWeight - 1;

        Task[] burst = [.. Enumerable.Range(0, Burst).Select(_ => (Task)s.PingAsync(endpoint))];
        int expectedDone = 0;
        foreach (int allowed in new[] { firstMinute, Limit, Limit, Limit })
        {
            // Each minute: as many as fit go out and are answered; the rest wait for the next window, unsent.
            expectedDone = Math.Min(Burst, expectedDone + allowed);
            int done = expectedDone;
            await s.WaitForAsync(() => burst.Count(t => t.IsCompleted) == done && s.Tracker(endpoint).Waiting == Burst - done,
                () => $"{done} answered and {Burst - done} waiting (now {burst.Count(t => t.IsCompleted)} and {s.Tracker(endpoint).Waiting})");
            Assert.Equal(1 + done, s.PingsReceived(endpoint));
            if (done == Burst)
            {
                break;
            }

            s.AdvanceToNextMinute();
        }

        await Task.WhenAll(burst); // every one succeeded: no 429, no 418
        Assert.Equal(Burst, burst.Count(t => t.IsCompletedSuccessfully));
    }

    [Fact]
    public async Task Fail_refuses_at_once_not_sent_before_the_server_would_and_sends_again_in_the_next_window()
    {
        await using Setup s = await Setup.StartAsync(RateLimitPolicy.Fail, weightPerMinute: 6);
        for (int i = 0; i < 4; i++) // handshake 2 + 4 pings = 6
        {
            await s.PingAsync();
        }

        BinanceRateLimitException refused = await Assert.ThrowsAsync<BinanceRateLimitException>(() => s.PingAsync());
        Assert.True(refused.RefusedByClient);
        Assert.Equal(RequestSendState.NotSent, refused.SendState);
        Assert.Equal((429, -1003, "ping"), (refused.Status, refused.Code, refused.Method));
        Assert.Equal(new DateTimeOffset(2026, 1, 15, 12, 1, 0, TimeSpan.Zero), refused.RetryAfter);
        Assert.Equal((6, 6), (refused.RateLimits.Single().Limit, refused.RateLimits.Single().Count));
        Assert.Contains("not sent", refused.Message, StringComparison.Ordinal);
        Assert.Equal(4, s.PingsReceived()); // the server never saw it

        s.AdvanceToNextMinute();
        await s.PingAsync();
        Assert.Equal(5, s.PingsReceived());
    }

    [Fact]
    public async Task A_placement_refused_by_the_governor_carries_its_client_order_id()
    {
        await using Setup s = await Setup.StartAsync(RateLimitPolicy.Fail, weightPerMinute: 3);
        await s.PingAsync(); // handshake 2 + 1: the window is full
        var client = s.Harness.CreateClient(EmulatorHarness.Hmac, o =>
        {
            o.TimeProvider = s.Clock;
            o.RateLimitPolicy = RateLimitPolicy.Fail;
        });
        await using (client)
        {
            await client.TestSpotConnectivityAsync().ContinueWith(_ => { }); // learns the limit (429 or not)
            BinanceRateLimitException refused = await Assert.ThrowsAsync<BinanceRateLimitException>(() => client.SubmitNewSpotOrderAsync(
                new SpotOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Market) { Quantity = 0.001m, NewClientOrderId = "governed-1" }));
            Assert.True(refused.RefusedByClient);
            Assert.Equal("governed-1", refused.ClientOrderId);
            Assert.DoesNotContain(s.Emulator.ReceivedRequests, r => r.Method == "order.place");
        }
    }

    [Theory]
    [InlineData(RateLimitPolicy.Fail)]
    [InlineData(RateLimitPolicy.Wait)]
    public async Task A_429_storm_with_retryAfter_never_leads_to_a_418(RateLimitPolicy policy)
    {
        const int Storm = 5, Callers = 10;
        await using Setup s = await Setup.StartAsync(policy, violationsBeforeBan: 3);
        await s.PingAsync();
        s.Emulator.Faults.ForceRateLimit(Storm, 429, TimeSpan.FromSeconds(30));
        BinanceRateLimitException first = await Assert.ThrowsAsync<BinanceRateLimitException>(() => s.PingAsync());
        Assert.False(first.RefusedByClient);
        Assert.Equal(s.Clock.GetUtcNow().AddSeconds(30), first.RetryAfter);

        // Callers pile up while the storm lasts; each 30 s one of them probes and meets the next 429, until the storm ends.
        var results = new List<Task>();
        for (int round = 1; round <= Storm; round++)
        {
            int sent = s.PingsReceived();
            if (policy == RateLimitPolicy.Fail)
            {
                for (int i = 0; i < Callers; i++)
                {
                    BinanceRateLimitException local = await Assert.ThrowsAsync<BinanceRateLimitException>(() => s.PingAsync());
                    Assert.True(local.RefusedByClient);
                    Assert.Equal(RequestSendState.NotSent, local.SendState);
                }

                Assert.Equal(sent, s.PingsReceived());
                s.Clock.Advance(TimeSpan.FromSeconds(30));
                Task probe = s.PingAsync();
                results.Add(probe);
                await probe.ContinueWith(_ => { });
            }
            else
            {
                if (round == 1)
                {
                    results.AddRange(Enumerable.Range(0, Callers).Select(_ => (Task)s.PingAsync()));
                }

                await s.WaitForAsync(() => s.Tracker().Waiting == Callers - (round - 1), $"{Callers - round + 1} callers waiting");
                Assert.Equal(sent, s.PingsReceived());
                DateTimeOffset until = s.Tracker().Snapshot().RetryAfter!.Value;
                s.Clock.SetUtcNow(until);
                if (round < Storm)
                {
                    // The probe met the next 429: the others wait again, unsent.
                    await s.WaitForAsync(() => results.Count(t => t.IsCompleted) == round && s.Tracker().Snapshot().RetryAfter > until,
                        $"the probe of round {round} refused");
                }
                else
                {
                    // The probe got through: the back-off is over and everyone goes.
                    await s.WaitForAsync(() => results.All(t => t.IsCompleted), "every caller answered");
                    Assert.Equal(sent + Callers - (Storm - 1), s.PingsReceived());
                    break;
                }
            }

            Assert.Equal(sent + 1, s.PingsReceived()); // one request per back-off, never a crowd
        }

        await Task.WhenAll(results.Select(t => t.ContinueWith(_ => { })));
        Assert.DoesNotContain(results, t => t.Exception?.InnerException is BinanceRateLimitException { IsIpBan: true });
        Assert.Equal(Storm - 1, results.Count(t => t.Exception?.InnerException is BinanceRateLimitException { RefusedByClient: false }));
        Assert.All(results.Where(t => !t.IsFaulted), t => Assert.True(t.IsCompletedSuccessfully));
        await s.PingAsync(); // the storm is over, the IP is not banned
    }

    [Fact]
    public async Task Off_sends_into_the_back_off_and_the_emulator_bans_the_IP()
    {
        await using Setup s = await Setup.StartAsync(RateLimitPolicy.Off, violationsBeforeBan: 3);
        await s.PingAsync();
        s.Emulator.Faults.ForceRateLimit(5, 429, TimeSpan.FromSeconds(30));

        BinanceRateLimitException? ban = null;
        for (int i = 0; i < 6 && ban is null; i++)
        {
            try
            {
                await s.PingAsync();
            }
            catch (BinanceRateLimitException ex) when (ex.IsIpBan)
            {
                ban = ex;
            }
            catch (BinanceRateLimitException ex)
            {
                Assert.False(ex.RefusedByClient); // Off never refuses by itself
            }
        }

        Assert.NotNull(ban);
        Assert.Equal(s.Clock.GetUtcNow().AddMinutes(2), ban.RetryAfter);
    }
}
