using System.Net.Sockets;

namespace Binance.WsApi.Connection;

/// <summary>
/// The TCP stream under a <see cref="WebSocketLink"/> (handed to the runtime's WebSocket through the HTTP handler's
/// connect callback, so the upgrade handshake, TLS and proxies stay the runtime's), with one addition: a thread that
/// publishes a batch of responses can <see cref="Cork"/> it, and the frames that batch's callers send meanwhile are
/// gathered and written to the socket in one send when it <see cref="Uncork">uncorks</see>. On loopback and over the
/// network alike a send is the most expensive step of a round trip (a system call, a TCP segment, a wake-up of the
/// peer); sixteen callers answered in one batch then cost one send, not sixteen.
/// </summary>
/// <remarks>
/// Only the corking thread's writes wait: a write from any other thread sends everything gathered so far with it, so a
/// frame never waits for an unrelated caller. The bytes go out in the order they were written. A write that finds a
/// send still in progress is appended behind it and sent by that send's loop. Past <see cref="MaxGathered"/> gathered
/// bytes a write waits for the socket instead, and a corker's write is sent at once (back-pressure, bounded memory).
/// A caller that blocks inside its batch holds its batch-mates' frames until <see cref="FlushStale"/> (the session's
/// deadline sweep) sends them.
/// </remarks>
internal sealed class CoalescingSocketStream : NetworkStream
{
    /// <summary>Bytes gathered before a write waits for the socket rather than growing the buffer.</summary>
    public const int MaxGathered = 256 * 1024;

    [ThreadStatic]
    private static CoalescingSocketStream? t_corked;

    private readonly Socket _socket;
    private readonly object _gate = new();
    // Two buffers, swapped on each send (writers gather into one while the other goes to the socket); plain arrays,
    // not pooled: a write racing the stream's disposal could otherwise touch an array already handed to someone else.
    private byte[] _gathered = new byte[16 * 1024];
    private byte[] _sendingBuffer = new byte[16 * 1024];
    private int _gatheredCount;
    private bool _sendInProgress;
    private TaskCompletionSource? _sendDone; // set when a write waits for the send in progress
    private Exception? _sendFailure;
    private long _sendCount;
    private long _gatheredSince; // Stopwatch timestamp of the oldest gathered byte; 0: nothing gathered
    private long _staleSince; // Environment.TickCount64 when gathered bytes were first left waiting; 0: none

    /// <summary>Socket sends so far (a gathered run counts once); read by tests once the stream is quiet.</summary>
    internal long SendCount => Volatile.Read(ref _sendCount);

    public CoalescingSocketStream(Socket socket)
        : base(socket, ownsSocket: true)
    {
        _socket = socket;
    }

    /// <summary>
    /// Starts gathering this thread's writes; false when this thread already corks this stream (the caller must then not
    /// uncork it).
    /// </summary>
    public bool Cork()
    {
        if (t_corked is not null)
        {
            return false;
        }

        t_corked = this;
        return true;
    }

    /// <summary>
    /// True when bytes have been gathered for longer than <paramref name="limit"/> (a <see cref="System.Diagnostics.Stopwatch"/>
    /// tick count): a batch whose callers take that long sends what they wrote so far instead of holding it to the end.
    /// </summary>
    public bool GatheredLongerThan(long limit)
    {
        long since = Volatile.Read(ref _gatheredSince);
        return since != 0 && System.Diagnostics.Stopwatch.GetTimestamp() - since > limit;
    }

    /// <summary>Stops gathering this thread's writes and sends what was gathered (unless a send is in progress).</summary>
    public void Uncork()
    {
        t_corked = null;
        StartSendIfIdle();
    }

    /// <summary>
    /// Sends bytes that have waited since the last call (a corking caller blocked inside its batch): called
    /// periodically by the session, from a timer thread.
    /// </summary>
    public void FlushStale()
    {
        lock (_gate)
        {
            if (_gatheredCount == 0 || _sendInProgress)
            {
                _staleSince = 0;
                return;
            }

            if (_staleSince == 0)
            {
                _staleSince = Environment.TickCount64;
                return;
            }
        }

        StartSendIfIdle();
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        // The WebSocket and TLS write asynchronously; a synchronous write (none is expected) is gathered behind the
        // bytes before it and sent without blocking, so the order on the wire still follows the order of the writes.
        lock (_gate)
        {
            if (_sendFailure is { } failure)
            {
                throw new IOException("The connection's send failed.", failure);
            }

            Append(buffer);
        }

        StartSendIfIdle();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        bool corked = ReferenceEquals(t_corked, this);
        Task? wait = null;
        lock (_gate)
        {
            if (_sendFailure is { } failure)
            {
                return ValueTask.FromException(new IOException("The connection's send failed.", failure));
            }

            if (!_sendInProgress && _gatheredCount == 0 && !corked)
            {
                // The common uncorked case: nothing gathered, nothing in progress: straight to the socket.
                _sendInProgress = true;
            }
            else
            {
                Append(buffer.Span);
                if (_gatheredCount <= MaxGathered && (corked || _sendInProgress))
                {
                    // Sent on uncork, or by the send in progress when it finishes.
                    return ValueTask.CompletedTask;
                }

                // Past the cap (corked or not) the bytes go now, or the write waits for the send in progress.

                if (_sendInProgress)
                {
                    _sendDone ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    wait = _sendDone.Task;
                }
                else
                {
                    _sendInProgress = true;
                    buffer = default; // sent with the gathered bytes
                }
            }
        }

        if (wait is not null)
        {
            return new ValueTask(wait);
        }

        return buffer.IsEmpty ? SendGathered() : SendDirect(buffer);
    }

