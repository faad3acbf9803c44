using System.Text;
using Binance.WsApi.Protocol;
using Binance.WsApi.RateLimits;
using Microsoft.Extensions.Time.Testing;

namespace Binance.WsApi.Tests.RateLimits;

/// <summary>The governor's window arithmetic on a fake clock: calendar buckets, reported counts, reservations, retryAfter.</summary>
public sealed class RateLimitTrackerTests
{
    // 12:00:55 UTC: five seconds before a minute (and a 10-second bucket) ends.
    private static readonly DateTimeOffset Start = new(2026, 1, 15, 12, 0, 55, TimeSpan.Zero);

    private static RateLimit Weight(int limit, int? count) =>
        new() { RateLimitType = RateLimitType.RequestWeight, Interval = RateLimitInterval.Minute, IntervalNum = 1, Limit = limit, Count = count };

    private static RateLimitUsage WeightOf(RateLimitTracker tracker) =>
        tracker.Snapshot().Limits.Single(l => l.RateLimitType == RateLimitType.RequestWeight);

    [Fact]
    public void Until_a_response_says_otherwise_the_documented_limits_apply_per_market()
    {
        var time = new FakeTimeProvider(Start);
        Assert.Equal([(6000, "MINUTE", 1), (50, "SECOND", 10), (160_000, "DAY", 1)],
            new RateLimitTracker(WsApiEndpoint.Spot, time).Snapshot().Limits.Select(l => (l.Limit, l.Interval.Value, l.IntervalNum)));
        Assert.Equal([(2400, "MINUTE", 1), (300, "SECOND", 10), (1200, "MINUTE", 1)],
            new RateLimitTracker(WsApiEndpoint.UsdM, time).Snapshot().Limits.Select(l => (l.Limit, l.Interval.Value, l.IntervalNum)));
        Assert.Equal([(2400, "MINUTE", 1), (1200, "MINUTE", 1)],
            new RateLimitTracker(WsApiEndpoint.CoinM, time).Snapshot().Limits.Select(l => (l.Limit, l.Interval.Value, l.IntervalNum)));
    }

    [Fact]
    public void A_reported_count_holds_until_the_calendar_minute_ends()
    {
        var time = new FakeTimeProvider(Start);
        var tracker = new RateLimitTracker(WsApiEndpoint.Spot, time);
        tracker.Observe([Weight(100, 40)], withCounts: true);

        RateLimitUsage usage = WeightOf(tracker);
        Assert.Equal((100, 40, 60), (usage.Limit, usage.Count, usage.Remaining));
        Assert.Equal(new DateTimeOffset(2026, 1, 15, 12, 1, 0, TimeSpan.Zero), usage.WindowEndsAt);

        time.Advance(TimeSpan.FromSeconds(4.999));
        Assert.Equal(40, WeightOf(tracker).Count);
        time.Advance(TimeSpan.FromMilliseconds(1)); // 12:01:00.000, a new bucket
        Assert.Equal(0, WeightOf(tracker).Count);
    }

    [Fact]
    public void Out_of_order_reports_and_our_own_reservations_keep_the_highest_count()
    {
        var time = new FakeTimeProvider(Start);
        var tracker = new RateLimitTracker(WsApiEndpoint.Spot, time);
        tracker.Observe([Weight(100, 40)], withCounts: true);
        tracker.Observe([Weight(100, 35)], withCounts: true); // an older response, answered later
        Assert.Equal(40, WeightOf(tracker).Count);

        Assert.True(tracker.TryReserve(20, 0, force: false, out _, out _)); // exchangeInfo, say: not answered yet
        Assert.Equal(60, WeightOf(tracker).Count);
        tracker.Observe([Weight(100, 60)], withCounts: true);
        Assert.Equal(60, WeightOf(tracker).Count);
    }

