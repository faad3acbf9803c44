using System.Text.Json;
using Binance.WsApi.Protocol;

namespace Binance.WsApi.RateLimits;

/// <summary>
/// The rate-limit state of one connection (one endpoint): every limit's current window, fed by each response's
/// <c>rateLimits</c> (on the receive loop), by <c>exchangeInfo</c>'s maximums and by the requests the client reserves
/// before sending; and the <c>retryAfter</c> of the last 429 or 418. The only copy: the public usage snapshot, the
/// metrics and the health check all read it. Thread-safe; no allocation per response.
/// </summary>
internal sealed class RateLimitTracker
{
    private readonly Lock _lock = new();
    private readonly List<RateLimitWindow> _windows = [];
    private readonly TimeProvider _time;
    private readonly ConnectionRateLimit? _connections;
    // After a 429/418 back-off ends, one request goes first (the probe) and the rest wait for its answer: requests
    // released together at the retryAfter instant would reach the server before it could refuse the first, and every
    // one refused inside a new back-off counts towards a ban. A probe whose answer never comes (its socket dropped)
    // stops holding the others after ProbeExpiryMs.
    private const long ProbeExpiryMs = 5_000;

    private long _retryAfterMs = long.MinValue;
    private bool _banned;
    private long _probeSinceMs = long.MinValue;
    private TaskCompletionSource _probeAnswered = NewProbeSource();
    private int _waiting;

    public RateLimitTracker(WsApiEndpoint endpoint, TimeProvider time, ConnectionRateLimit? connections = null)
    {
        Endpoint = endpoint;
        Market = WsApiEndpoints.GetMarket(endpoint);
        _time = time;
        _connections = connections;
        // Binance's documented ceilings (docs/protocol.md §3.1) until a response or exchangeInfo says otherwise, so
        // the first burst on a fresh connection is already governed. CONNECTIONS is counted per IP by the server: the
        // client-wide ConnectionRateLimit of the market governs it, and this tracker shows it and feeds it.
        if (Market == WsApiMarket.Spot)
        {
            AddWindow(RateLimitType.RequestWeight, RateLimitInterval.Minute, 1, 6000);
            AddWindow(RateLimitType.Orders, RateLimitInterval.Second, 10, 50);
            AddWindow(RateLimitType.Orders, RateLimitInterval.Day, 1, 160_000);
        }
        else
        {
            AddWindow(RateLimitType.RequestWeight, RateLimitInterval.Minute, 1, 2400);
            if (Market == WsApiMarket.UsdM)
            {
                AddWindow(RateLimitType.Orders, RateLimitInterval.Second, 10, 300);
            }

            AddWindow(RateLimitType.Orders, RateLimitInterval.Minute, 1, 1200);
        }
    }

    public WsApiEndpoint Endpoint { get; }

    public WsApiMarket Market { get; }

    /// <summary>The market's client-wide CONNECTIONS window this tracker shows (null in tests that build one alone).</summary>
    public ConnectionRateLimit? Connections => _connections;

    /// <summary>Requests waiting in <see cref="RateLimitPolicy.Wait"/> right now (for tests and the health check).</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>Raised when a request starts waiting (tests use it instead of sleeping).</summary>
    public event Action<RateLimitTracker>? WaitStarted;

    /// <summary>A response's <c>rateLimits</c> counts (on the receive loop, after its caller was answered).</summary>
    public void Observe(IReadOnlyList<RateLimit> rateLimits)
    {
        if (rateLimits.Count > 0)
        {
            Observe(rateLimits, withCounts: true);
        }
    }

    /// <summary>
    /// A response's <c>rateLimits</c> counts, packed as the response read them: the same as the list overload, without
    /// building a <see cref="RateLimit"/> per entry.
    /// </summary>
    public void Observe(in PackedRateLimits rateLimits)
    {
        if (rateLimits.List is { } list)
        {
            Observe(list);
            return;
        }

        if (!rateLimits.First.IsPresent)
        {
            return;
        }

        long now = NowMs;
        lock (_lock)
        {
            PackedRateLimit first = rateLimits.First;
            ObserveOne(first.Type, first.Interval, first.IntervalNum, first.Limit, first.Count, withCounts: true, now);
            foreach (ref readonly PackedRateLimit r in rateLimits.Rest)
            {
                ObserveOne(r.Type, r.Interval, r.IntervalNum, r.Limit, r.Count, withCounts: true, now);
            }
        }
    }

