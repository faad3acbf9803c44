using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using Binance.WsApi.Protocol;

namespace Binance.WsApi.Connection;

/// <summary>
/// One open WebSocket and everything whose life is tied to it: the receive loop, the serialized send path, the
/// pending-request table, the deadline sweep and the logon state. When the socket ends, every request still
/// pending fails at once with its send state; the owning <see cref="WsApiConnection"/> then decides whether to
/// reconnect. A session is never reopened: a reconnect makes a new one.
/// </summary>
internal sealed class SocketSession
{
    private const int MaxMessageBytes = 64 * 1024 * 1024;

    private readonly WsApiConnection _owner;
    private readonly ConnectionContext _context;
    private readonly ClientWebSocket _socket;
    private readonly ConcurrentDictionary<long, PendingRequest> _pending = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly RequestFrameWriter _writer = new();
    private readonly ITimer _sweeper;
    private readonly object _logonLock = new();
    private Task<SessionStatus>? _logonTask;
    private BinanceApiException? _logonFailure;
    private int _logonGeneration;
    private volatile bool _loggedOn;
    private volatile bool _draining;
    private int _closed;

    public SocketSession(WsApiConnection owner, ConnectionContext context, ClientWebSocket socket)
    {
        _owner = owner;
        _context = context;
        _socket = socket;
        ConnectedAt = context.Time.GetUtcNow();
        TimeSpan sweep = TimeSpan.FromMilliseconds(Math.Clamp(context.Options.RequestTimeout.TotalMilliseconds / 20, 5, 50));
        _sweeper = context.Time.CreateTimer(static s => ((SocketSession)s!).SweepDeadlines(), this, sweep, sweep);
        Completion = Task.Run(ReceiveLoopAsync);
    }

    public DateTimeOffset ConnectedAt { get; }

    /// <summary>Completes when the session has ended and its pending requests have been failed.</summary>
    public Task Completion { get; }

    public bool IsClosed => Volatile.Read(ref _closed) != 0;

    /// <summary>Set after a <c>serverShutdown</c> rotation: no new requests, close once the pending ones are answered.</summary>
    public bool IsDraining => _draining;

    public bool IsLoggedOn => _loggedOn;

    public int PendingCount => _pending.Count;

    public async Task<WsApiResponse<T>> SendAsync<T>(PendingRequest<T> request, WsApiParameters? parameters, RequestAuth auth, CancellationToken cancellationToken)
    {
        if (IsClosed || IsDraining)
        {
            throw new SessionUnavailableException();
        }

        // The deadline runs from registration, so a request queued behind a stuck send still fails in time (NotSent).
        request.Deadline = _context.Time.GetTimestamp() + (long)(request.Timeout.TotalSeconds * _context.Time.TimestampFrequency);
        _pending[request.Id] = request;
        if (cancellationToken.CanBeCanceled)
        {
            request.Session = this;
            request.Cancellation = cancellationToken.UnsafeRegister(static (state, token) =>
            {
                var pending = (PendingRequest)state!;
                if (pending.Session!._pending.TryRemove(new KeyValuePair<long, PendingRequest>(pending.Id, pending)))
                {
                    pending.TryCancel(token);
                }
            }, request);
        }

        bool locked = false;
        try
        {
            // Phase 1, nothing written yet: any failure here is NotSent.
            try
            {
                await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
                locked = true;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                if (_pending.TryRemove(new KeyValuePair<long, PendingRequest>(request.Id, request)))
                {
                    request.TryCancel(cancellationToken);
                }

                return await request.Task.ConfigureAwait(false);
            }

            if (request.IsCompleted)
            {
                // Timed out or cancelled while queued: never send it.
                return await request.Task.ConfigureAwait(false);
            }

            if (IsClosed)
            {
                _pending.TryRemove(request.Id, out _);
                request.Cancellation.Dispose();
                throw new SessionUnavailableException();
            }

            ReadOnlyMemory<byte> frame;
            try
            {
                SigningPlan plan = _context.CreatePlan(auth, IsLoggedOn, _owner.Market);
                frame = _writer.Write(request.Id, request.Method, parameters, plan);
            }
            catch
            {
                _pending.TryRemove(request.Id, out _);
                request.Cancellation.Dispose();
                throw;
            }

            // Phase 2: from here the frame may reach the server, so every failure is Sent (outcome unknown).
            request.MarkSent();
            try
            {
                // Never cancel a send half-way: a cancelled SendAsync aborts the whole socket.
                await _socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                var failure = new WsApiConnectionException(
                    $"The connection to {_owner.Endpoint} failed while sending {request.Method}; it may have been sent, so its outcome is unknown: {ex.Message}",
                    RequestSendState.Sent, request.Method, request.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), _owner.Endpoint, ex);
                if (_pending.TryRemove(new KeyValuePair<long, PendingRequest>(request.Id, request)))
                {
                    request.TryFail(failure);
                }

                Terminate("send failed", ex);
            }
        }
        finally
        {
            if (locked)
            {
                _sendLock.Release();
            }
        }

