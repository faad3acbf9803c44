using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Limits;

/// <summary>
/// <c>REQUEST_WEIGHT</c> per client IP, shared by all connections of that IP on one product (spot and futures are
/// separate services at Binance, so they count separately). Buckets are calendar minutes of the emulator clock
/// (docs/protocol.md §3.1: "a 1 MINUTE bucket resets at every full minute").
/// </summary>
internal sealed class RequestWeightLimiter(TimeProvider timeProvider)
{
    private const long MinuteMs = 60_000;

    private readonly Dictionary<(MarketKind Market, string Ip), Bucket> _buckets = [];
    private readonly Lock _lock = new();

    /// <summary>
    /// Adds <paramref name="weight"/> and returns the count after it. Every request is charged, rejected ones
    /// included (docs/protocol.md §3.1), so a client that keeps hammering stays over the limit until the minute turns.
    /// </summary>
    public WeightUsage Add(MarketKind market, string ip, int weight, int limit)
    {
        long nowMs = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        long minute = nowMs / MinuteMs;
        lock (_lock)
        {
            if (!_buckets.TryGetValue((market, ip), out Bucket? bucket))
            {
                bucket = new Bucket();
                _buckets[(market, ip)] = bucket;
            }

            if (bucket.Minute != minute)
            {
                bucket.Minute = minute;
                bucket.Count = 0;
            }

            bucket.Count += weight;
            return new WeightUsage(bucket.Count, limit, nowMs, (minute + 1) * MinuteMs);
        }
    }

    /// <summary>Current count without charging anything.</summary>
    public int Peek(MarketKind market, string ip)
    {
        long minute = timeProvider.GetUtcNow().ToUnixTimeMilliseconds() / MinuteMs;
        lock (_lock)
        {
            return _buckets.TryGetValue((market, ip), out Bucket? bucket) && bucket.Minute == minute ? bucket.Count : 0;
        }
    }

    public void Reset()
    {
        lock (_lock)
        {
            _buckets.Clear();
        }
    }

    private sealed class Bucket
    {
        public long Minute = long.MinValue;
        public int Count;
    }
}

/// <summary>Result of charging weight: the count after the request, the limit, the time, and when the bucket resets.</summary>
internal readonly record struct WeightUsage(int Count, int Limit, long NowMs, long NextBucketMs)
{
    public bool Exceeded => Count > Limit;

    public RateLimitUsage ToRateLimit() => new("REQUEST_WEIGHT", "MINUTE", 1, Limit, Count);
}