    /// <summary>
    /// A response's status, before its caller is answered: a 429 or 418 sets the time to wait (so the caller cannot
    /// send again before the governor knows); any other answer after a back-off ends it.
    /// </summary>
    public void OnStatus(ReadOnlySpan<byte> frame, in FrameHeader header)
    {
        if (header.Status is 429 or 418)
        {
            OnRefused(header.Status == 418, ReadRetryAfter(frame, header));
        }
        else if (Volatile.Read(ref _retryAfterMs) != long.MinValue)
        {
            EndBackOff();
        }
    }

    /// <summary>Completes when the pending probe is answered (see <see cref="TryReserve"/>).</summary>
    public Task ProbeAnswered
    {
        get
        {
            lock (_lock)
            {
                return _probeAnswered.Task;
            }
        }
    }

    /// <summary>An answer other than 429/418 after a back-off: the server takes requests again.</summary>
    private void EndBackOff()
    {
        TaskCompletionSource answered;
        lock (_lock)
        {
            if (_retryAfterMs == long.MinValue || NowMs < _retryAfterMs)
            {
                return;
            }

            _retryAfterMs = long.MinValue;
            _banned = false;
            _probeSinceMs = long.MinValue;
            answered = _probeAnswered;
            _probeAnswered = NewProbeSource();
        }

        answered.TrySetResult();
    }

    private static TaskCompletionSource NewProbeSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Limits and counts as a response or <c>exchangeInfo</c> (no counts there) reported them.</summary>
    public void Observe(IReadOnlyList<RateLimit> rateLimits, bool withCounts)
    {
        long now = NowMs;
        lock (_lock)
        {
            // By index: enumerating the interface would allocate an enumerator per response.
            for (int i = 0; i < rateLimits.Count; i++)
            {
                RateLimit r = rateLimits[i];
                ObserveOne(r.RateLimitType, r.Interval, r.IntervalNum, r.Limit, r.Count, withCounts, now);
            }
        }
    }

    /// <summary>One reported limit (under the lock).</summary>
    private void ObserveOne(RateLimitType type, RateLimitInterval interval, int intervalNum, int limit, int? count, bool withCounts, long now)
    {
        // Futures orders report {limit: -1, count: -1} for the weight they do not charge: nothing to learn.
        long length = RateLimitWindow.LengthOf(interval, intervalNum);
        if (limit <= 0 || length <= 0)
        {
            return;
        }

        if (_connections is not null && type.Value == "CONNECTIONS")
        {
            _connections.Observe(type, interval, intervalNum, limit, count, withCounts);
            return;
        }

        RateLimitWindow window = Find(type, interval, intervalNum) ?? AddWindow(type, interval, intervalNum, limit, length);
        window.Limit = limit;
        if (withCounts && count is >= 0 and var reported)
        {
            window.Roll(now);
            window.Report(reported);
        }
    }

    /// <summary>A 429 or 418: nothing more should go out on this connection before <paramref name="retryAfter"/>.</summary>
    public void OnRefused(bool banned, DateTimeOffset? retryAfter)
    {
        long now = NowMs;
        TaskCompletionSource answered;
        lock (_lock)
        {
            // Without a retryAfter, the fullest weight window's end is the best guess; else one second.
            long until = retryAfter?.ToUnixTimeMilliseconds() ?? FullWindowEnd(now) ?? now + 1000;
            if (until > _retryAfterMs)
            {
                _retryAfterMs = until;
                _banned = banned;
            }

            // A refused probe: the next one may go once the new retryAfter has passed.
            _probeSinceMs = long.MinValue;
            answered = _probeAnswered;
            _probeAnswered = NewProbeSource();
        }

        answered.TrySetResult();
    }