    [Fact]
    public void A_request_that_would_overflow_is_held_until_the_window_ends_and_then_fits()
    {
        var time = new FakeTimeProvider(Start);
        var tracker = new RateLimitTracker(WsApiEndpoint.Spot, time);
        tracker.Observe([Weight(10, 8)], withCounts: true);

        Assert.True(tracker.TryReserve(2, 0, force: false, out _, out _));
        Assert.False(tracker.TryReserve(1, 0, force: false, out long retryAt, out RateLimitUsage? blocking));
        Assert.Equal(new DateTimeOffset(2026, 1, 15, 12, 1, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(), retryAt);
        Assert.Equal((10, 10), (blocking!.Limit, blocking.Count));

        // Off sends anyway, and counts it.
        Assert.True(tracker.TryReserve(1, 0, force: true, out _, out _));
        Assert.Equal(11, WeightOf(tracker).Count);

        time.SetUtcNow(DateTimeOffset.FromUnixTimeMilliseconds(retryAt));
        Assert.True(tracker.TryReserve(1, 0, force: false, out _, out _));
        Assert.Equal(1, WeightOf(tracker).Count);
    }

    [Fact]
    public void Orders_count_only_against_ORDERS_windows_and_the_10_second_bucket_restarts_on_its_own()
    {
        var time = new FakeTimeProvider(Start);
        var tracker = new RateLimitTracker(WsApiEndpoint.Spot, time);
        tracker.Observe([new RateLimit { RateLimitType = RateLimitType.Orders, Interval = RateLimitInterval.Second, IntervalNum = 10, Limit = 2, Count = 2 }],
            withCounts: true);

        Assert.True(tracker.TryReserve(4, 0, force: false, out _, out _)); // a query: no orders
        Assert.False(tracker.TryReserve(1, 1, force: false, out long retryAt, out RateLimitUsage? blocking));
        Assert.Equal("ORDERS", blocking!.RateLimitType.Value);
        Assert.Equal(new DateTimeOffset(2026, 1, 15, 12, 1, 0, TimeSpan.Zero).ToUnixTimeMilliseconds(), retryAt);
    }

    [Fact]
    public void Futures_weightless_entries_and_unknown_intervals_are_ignored_and_exchangeInfo_sets_ceilings_only()
    {
        var time = new FakeTimeProvider(Start);
        var tracker = new RateLimitTracker(WsApiEndpoint.UsdM, time);
        tracker.Observe([Weight(-1, -1), new RateLimit { RateLimitType = RateLimitType.RequestWeight, Interval = new("FORTNIGHT"), IntervalNum = 1, Limit = 5, Count = 5 }],
            withCounts: true);
        Assert.Equal((2400, 0), (WeightOf(tracker).Limit, WeightOf(tracker).Count));

        tracker.Observe([Weight(1200, null), new RateLimit { RateLimitType = new("CONNECTIONS"), Interval = RateLimitInterval.Minute, IntervalNum = 5, Limit = 300 }],
            withCounts: false);
        Assert.Equal((1200, 0), (WeightOf(tracker).Limit, WeightOf(tracker).Count));
        Assert.Contains(tracker.Snapshot().Limits, l => l is { RateLimitType.Value: "CONNECTIONS", IntervalNum: 5, Limit: 300 });
    }

    [Fact]
    public void A_429_holds_every_request_until_its_retryAfter_then_one_probe_goes_first()
    {
        var time = new FakeTimeProvider(Start);
        var tracker = new RateLimitTracker(WsApiEndpoint.Spot, time);
        long retryAfter = Start.ToUnixTimeMilliseconds() + 30_000;
        Respond(tracker, 429, $"{{\"id\":1,\"status\":429,\"error\":{{\"code\":-1003,\"msg\":\"x\",\"data\":{{\"serverTime\":1,\"retryAfter\":{retryAfter}}}}}}}");

        EndpointRateLimitUsage state = tracker.Snapshot();
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(retryAfter), state.RetryAfter);
        Assert.False(state.IsBanned);
        Assert.False(tracker.TryReserve(1, 0, force: false, out long until, out RateLimitUsage? blocking));
        Assert.Equal(retryAfter, until);
        Assert.Null(blocking);

        time.SetUtcNow(DateTimeOffset.FromUnixTimeMilliseconds(retryAfter));
        Assert.True(tracker.TryReserve(1, 0, force: false, out _, out _)); // the probe
        Assert.False(tracker.TryReserve(1, 0, force: false, out _, out _)); // the rest wait for its answer
        Task answered = tracker.ProbeAnswered;
        Respond(tracker, 200, "{\"id\":2,\"status\":200,\"result\":{}}");
        Assert.True(answered.IsCompleted);
        Assert.True(tracker.TryReserve(1, 0, force: false, out _, out _));
        Assert.Null(tracker.Snapshot().RetryAfter);
    }

    [Fact]
    public void A_418_is_a_ban_and_a_429_without_retryAfter_waits_for_the_full_window()
    {
        var time = new FakeTimeProvider(Start);
        var tracker = new RateLimitTracker(WsApiEndpoint.Spot, time);
        long banEnd = Start.ToUnixTimeMilliseconds() + 120_000;
        Respond(tracker, 418, $"{{\"id\":1,\"status\":418,\"error\":{{\"code\":-1003,\"msg\":\"x\",\"data\":{{\"retryAfter\":{banEnd}}}}}}}");
        Assert.True(tracker.Snapshot().IsBanned);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(banEnd), tracker.Snapshot().RetryAfter);

        var other = new RateLimitTracker(WsApiEndpoint.Spot, time);
        other.Observe([Weight(10, 11)], withCounts: true);
        Respond(other, 429, "{\"id\":1,\"status\":429,\"error\":{\"code\":-1003,\"msg\":\"x\"}}");
        Assert.Equal(new DateTimeOffset(2026, 1, 15, 12, 1, 0, TimeSpan.Zero), other.Snapshot().RetryAfter);
    }

    [Fact]
    public void The_per_request_and_per_response_paths_allocate_nothing()
    {
        var time = new FakeTimeProvider(Start);
        var tracker = new RateLimitTracker(WsApiEndpoint.Spot, time);
        var governor = new RateGovernor(RateLimitPolicy.Wait, time);
        RateLimit[] reported = [Weight(6000, 40)];
        tracker.Observe(reported);
        _ = governor.AcquireAsync(tracker, "order.place", TimeSpan.FromSeconds(5), CancellationToken.None);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            ValueTask<TimeSpan?> gate = governor.AcquireAsync(tracker, "ping", TimeSpan.FromSeconds(5), CancellationToken.None);
            Assert.True(gate.IsCompletedSuccessfully);
            tracker.Observe(reported);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static void Respond(RateLimitTracker tracker, int status, string json)
    {
        byte[] frame = Encoding.UTF8.GetBytes(json);
        Assert.True(FrameHeader.TryRead(frame, out FrameHeader header));
        Assert.Equal(status, header.Status);
        tracker.OnStatus(frame, header);
    }
}
