using Binance.WsApi.RateLimits;
using Microsoft.Extensions.Time.Testing;

namespace Binance.WsApi.Tests.RateLimits;

/// <summary>The CONNECTIONS governor on a fake clock: one shared window per market, and what each policy does with an attempt that does not fit.</summary>
public sealed class ConnectionGovernorTests
{
    // 12:00:01 UTC: the 5-minute window ends at 12:05:00.
    private static readonly DateTimeOffset Start = new(2026, 1, 15, 12, 0, 1, TimeSpan.Zero);
    private static readonly DateTimeOffset WindowEnd = new(2026, 1, 15, 12, 5, 0, TimeSpan.Zero);

    private static RateLimit Connections(int limit) =>
        new() { RateLimitType = RateLimitType.Connections, Interval = RateLimitInterval.Minute, IntervalNum = 5, Limit = limit };

    private static RateLimitUsage ConnectionsOf(RateLimitTracker tracker) =>
        tracker.Snapshot().Limits.Single(l => l.RateLimitType == RateLimitType.Connections);

    private static (ConnectionGovernor Governor, RateLimitTracker Spot) Create(RateLimitPolicy policy, FakeTimeProvider time, int limit = 3)
    {
        var governor = new ConnectionGovernor(policy, time);
        var spot = new RateLimitTracker(WsApiEndpoint.Spot, time, governor.For(WsApiMarket.Spot));
        spot.Observe([Connections(limit)], withCounts: false); // as exchangeInfo reports it
        return (governor, spot);
    }

    [Fact]
    public void Spot_starts_from_the_documented_limit_futures_only_from_exchangeInfo_and_every_endpoint_of_a_market_shares_one_window()
    {
        var time = new FakeTimeProvider(Start);
        var governor = new ConnectionGovernor(RateLimitPolicy.Off, time);
        var spot = new RateLimitTracker(WsApiEndpoint.Spot, time, governor.For(WsApiMarket.Spot));
        var spotPort = new RateLimitTracker(WsApiEndpoint.SpotAlternatePort, time, governor.For(WsApiMarket.Spot));
        var usdM = new RateLimitTracker(WsApiEndpoint.UsdM, time, governor.For(WsApiMarket.UsdM));
        Assert.Equal((300, "MINUTE", 5, 0), (ConnectionsOf(spot).Limit, ConnectionsOf(spot).Interval.Value, ConnectionsOf(spot).IntervalNum, ConnectionsOf(spot).Count));
        Assert.DoesNotContain(usdM.Snapshot().Limits, l => l.RateLimitType == RateLimitType.Connections);

        Assert.True(governor.AcquireAsync(WsApiEndpoint.Spot, null, default).IsCompletedSuccessfully);
        Assert.True(governor.AcquireAsync(WsApiEndpoint.SpotAlternatePort, null, default).IsCompletedSuccessfully);
        Assert.Equal(2, ConnectionsOf(spot).Count);
        Assert.Equal(2, ConnectionsOf(spotPort).Count);

        usdM.Observe([Connections(40)], withCounts: false);
        Assert.True(governor.AcquireAsync(WsApiEndpoint.UsdM, null, default).IsCompletedSuccessfully);
        Assert.Equal((40, 1), (ConnectionsOf(usdM).Limit, ConnectionsOf(usdM).Count));
        Assert.Equal(2, ConnectionsOf(spot).Count);
        Assert.Equal(WindowEnd, ConnectionsOf(spot).WindowEndsAt);
    }

    [Fact]
    public async Task Fail_refuses_the_attempt_over_the_limit_at_once_not_sent_until_the_window_ends()
    {
        var time = new FakeTimeProvider(Start);
        (ConnectionGovernor governor, RateLimitTracker spot) = Create(RateLimitPolicy.Fail, time);
        for (int i = 0; i < 3; i++)
        {
            await governor.AcquireAsync(WsApiEndpoint.Spot, null, default);
        }

        ValueTask fourth = governor.AcquireAsync(WsApiEndpoint.Spot, TimeSpan.FromMinutes(10), default);
        Assert.True(fourth.IsFaulted);
        BinanceRateLimitException refused = await Assert.ThrowsAsync<BinanceRateLimitException>(() => fourth.AsTask());
        Assert.True(refused.RefusedByClient);
        Assert.Equal(RequestSendState.NotSent, refused.SendState);
        Assert.Equal((WindowEnd, ConnectionGovernor.ConnectMethod), (refused.RetryAfter, refused.Method));
        Assert.Equal((3, 3), (refused.RateLimits.Single().Limit, refused.RateLimits.Single().Count));
        Assert.Equal(3, ConnectionsOf(spot).Count); // a refused attempt is not counted

        time.SetUtcNow(WindowEnd);
        await governor.AcquireAsync(WsApiEndpoint.Spot, null, default);
        Assert.Equal(1, ConnectionsOf(spot).Count);
    }

    [Fact]
    public async Task Off_connects_anyway_and_counts()
    {
        var time = new FakeTimeProvider(Start);
        (ConnectionGovernor governor, RateLimitTracker spot) = Create(RateLimitPolicy.Off, time);
        for (int i = 0; i < 5; i++)
        {
            Assert.True(governor.AcquireAsync(WsApiEndpoint.Spot, null, default).IsCompletedSuccessfully);
        }

        Assert.Equal((3, 5), (ConnectionsOf(spot).Limit, ConnectionsOf(spot).Count));
    }

    [Fact]
    public async Task Wait_holds_the_attempt_until_the_window_ends_unless_its_deadline_or_cancellation_comes_first()
    {
        var time = new FakeTimeProvider(Start);
        (ConnectionGovernor governor, RateLimitTracker spot) = Create(RateLimitPolicy.Wait, time);
        for (int i = 0; i < 3; i++)
        {
            await governor.AcquireAsync(WsApiEndpoint.Spot, null, default);
        }

        // A deadline before the window ends: refused at once, not sent.
        BinanceRateLimitException beyond = await Assert.ThrowsAsync<BinanceRateLimitException>(
            () => governor.AcquireAsync(WsApiEndpoint.Spot, TimeSpan.FromSeconds(10), default).AsTask());
        Assert.Contains("deadline", beyond.Message, StringComparison.Ordinal);

        // Cancelled while waiting: the wait ends.
        using (var cts = new CancellationTokenSource())
        {
            Task cancelled = governor.AcquireAsync(WsApiEndpoint.Spot, null, cts.Token).AsTask();
            Assert.Equal(1, governor.For(WsApiMarket.Spot).Waiting);
            await cts.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
            Assert.Equal(0, governor.For(WsApiMarket.Spot).Waiting);
        }

        Task waiting = governor.AcquireAsync(WsApiEndpoint.Spot, null, default).AsTask();
        Assert.False(waiting.IsCompleted);
        time.SetUtcNow(WindowEnd.AddMilliseconds(-1));
        Assert.False(waiting.IsCompleted);
        time.SetUtcNow(WindowEnd);
        await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(1, ConnectionsOf(spot).Count);
    }
}
