using System.Collections.Concurrent;
using Binance.WsApi.Protocol;

namespace Binance.WsApi.Connection;

/// <summary>
/// One open WebSocket (its <see cref="WebSocketLink"/>) and everything of the WS API whose life is tied to it: the
/// serialized send path, the pending-request table, the routing of incoming frames, the deadline sweep and the logon state. When the socket ends, every request still
/// pending fails at once with its send state; the owning <see cref="WsApiConnection"/> then decides whether to
/// reconnect. A session is never reopened: a reconnect makes a new one.
/// </summary>
internal sealed class SocketSession : IFrameReceiver
{
    private readonly WsApiConnection _owner;
    private readonly ConnectionContext _context;
    private readonly WebSocketLink _link;
    private readonly ConcurrentDictionary<long, PendingRequest> _pending = new();
    private readonly ConcurrentQueue<PendingRequest> _sendQueue = new();
    private readonly RequestFrameWriter _writer = new();
    private readonly ITimer _sweeper;
    private readonly object _logonLock = new();
    private Task<SessionStatus>? _logonTask;
    private BinanceApiException? _logonFailure;
    private int _logonGeneration;
    private volatile bool _loggedOn;
    private volatile bool _draining;
    private int _closed;
    private int _sending;

    public SocketSession(WsApiConnection owner, ConnectionContext context, WebSocketLink link)
    {
        _owner = owner;
        _context = context;
        _link = link;
        TimeSpan sweep = TimeSpan.FromMilliseconds(Math.Clamp(context.Settings.RequestTimeout.TotalMilliseconds / 20, 5, 50));
        _sweeper = context.Time.CreateTimer(static s => ((SocketSession)s!).SweepDeadlines(), this, sweep, sweep);
        Completion = Task.Run(ReceiveAsync);
    }

    public DateTimeOffset ConnectedAt => _link.ConnectedAt;

    /// <summary>Completes when the session has ended and its pending requests have been failed.</summary>
    public Task Completion { get; }

    public bool IsClosed => Volatile.Read(ref _closed) != 0;

    /// <summary>Set after a <c>serverShutdown</c> rotation: no new requests, close once the pending ones are answered.</summary>
    public bool IsDraining => _draining;

    public bool IsLoggedOn => _loggedOn;

    public int PendingCount => _pending.Count;

    /// <summary>
    /// Registers the request and queues its frame; the returned task completes with the response. Throws
    /// <see cref="SessionUnavailableException"/> (nothing registered, nothing sent) when the session no longer takes
    /// requests.
    /// </summary>
    public Task<WsApiResponse<T>> SendAsync<T>(PendingRequest<T> request, WsApiParameters? parameters, RequestAuth auth, CancellationToken cancellationToken)
    {
        if (!TrySend(request, parameters, auth, cancellationToken))
        {
            throw new SessionUnavailableException();
        }

        return request.Task;
    }

    /// <summary>
    /// The allocation-free send: registers the request (its deadline runs from now, so a request queued behind a stuck
    /// send still fails in time, NotSent), queues it, and writes queued frames on this thread for as long as the socket
    /// takes them synchronously. False when the session no longer takes requests (nothing registered).
    /// </summary>
    public bool TrySend(PendingRequest request, WsApiParameters? parameters, RequestAuth auth, CancellationToken cancellationToken)
    {
        if (IsClosed || IsDraining)
        {
            return false;
        }

        request.Deadline = _context.Time.GetTimestamp() + (long)(request.Timeout.TotalSeconds * _context.Time.TimestampFrequency);
        _pending[request.Id] = request;

        // Terminate may have run between the check above and the registration, and its sweep of the pending table
        // may have missed this request (the sweeper timer is gone too): it would never complete. Terminate sets
        // _closed before it sweeps, and the full fence orders the registration before this read, so either the sweep
        // sees the request or this check sees the close.
        Interlocked.MemoryBarrier();
        if (IsClosed)
        {
            // Ours to withdraw (not sent, parameters untouched): the caller retries on the next socket. Otherwise
            // the sweep has it and fails it NotSent.
            return !_pending.TryRemove(new KeyValuePair<long, PendingRequest>(request.Id, request));
        }

        request.Parameters = parameters;
        request.Auth = auth;
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

        _sendQueue.Enqueue(request);
        DrainSendQueue();
        return true;
    }

    /// <summary>
    /// Writes queued frames, one sender at a time (<c>_sending</c>): the thread that wins the flag writes what is
    /// queued, its own frame and those of concurrent callers, so contention costs no waiter objects. When a socket
    /// send does not complete synchronously, <see cref="ContinueSendingAsync"/> keeps the flag and carries on. After
    /// releasing the flag the queue is checked again, so a frame queued during the release is never stranded.
    /// </summary>
    private void DrainSendQueue()
    {
        while (!_sendQueue.IsEmpty && Interlocked.CompareExchange(ref _sending, 1, 0) == 0)
        {
            try
            {
                if (!WriteQueuedFrames())
                {
                    return; // An asynchronous send owns the flag now.
                }
            }
            catch (Exception ex)
            {
                // Not expected (every step handles its own failures). This runs on a caller's thread: never leave the
                // flag taken (every later frame would be stranded) and fail the queued requests rather than throw.
                Terminate("send loop failed", ex);
            }

            ReleaseSendFlag();
        }
    }

    /// <summary>
    /// Releases the send flag with a full fence: a plain (release) store could be ordered after the queue re-check
    /// that follows it, while a concurrent caller enqueued and saw the flag still taken; nobody would write its frame.
    /// </summary>
    private void ReleaseSendFlag() => Interlocked.Exchange(ref _sending, 0);

