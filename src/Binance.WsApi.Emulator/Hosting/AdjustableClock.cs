namespace Binance.WsApi.Emulator.Hosting;

/// <summary>
/// The emulator's wall clock: the configured <see cref="TimeProvider"/> plus an offset, or frozen at an instant
/// that only <see cref="Advance"/> moves. Only <see cref="GetUtcNow"/> changes: timers and the monotonic timestamp
/// stay those of the inner provider, so pings, pong deadlines and rate-limit windows keep running while a test
/// shifts or freezes the time a client sees (<c>serverTime</c>, timestamp and <c>recvWindow</c> checks, order times).
/// </summary>
internal sealed class AdjustableClock(TimeProvider inner) : TimeProvider
{
    private readonly Lock _sync = new();
    private TimeSpan _offset;
    private DateTimeOffset? _frozenAt;

    public TimeProvider Inner { get; } = inner;

    /// <summary>Added to the inner clock while not frozen.</summary>
    public TimeSpan Offset
    {
        get
        {
            lock (_sync)
            {
                return _offset;
            }
        }
    }

    /// <summary>The frozen instant, or null while the clock runs.</summary>
    public DateTimeOffset? FrozenAt
    {
        get
        {
            lock (_sync)
            {
                return _frozenAt;
            }
        }
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (_sync)
        {
            return _frozenAt ?? Inner.GetUtcNow() + _offset;
        }
    }

    public override long GetTimestamp() => Inner.GetTimestamp();

    public override long TimestampFrequency => Inner.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => Inner.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        Inner.CreateTimer(callback, state, dueTime, period);

    /// <summary>Runs the clock again, shifted by <paramref name="offset"/> from the inner one.</summary>
    public void SetOffset(TimeSpan offset)
    {
        lock (_sync)
        {
            _offset = offset;
            _frozenAt = null;
        }
    }

    /// <summary>Stops the clock at <paramref name="at"/> (null = the current time).</summary>
    public void Freeze(DateTimeOffset? at)
    {
        lock (_sync)
        {
            _frozenAt = at ?? _frozenAt ?? Inner.GetUtcNow() + _offset;
        }
    }

    /// <summary>Runs the clock again from where it stands: the offset absorbs the time spent frozen.</summary>
    public void Unfreeze()
    {
        lock (_sync)
        {
            if (_frozenAt is { } frozen)
            {
                _offset = frozen - Inner.GetUtcNow();
                _frozenAt = null;
            }
        }
    }

    /// <summary>Moves the clock forward (frozen: the frozen instant; running: the offset).</summary>
    public void Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        lock (_sync)
        {
            if (_frozenAt is { } frozen)
            {
                _frozenAt = frozen + by;
            }
            else
            {
                _offset += by;
            }
        }
    }
}
