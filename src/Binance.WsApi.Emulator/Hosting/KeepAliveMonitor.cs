using System.Buffers.Binary;

namespace Binance.WsApi.Emulator.Hosting;

/// <summary>
/// Server-side keep-alive as Binance documents it (docs/protocol.md §2): a PING every <c>interval</c> whatever the
/// traffic, and a disconnect when a PING stays unanswered for <c>timeout</c>. A PONG answers a PING when it
/// echoes its payload (and thereby every older PING too); unsolicited or mismatched PONGs do not count.
/// Timers run on the emulator's <see cref="TimeProvider"/>.
/// </summary>
internal sealed class KeepAliveMonitor : IDisposable
{
    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;
    private readonly TimeSpan _timeout;
    private readonly Func<byte[], Task> _sendPing;
    private readonly Action _onTimeout;
    private readonly Queue<(long Payload, DateTimeOffset SentAt)> _outstanding = new();
    private readonly Lock _lock = new();
    private ITimer? _pingTimer;
    private ITimer? _deadlineTimer;
    private long _counter;
    private bool _timedOut;
    private bool _disposed;

    public KeepAliveMonitor(TimeProvider time, TimeSpan interval, TimeSpan timeout, Func<byte[], Task> sendPing, Action onTimeout)
    {
        _time = time;
        _interval = interval;
        _timeout = timeout;
        _sendPing = sendPing;
        _onTimeout = onTimeout;
    }

    /// <summary>Number of PINGs sent so far (for diagnostics and tests).</summary>
    public long PingsSent => Interlocked.Read(ref _counter);

    public void Start()
    {
        if (_interval <= TimeSpan.Zero || _interval == Timeout.InfiniteTimeSpan)
        {
            return; // keep-alive disabled
        }

        lock (_lock)
        {
            _pingTimer = _time.CreateTimer(_ => OnPingTick(), null, _interval, _interval);
            _deadlineTimer = _time.CreateTimer(_ => OnDeadline(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }
    }

    public void OnPong(ReadOnlySpan<byte> payload)
    {
        if (payload.Length != sizeof(long))
        {
            return;
        }

        long answered = BinaryPrimitives.ReadInt64BigEndian(payload);
        lock (_lock)
        {
            if (_disposed || !ContainsPayload(answered))
            {
                return;
            }

            while (_outstanding.Count > 0 && _outstanding.Peek().Payload <= answered)
            {
                _outstanding.Dequeue();
            }

            ArmDeadline();
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _pingTimer?.Dispose();
            _deadlineTimer?.Dispose();
        }
    }

    private void OnPingTick()
    {
        byte[] payload = new byte[sizeof(long)];
        lock (_lock)
        {
            if (_disposed || _timedOut)
            {
                return;
            }

            long id = Interlocked.Increment(ref _counter);
            BinaryPrimitives.WriteInt64BigEndian(payload, id);
            _outstanding.Enqueue((id, _time.GetUtcNow()));
            if (_outstanding.Count == 1)
            {
                ArmDeadline();
            }
        }

        // Failures (connection already gone) surface in the receive loop; nothing to do here.
        _ = _sendPing(payload).ContinueWith(static t => _ = t.Exception, TaskScheduler.Default);
    }

    private void OnDeadline()
    {
        lock (_lock)
        {
            if (_disposed || _timedOut || _outstanding.Count == 0)
            {
                return;
            }

            if (_time.GetUtcNow() - _outstanding.Peek().SentAt < _timeout)
            {
                ArmDeadline(); // a PONG moved the oldest unanswered PING forward meanwhile
                return;
            }

            _timedOut = true;
            _pingTimer?.Dispose();
        }

        _onTimeout();
    }

    private void ArmDeadline()
    {
        if (_outstanding.Count == 0)
        {
            _deadlineTimer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            return;
        }

        TimeSpan due = _outstanding.Peek().SentAt + _timeout - _time.GetUtcNow();
        _deadlineTimer?.Change(due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan);
    }

    private bool ContainsPayload(long payload)
    {
        foreach (var (id, _) in _outstanding)
        {
            if (id == payload)
            {
                return true;
            }
        }

        return false;
    }
}