    /// <summary>Writes frames while the socket completes sends synchronously; false when one went asynchronous.</summary>
    private bool WriteQueuedFrames()
    {
        while (_sendQueue.TryDequeue(out PendingRequest? request))
        {
            if (request.IsCompleted)
            {
                // Timed out or cancelled while queued: never send it.
                request.Parameters = null;
                continue;
            }

            if (IsClosed)
            {
                // Terminate fails every registered request (NotSent for this one); in case its sweep ran before this
                // one was visible, fail it here too (whoever removes it from the table fails it, once).
                request.Parameters = null;
                if (_pending.TryRemove(new KeyValuePair<long, PendingRequest>(request.Id, request)))
                {
                    request.TryFail(WsApiErrors.ConnectionEnded(_owner.Endpoint, "closed", request.Method, request.Id, RequestSendState.NotSent, null));
                }

                continue;
            }

            ReadOnlyMemory<byte> frame;
            try
            {
                SigningPlan plan = _context.CreatePlan(request.Auth, IsLoggedOn, _owner.Market);
                frame = _writer.Write(request.Id, request.Method, request.Parameters, plan);
            }
            catch (Exception ex)
            {
                // Nothing was written (a signer that fails, say): this request fails NotSent, the others go on.
                if (_pending.TryRemove(new KeyValuePair<long, PendingRequest>(request.Id, request)))
                {
                    request.TryFail(ex);
                }

                continue;
            }
            finally
            {
                // The frame holds its own copy of every value now; pooled parameter storage can go back.
                request.Parameters?.Recycle();
                request.Parameters = null;
            }

            // From here the frame may reach the server, so every failure is Sent (outcome unknown). The claim is atomic
            // with the failure paths (timeout, cancellation, Terminate): one that already reported NotSent while the
            // frame was being written wins, and the frame is dropped, so NotSent never describes a sent request.
            if (!request.TryMarkSent())
            {
                continue;
            }

            ValueTask send;
            try
            {
                send = _link.SendAsync(frame);
            }
            catch (Exception ex)
            {
                OnSendFailed(request, ex);
                continue;
            }

            if (!send.IsCompletedSuccessfully)
            {
                _ = ContinueSendingAsync(send, request);
                return false;
            }

            // Consume the result: a ValueTask backed by a pooled source is only released by GetResult.
            send.GetAwaiter().GetResult();
        }

        return true;
    }

    /// <summary>Awaits a send that went asynchronous, then keeps draining the queue under the same flag.</summary>
    private async Task ContinueSendingAsync(ValueTask send, PendingRequest request)
    {
        try
        {
            await send.ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            OnSendFailed(request, ex);
        }

        try
        {
            if (!WriteQueuedFrames())
            {
                return;
            }
        }
        catch (Exception ex)
        {
            // Not expected (every step above handles its own failures); never leave the flag taken.
            Terminate("send loop failed", ex);
        }

        ReleaseSendFlag();
        DrainSendQueue();
    }

    private void OnSendFailed(PendingRequest request, Exception ex)
    {
        WsApiConnectionException failure = WsApiErrors.SendFailed(_owner.Endpoint, request.Method, request.Id, ex);
        if (_pending.TryRemove(new KeyValuePair<long, PendingRequest>(request.Id, request)))
        {
            request.TryFail(failure);
        }

        Terminate("send failed", ex);
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
        TimeSpan maxWait = _context.Settings.RequestTimeout;
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

        await _link.CloseAsync(reason, Completion).ConfigureAwait(false);
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
        _link.Abort();
        foreach (KeyValuePair<long, PendingRequest> entry in _pending)
        {
            if (_pending.TryRemove(entry))
            {
                PendingRequest p = entry.Value;
                RequestSendState state = p.SettleSendState();
                p.TryFail(WsApiErrors.ConnectionEnded(_owner.Endpoint, reason, p.Method, p.Id, state, cause));
            }
        }

        _owner.OnSessionEnded(this, reason, cause);
        _link.Dispose();
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
                p.TryFail(WsApiErrors.TimedOut(p.Timeout, p.Method, p.Id, p.Endpoint, p.SettleSendState()));
            }
        }
    }

    private async Task ReceiveAsync()
    {
        LinkEnd end = await _link.ReceiveAsync(this).ConfigureAwait(false);
        Terminate(end.Reason, end.Cause);
    }

    void IFrameReceiver.OnBinaryFrame(int length) =>
        _context.Observer.OnError(_owner.Endpoint, $"Ignored an unexpected binary frame of {length} bytes.", null);

    /// <summary>Nothing one frame contains may end the receive loop: a failure to handle it is reported and skipped.</summary>
    void IFrameReceiver.OnTextFrame(ReadOnlyMemory<byte> frame)
    {
        try
        {
            HandleFrame(frame);
        }
        catch (Exception ex)
        {
            try
            {
                _context.Observer.OnError(_owner.Endpoint, "Could not handle an incoming frame: " + ex.Message + " — " + Preview(frame.Span), ex);
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
            _context.Observer.OnError(_owner.Endpoint, "Received a frame that is neither a response nor an event: " + Preview(frame.Span), null);
            return;
        }

        _context.Observer.OnFrame(_owner.Endpoint, frame, header);
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

        _context.Observer.OnError(_owner.Endpoint, $"Received a response for an unknown or expired request id ({(header.IdIsNumber ? header.NumericId.ToString(System.Globalization.CultureInfo.InvariantCulture) : header.TextId)}).", null);
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
