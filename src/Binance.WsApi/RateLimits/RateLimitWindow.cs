namespace Binance.WsApi.RateLimits;

/// <summary>
/// One limit's current window: a calendar bucket of the UTC clock (a 1-minute window restarts at every full minute, a
/// 10-second one at :00, :10, …, as Binance counts, docs/protocol.md §3.1). Not thread-safe: its tracker's lock guards it.
/// </summary>
internal sealed class RateLimitWindow
{
    private long _bucket = long.MinValue;

    public RateLimitWindow(RateLimitType type, RateLimitInterval interval, int intervalNum, long lengthMs, int limit)
    {
        Type = type;
        Interval = interval;
        IntervalNum = intervalNum;
        LengthMs = lengthMs;
        Limit = limit;
    }

    public RateLimitType Type { get; }

    public RateLimitInterval Interval { get; }

    public int IntervalNum { get; }

    public long LengthMs { get; }

    public int Limit { get; set; }

    /// <summary>Usage in the bucket of the last <see cref="Roll"/>.</summary>
    public int Count { get; private set; }

    /// <summary>The window's length in milliseconds, or 0 for an interval we do not know (such a limit is only reported).</summary>
    public static long LengthOf(RateLimitInterval interval, int intervalNum)
    {
        long unit = interval.Value switch
        {
            "SECOND" => 1_000,
            "MINUTE" => 60_000,
            "HOUR" => 3_600_000,
            "DAY" => 86_400_000,
            _ => 0,
        };
        return intervalNum > 0 ? unit * intervalNum : 0;
    }

    public bool Matches(RateLimitType type, RateLimitInterval interval, int intervalNum) =>
        IntervalNum == intervalNum && Type.Value == type.Value && Interval.Value == interval.Value;

    /// <summary>Moves to the bucket of <paramref name="nowMs"/>; a new bucket starts empty.</summary>
    public void Roll(long nowMs)
    {
        long bucket = nowMs / LengthMs;
        if (bucket != _bucket)
        {
            _bucket = bucket;
            Count = 0;
        }
    }

    /// <summary>When the current bucket ends (call after <see cref="Roll"/>).</summary>
    public long EndMs => (_bucket + 1) * LengthMs;

    /// <summary>
    /// A count the server reported for this bucket. Responses can arrive out of order and requests of ours may be on
    /// the wire still, so the higher of what we counted and what it says is kept.
    /// </summary>
    public void Report(int count) => Count = Math.Max(Count, count);

    public void Add(int amount) => Count += amount;

    public bool WouldOverflow(int amount) => amount > 0 && Limit > 0 && Count > 0 && Count + amount > Limit;

    public RateLimitUsage ToUsage(long nowMs)
    {
        Roll(nowMs);
        return new RateLimitUsage(Type, Interval, IntervalNum, Limit, Count, DateTimeOffset.FromUnixTimeMilliseconds(EndMs));
    }
}