        return await request.Task.ConfigureAwait(false);
    }

    /// <summary>Logs the session on once; concurrent callers share the attempt, and a rejection reaches all of them.</summary>
    public Task<SessionStatus> EnsureLoggedOnAsync(Func<SocketSession, Task<SessionStatus>> logon)
    {
        lock (_logonLock)
        {
            if (_logonTask is { IsCompletedSuccessfully: true } done && _loggedOn)
            {
                return done;
            }

            if (_logonTask is null || _logonTask.IsCompleted)
            {
                _logonTask = RunLogonAsync(logon, _logonGeneration);
            }

            return _logonTask;
        }
    }

    private async Task<SessionStatus> RunLogonAsync(Func<SocketSession, Task<SessionStatus>> logon, int generation)
    {
        // Never complete synchronously: the caller stores this task under the lock before any outcome is known.
        await Task.Yield();
        try
        {
            SessionStatus status = await logon(this).ConfigureAwait(false);
            lock (_logonLock)
            {
                // A 401 or a logout that arrived meanwhile wins over this (older) success.
                if (generation == _logonGeneration)
                {
                    _loggedOn = true;
                    _logonFailure = null;
                }
            }

            return status;
        }
        catch
        {
            // The next private request tries again (after a clock fix, say); everyone waiting on this one fails.
            lock (_logonLock)
            {
                _logonTask = null;
            }

            throw;
        }
    }

    /// <summary>The server dropped the session's authentication (401 with id null, or a logout).</summary>
    public void ClearLogon()
    {
        lock (_logonLock)
        {
            _loggedOn = false;
            _logonTask = null;
            _logonGeneration++;
        }
    }

    /// <summary>Keeps a logon refusal that happened while connecting, for the caller of ConnectAsync.</summary>
    public void RecordLogonFailure(BinanceApiException failure) => Volatile.Write(ref _logonFailure, failure);

    public BinanceApiException? TakeLogonFailure() => Interlocked.Exchange(ref _logonFailure, null);

    /// <summary>Stops taking requests, waits (bounded) for the pending ones, then closes normally.</summary>
    public async Task DrainAndCloseAsync()
    {
        _draining = true;
        // Wait as long as the longest deadline among the pending requests, so none is cut short.
        TimeSpan maxWait = _context.Options.RequestTimeout;
        foreach (PendingRequest p in _pending.Values)
        {
            maxWait = p.Timeout > maxWait ? p.Timeout : maxWait;
        }

        long until = _context.Time.GetTimestamp() + (long)(maxWait.TotalSeconds * _context.Time.TimestampFrequency);
        while (!_pending.IsEmpty && !IsClosed && _context.Time.GetTimestamp() < until)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10), _context.Time).ConfigureAwait(false);
        }

        await CloseAsync("drained after serverShutdown").ConfigureAwait(false);
    }

    public async Task CloseAsync(string reason)
    {
        if (IsClosed)
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2), _context.Time);
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, reason, timeout.Token).ConfigureAwait(false);
            }

            await Completion.WaitAsync(TimeSpan.FromSeconds(2), _context.Time).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Closing is best effort; the abort below ends the session either way.
        }

        Terminate(reason, null);
    }

    /// <summary>Ends the session: aborts the socket and fails every pending request with its send state.</summary>
    public void Terminate(string reason, Exception? cause)
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
        {
            return;
        }

        _sweeper.Dispose();
        _socket.Abort();
        foreach (KeyValuePair<long, PendingRequest> entry in _pending)
        {
            if (_pending.TryRemove(entry))
            {
                PendingRequest p = entry.Value;
                p.TryFail(new WsApiConnectionException(
                    p.SendState == RequestSendState.Sent
                        ? $"The connection to {_owner.Endpoint} ended ({reason}) before {p.Method} was answered; it was sent, so its outcome is unknown."
                        : $"The connection to {_owner.Endpoint} ended ({reason}) before {p.Method} was sent; it is safe to retry.",
                    p.SendState, p.Method, p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), _owner.Endpoint, cause));
            }
        }

        _owner.OnSessionEnded(this, reason, cause);
        _socket.Dispose();
    }

    private void SweepDeadlines()
    {
        if (_pending.IsEmpty)
        {
            return;
        }

        long now = _context.Time.GetTimestamp();
        foreach (KeyValuePair<long, PendingRequest> entry in _pending)
        {
            PendingRequest p = entry.Value;
            if (now >= p.Deadline && _pending.TryRemove(entry))
            {
                p.TryFail(new WsApiTimeoutException(p.Timeout, p.Method, p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Endpoint, p.SendState));
            }
        }
    }

    private async Task ReceiveLoopAsync()
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        int count = 0;
        string reason = "connection closed by the server";
        Exception? cause = null;
        try
        {
            while (true)
            {
                if (count == buffer.Length)
                {
                    if (buffer.Length >= MaxMessageBytes)
                    {
                        throw new InvalidDataException($"An incoming message exceeded {MaxMessageBytes} bytes.");
                    }

                    byte[] larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, count).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                ValueWebSocketReceiveResult result = await _socket.ReceiveAsync(buffer.AsMemory(count), CancellationToken.None).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    reason = $"closed by the server ({_socket.CloseStatus} {_socket.CloseStatusDescription})".TrimEnd();
                    break;
                }

                count += result.Count;
                if (!result.EndOfMessage)
                {
                    continue;
                }

                if (result.MessageType == WebSocketMessageType.Binary)
                {
                    _context.Error?.Invoke(_owner.Endpoint, $"Ignored an unexpected binary frame of {count} bytes.", null);
                }
                else
                {
                    HandleFrameSafely(buffer.AsMemory(0, count));
                }

                count = 0;
            }
        }
        catch (Exception ex)
        {
            reason = "connection dropped";
            cause = ex;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        Terminate(reason, cause);
    }

    /// <summary>Nothing one frame contains may end the receive loop: a failure to handle it is reported and skipped.</summary>
    private void HandleFrameSafely(ReadOnlyMemory<byte> frame)
    {
        try
        {
            HandleFrame(frame);
        }
        catch (Exception ex)
        {
            try
            {
                _context.Error?.Invoke(_owner.Endpoint, "Could not handle an incoming frame: " + ex.Message + " — " + Preview(frame.Span), ex);
            }
            catch (Exception)
            {
                // Reporting failed too; the loop still goes on.
            }
        }
    }

    private void HandleFrame(ReadOnlyMemory<byte> frame)
    {
        if (!FrameHeader.TryRead(frame.Span, out FrameHeader header))
        {
            // A frame we cannot route is reported and skipped; the connection and other requests carry on.
            _context.Error?.Invoke(_owner.Endpoint, "Received a frame that is neither a response nor an event: " + Preview(frame.Span), null);
            return;
        }

        _context.MessageObserver?.Invoke(_owner.Endpoint, frame, header);
        if (header.Kind == FrameKind.Event)
        {
            _owner.OnPush(this, frame, header);
            return;
        }

        if (header.IdIsNumber && _pending.TryRemove(header.NumericId, out PendingRequest? pending))
        {
            pending.Complete(frame.Span, header);
            return;
        }

        if (header.IdIsNull)
        {
            _owner.OnConnectionLevelError(this, frame.Span, header);
            return;
        }

        _context.Error?.Invoke(_owner.Endpoint, $"Received a response for an unknown or expired request id ({(header.IdIsNumber ? header.NumericId.ToString(System.Globalization.CultureInfo.InvariantCulture) : header.TextId)}).", null);
    }

    internal static string Preview(ReadOnlySpan<byte> frame)
    {
        ReadOnlySpan<byte> head = frame.Length > 200 ? frame[..200] : frame;
        return System.Text.Encoding.UTF8.GetString(head) + (frame.Length > 200 ? "…" : string.Empty);
    }
}

/// <summary>The session ended or is draining before the request was written: retry on the current one.</summary>
internal sealed class SessionUnavailableException : Exception
{
    public SessionUnavailableException()
        : base("The session is no longer accepting requests.")
    {
    }
}
