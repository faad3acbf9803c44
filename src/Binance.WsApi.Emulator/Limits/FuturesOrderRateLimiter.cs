using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Limits;

/// <summary>
/// Futures <c>ORDERS</c> limits per account (docs/protocol.md §3.1): USD-M 300 per 10 SECOND and 1200 per 1 MINUTE,
/// COIN-M 1200 per 1 MINUTE; calendar buckets on the emulator clock. Every order request counts, rejected ones
/// included (the docs' 400 example reports count 1).
/// </summary>
internal sealed class FuturesOrderRateLimiter(MarketKind market, int perTenSeconds = 300, int perMinute = 1200)
{
    private readonly Dictionary<object, (long TenBucket, int Ten, long MinuteBucket, int Minute)> _counts = [];
    private readonly Lock _lock = new();

    /// <summary>Counts one order request; returns the usages to report and, when over a limit, that limit.</summary>
    public (IReadOnlyList<RateLimitUsage> Usage, (int Limit, string Interval)? Exceeded) Add(object account, long nowMs)
    {
        lock (_lock)
        {
            (long TenBucket, int Ten, long MinuteBucket, int Minute) c = _counts.GetValueOrDefault(account, (long.MinValue, 0, long.MinValue, 0));
            if (c.TenBucket != nowMs / 10_000)
            {
                c = (nowMs / 10_000, 0, c.MinuteBucket, c.Minute);
            }

            if (c.MinuteBucket != nowMs / 60_000)
            {
                c = (c.TenBucket, c.Ten, nowMs / 60_000, 0);
            }

            c = (c.TenBucket, c.Ten + 1, c.MinuteBucket, c.Minute + 1);
            _counts[account] = c;
            var usage = new List<RateLimitUsage>();
            (int, string)? exceeded = null;
            if (market == MarketKind.UsdM)
            {
                usage.Add(new RateLimitUsage("ORDERS", "SECOND", 10, perTenSeconds, c.Ten));
                if (c.Ten > perTenSeconds)
                {
                    exceeded = (perTenSeconds, "10 SECOND");
                }
            }

            usage.Add(new RateLimitUsage("ORDERS", "MINUTE", 1, perMinute, c.Minute));
            if (exceeded is null && c.Minute > perMinute)
            {
                exceeded = (perMinute, "1 MINUTE");
            }

            return (usage, exceeded);
        }
    }
}