    /// <summary>
    /// Charges a request's weight and orders to the current windows if they fit (or always, with
    /// <paramref name="force"/>); otherwise returns false with the first instant it could fit and the limit in the way
    /// (null for a <c>retryAfter</c>, or while the probe after one is unanswered: then <see cref="ProbeAnswered"/> may
    /// complete sooner).
    /// </summary>
    public bool TryReserve(int weight, int orders, bool force, out long retryAtMs, out RateLimitUsage? blocking)
    {
        long now = NowMs;
        retryAtMs = 0;
        blocking = null;
        lock (_lock)
        {
            if (!force)
            {
                if (now < _retryAfterMs)
                {
                    retryAtMs = _retryAfterMs;
                    return false;
                }

                if (_retryAfterMs != long.MinValue)
                {
                    // The back-off has passed but no answer has said so yet: one probe at a time.
                    if (now < _probeSinceMs + ProbeExpiryMs)
                    {
                        retryAtMs = _probeSinceMs + ProbeExpiryMs;
                        return false;
                    }

                    _probeSinceMs = now;
                }

                foreach (RateLimitWindow w in _windows)
                {
                    w.Roll(now);
                    if (w.WouldOverflow(AmountFor(w, weight, orders)))
                    {
                        // The latest end among the full windows: waiting for an earlier one would only block again.
                        if (w.EndMs > retryAtMs)
                        {
                            retryAtMs = w.EndMs;
                            blocking = w.ToUsage(now);
                        }
                    }
                }

                if (blocking is not null)
                {
                    return false;
                }
            }

            foreach (RateLimitWindow w in _windows)
            {
                w.Roll(now);
                w.Add(AmountFor(w, weight, orders));
            }

            return true;
        }
    }

    /// <summary>The state now, for the public snapshot, the metrics and the health check.</summary>
    public EndpointRateLimitUsage Snapshot()
    {
        long now = NowMs;
        lock (_lock)
        {
            RateLimitUsage? connections = _connections?.ToUsage();
            var limits = new RateLimitUsage[_windows.Count + (connections is null ? 0 : 1)];
            for (int i = 0; i < _windows.Count; i++)
            {
                limits[i] = _windows[i].ToUsage(now);
            }

            if (connections is not null)
            {
                limits[^1] = connections;
            }

            bool blocked = now < _retryAfterMs;
            return new EndpointRateLimitUsage(Endpoint, limits, blocked ? DateTimeOffset.FromUnixTimeMilliseconds(_retryAfterMs) : null, blocked && _banned);
        }
    }

    public void EnterWait()
    {
        Interlocked.Increment(ref _waiting);
        WaitStarted?.Invoke(this);
    }

    public void ExitWait() => Interlocked.Decrement(ref _waiting);

    private long NowMs => _time.GetUtcNow().ToUnixTimeMilliseconds();

    private static int AmountFor(RateLimitWindow w, int weight, int orders) =>
        w.Type.Value switch
        {
            "REQUEST_WEIGHT" => weight,
            "ORDERS" => orders,
            _ => 0,
        };

    private RateLimitWindow? Find(RateLimitType type, RateLimitInterval interval, int intervalNum)
    {
        foreach (RateLimitWindow w in _windows)
        {
            if (w.Matches(type, interval, intervalNum))
            {
                return w;
            }
        }

        return null;
    }

    private RateLimitWindow AddWindow(RateLimitType type, RateLimitInterval interval, int intervalNum, int limit, long length = 0)
    {
        var window = new RateLimitWindow(type, interval, intervalNum, length > 0 ? length : RateLimitWindow.LengthOf(interval, intervalNum), limit);
        _windows.Add(window);
        return window;
    }

    private long? FullWindowEnd(long now)
    {
        long? end = null;
        foreach (RateLimitWindow w in _windows)
        {
            w.Roll(now);
            if (w.Limit > 0 && w.Count >= w.Limit && (end is null || w.EndMs > end))
            {
                end = w.EndMs;
            }
        }

        return end;
    }

    /// <summary>Binance puts <c>retryAfter</c> (ms since the epoch) in <c>error.data</c> (docs/protocol.md §3.3).</summary>
    private static DateTimeOffset? ReadRetryAfter(ReadOnlySpan<byte> frame, in FrameHeader header)
    {
        if (header.Error.End.Value <= 0)
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(frame[header.Error]);
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isData = reader.ValueTextEquals("data"u8);
                reader.Read();
                if (!isData || reader.TokenType != JsonTokenType.StartObject)
                {
                    reader.Skip();
                    continue;
                }

                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    bool isRetry = reader.ValueTextEquals("retryAfter"u8);
                    reader.Read();
                    if (isRetry && reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out long ms) && ms is >= 0 and <= 253402300799999)
                    {
                        return DateTimeOffset.FromUnixTimeMilliseconds(ms);
                    }

                    reader.Skip();
                }

                return null;
            }
        }
        catch (JsonException)
        {
            // A malformed error object: the caller's exception says so; the governor falls back to its own guess.
        }

        return null;
    }
}
