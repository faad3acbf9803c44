namespace Binance.WsApi.RateLimits;

/// <summary>
/// The <c>CONNECTIONS</c> window of one market, shared by every connection of the client to that market: the server
/// counts connection attempts per IP, so the client counts them once, client-wide, not per endpoint tracker. Spot
/// starts from the documented 300 per 5 minutes (docs/protocol.md §3.1); futures have no documented one, so theirs
/// exists only once <c>exchangeInfo</c> reports it. Every endpoint's <see cref="RateLimitTracker"/> shows it and feeds
/// it what <c>exchangeInfo</c> says. Thread-safe.
/// </summary>
internal sealed class ConnectionRateLimit
{
    private readonly Lock _lock = new();
    private readonly TimeProvider _time;
    private RateLimitWindow? _window;
    private int _waiting;

    public ConnectionRateLimit(WsApiMarket market, TimeProvider time)
    {
        Market = market;
        _time = time;
        if (market == WsApiMarket.Spot)
        {
            _window = new RateLimitWindow(RateLimitType.Connections, RateLimitInterval.Minute, 5,
                RateLimitWindow.LengthOf(RateLimitInterval.Minute, 5), 300);
        }
    }

    public WsApiMarket Market { get; }

    /// <summary>Connection attempts waiting in <see cref="RateLimitPolicy.Wait"/> right now.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>Raised when an attempt starts waiting (tests use it instead of sleeping).</summary>
    public event Action<ConnectionRateLimit>? WaitStarted;

    /// <summary>A <c>CONNECTIONS</c> limit as <c>exchangeInfo</c> (or a response) reported it.</summary>
    public void Observe(RateLimit limit, bool withCounts) =>
        Observe(limit.RateLimitType, limit.Interval, limit.IntervalNum, limit.Limit, limit.Count, withCounts);

    /// <summary>A <c>CONNECTIONS</c> limit, given by its parts (a packed response entry has no object).</summary>
    public void Observe(RateLimitType type, RateLimitInterval interval, int intervalNum, int limit, int? count, bool withCounts)
    {
        long length = RateLimitWindow.LengthOf(interval, intervalNum);
        if (limit <= 0 || length <= 0)
        {
            return;
        }

        long now = NowMs;
        lock (_lock)
        {
            if (_window is null || !_window.Matches(type, interval, intervalNum))
            {
                // One window per market: a different interval replaces ours, keeping what we counted in this bucket.
                int counted = _window is { } old ? old.ToUsage(now).Count : 0;
                _window = new RateLimitWindow(type, interval, intervalNum, length, limit);
                _window.Roll(now);
                _window.Add(counted);
            }

            _window.Limit = limit;
            if (withCounts && count is >= 0 and var reported)
            {
                _window.Roll(now);
                _window.Report(reported);
            }
        }
    }

    /// <summary>
    /// Counts one connection attempt if it fits (or always, with <paramref name="force"/>); otherwise returns false with
    /// the instant the window ends and its usage.
    /// </summary>
    public bool TryReserve(bool force, out long retryAtMs, out RateLimitUsage? blocking)
    {
        long now = NowMs;
        retryAtMs = 0;
        blocking = null;
        lock (_lock)
        {
            if (_window is not { } w)
            {
                return true;
            }

            w.Roll(now);
            if (!force && w.Limit > 0 && w.Count + 1 > w.Limit)
            {
                retryAtMs = w.EndMs;
                blocking = w.ToUsage(now);
                return false;
            }

            w.Add(1);
            return true;
        }
    }

    /// <summary>The window now, or null when this market has none.</summary>
    public RateLimitUsage? ToUsage()
    {
        long now = NowMs;
        lock (_lock)
        {
            return _window?.ToUsage(now);
        }
    }

    public void EnterWait()
    {
        Interlocked.Increment(ref _waiting);
        WaitStarted?.Invoke(this);
    }

    public void ExitWait() => Interlocked.Decrement(ref _waiting);

    private long NowMs => _time.GetUtcNow().ToUnixTimeMilliseconds();
}
