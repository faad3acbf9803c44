using System.Globalization;

namespace Binance.WsApi.Emulator.Limits;

/// <summary>
/// The spot <c>ORDERS</c> limits (unfilled order count, docs/protocol.md §3.1): per account, calendar buckets of 10 seconds
/// and one UTC day on the emulator clock; +1 per placed order (+2/+3 for lists), −1 when an order first fills.
/// </summary>
internal sealed class UnfilledOrderCounter(int perTenSeconds, int perDay)
{
    private const long TenSecondsMs = 10_000;
    private const long DayMs = 86_400_000;

    private readonly Dictionary<object, Counts> _counts = [];

    public int PerTenSeconds => perTenSeconds;

    public int PerDay => perDay;

    /// <summary>Adds <paramref name="n"/> unless that exceeds a limit; returns the failed limit's text ("50 orders per 10 SECOND") or null.</summary>
    public string? TryAdd(object account, int n, long nowMs)
    {
        Counts c = Get(account, nowMs);
        if (c.Second + n > perTenSeconds)
        {
            return $"{perTenSeconds.ToString(CultureInfo.InvariantCulture)} orders per 10 SECOND";
        }

        if (c.Day + n > perDay)
        {
            return $"{perDay.ToString(CultureInfo.InvariantCulture)} orders per 1 DAY";
        }

        c.Second += n;
        c.Day += n;
        return null;
    }

    /// <summary>Would <paramref name="n"/> more orders exceed a limit? (Checked before a cancel-replace does anything.)</summary>
    public string? WouldExceed(object account, int n, long nowMs)
    {
        Counts c = Get(account, nowMs);
        if (c.Second + n > perTenSeconds)
        {
            return $"{perTenSeconds.ToString(CultureInfo.InvariantCulture)} orders per 10 SECOND";
        }

        return c.Day + n > perDay ? $"{perDay.ToString(CultureInfo.InvariantCulture)} orders per 1 DAY" : null;
    }

    /// <summary>An order got its first fill.</summary>
    public void Decrement(object account, long nowMs)
    {
        Counts c = Get(account, nowMs);
        c.Second = Math.Max(0, c.Second - 1);
        c.Day = Math.Max(0, c.Day - 1);
    }

    public (int TenSeconds, int Day) Snapshot(object account, long nowMs)
    {
        Counts c = Get(account, nowMs);
        return (c.Second, c.Day);
    }

    private Counts Get(object account, long nowMs)
    {
        if (!_counts.TryGetValue(account, out Counts? c))
        {
            c = new Counts();
            _counts[account] = c;
        }

        long second = nowMs / TenSecondsMs;
        long day = nowMs / DayMs;
        if (c.SecondBucket != second)
        {
            c.SecondBucket = second;
            c.Second = 0;
        }

        if (c.DayBucket != day)
        {
            c.DayBucket = day;
            c.Day = 0;
        }

        return c;
    }

    private sealed class Counts
    {
        public long SecondBucket = long.MinValue;
        public long DayBucket = long.MinValue;
        public int Second;
        public int Day;
    }
}