    public override void Flush() => StartSendIfIdle();

    public override Task FlushAsync(CancellationToken cancellationToken)
    {
        StartSendIfIdle();
        return Task.CompletedTask;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            lock (_gate)
            {
                _sendFailure ??= new ObjectDisposedException(nameof(CoalescingSocketStream));
                _sendDone?.TrySetException(_sendFailure);
            }
        }
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (_gatheredCount + bytes.Length > _gathered.Length)
        {
            byte[] larger = new byte[Math.Max(_gathered.Length * 2, _gatheredCount + bytes.Length)];
            _gathered.AsSpan(0, _gatheredCount).CopyTo(larger);
            _gathered = larger;
        }

        if (_gatheredCount == 0)
        {
            _gatheredSince = System.Diagnostics.Stopwatch.GetTimestamp();
        }

        bytes.CopyTo(_gathered.AsSpan(_gatheredCount));
        _gatheredCount += bytes.Length;
    }

    private void StartSendIfIdle()
    {
        lock (_gate)
        {
            if (_sendInProgress || _gatheredCount == 0 || _sendFailure is not null)
            {
                return;
            }

            _sendInProgress = true;
        }

        ValueTask send = SendGathered();
        if (!send.IsCompletedSuccessfully)
        {
            // Nobody awaits this send: its failure is recorded (the next write reports it, the receive loop sees the
            // socket end); observe it so it is not reported again as an unobserved task exception.
            _ = send.AsTask().ContinueWith(static t => _ = t.Exception, CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    /// <summary>Sends a caller's buffer (nothing gathered), then whatever was gathered meanwhile.</summary>
    private ValueTask SendDirect(ReadOnlyMemory<byte> buffer) =>
        Send(buffer) is { } pending ? new ValueTask(pending) : SendGathered();

    /// <summary>
    /// Sends <paramref name="bytes"/>: null when the socket took them all at once, otherwise the task that finishes the
    /// send and then sends what was gathered meanwhile.
    /// </summary>
    private Task? Send(ReadOnlyMemory<byte> bytes)
    {
        ValueTask<int> send;
        try
        {
            Interlocked.Increment(ref _sendCount);
            send = _socket.SendAsync(bytes, SocketFlags.None);
        }
        catch (Exception ex)
        {
            return Task.FromException(Fail(ex));
        }

        if (send.IsCompletedSuccessfully)
        {
            // Read once: a pooled ValueTask must not be consumed twice.
            int sent = send.Result;
            return sent == bytes.Length ? null : FinishSendAsync(new ValueTask<int>(sent), bytes);
        }

        return FinishSendAsync(send, bytes);
    }

    /// <summary>Finishes a send that went asynchronous (or sent only part of its bytes), then sends what was gathered.</summary>
    private async Task FinishSendAsync(ValueTask<int> send, ReadOnlyMemory<byte> bytes)
    {
        try
        {
            int sent = await send.ConfigureAwait(false);
            while (sent < bytes.Length)
            {
                sent += await _socket.SendAsync(bytes[sent..], SocketFlags.None).ConfigureAwait(false);
            }
        }
        catch (Exception ex)
        {
            throw Fail(ex);
        }

        await SendGathered().ConfigureAwait(false);
    }

    /// <summary>
    /// Sends the gathered bytes until none are left, then ends the send in progress (the caller set it). Completes
    /// synchronously while the socket takes the bytes at once.
    /// </summary>
    private ValueTask SendGathered()
    {
        while (true)
        {
            byte[] chunk;
            int count;
            TaskCompletionSource? done;
            lock (_gate)
            {
                if (_gatheredCount == 0 || _sendFailure is not null)
                {
                    _sendInProgress = false;
                    _staleSince = 0;
                    done = _sendDone;
                    _sendDone = null;
                    chunk = null!;
                    count = 0;
                }
                else
                {
                    // Swap: writers gather into the other buffer while this one goes to the socket.
                    chunk = _gathered;
                    count = _gatheredCount;
                    _gathered = _sendingBuffer;
                    _sendingBuffer = chunk;
                    _gatheredCount = 0;
                    _gatheredSince = 0;
                    done = null;
                }
            }

            if (count == 0)
            {
                done?.TrySetResult();
                return ValueTask.CompletedTask;
            }

            if (Send(chunk.AsMemory(0, count)) is { } pending)
            {
                return new ValueTask(pending);
            }
        }
    }

    private Exception Fail(Exception ex)
    {
        TaskCompletionSource? done;
        lock (_gate)
        {
            _sendFailure ??= ex;
            _sendInProgress = false;
            done = _sendDone;
            _sendDone = null;
        }

        done?.TrySetException(new IOException("The connection's send failed.", ex));
        return ex is IOException ? ex : new IOException("The connection's send failed.", ex);
    }
}
