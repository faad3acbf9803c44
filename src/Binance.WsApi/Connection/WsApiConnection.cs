using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using Binance.WsApi.Connection;
using Binance.WsApi.Protocol;

namespace Binance.WsApi;

/// <summary>
/// The connection to one endpoint: opened lazily on first use (or by <see cref="ConnectAsync"/>), logged on with
/// <c>session.logon</c> when the key is Ed25519, reopened with backoff when it drops, and moved to a fresh socket
/// when the server announces <c>serverShutdown</c>. Its state machine is
/// <c>Disconnected → Connecting → Authenticating → Ready → Reconnecting → … → Closed</c>, one event per transition.
/// Thread-safe.
/// </summary>
/// <remarks>
/// Invariants, all guarded by <c>_gate</c>: at most one connect (first connect or reconnect loop) runs at a time
/// (<c>_connecting</c>); <c>_session</c> is the one socket new requests use; <c>_ready</c> completes with that socket
/// once it is usable, and is replaced as soon as the socket is gone. A connect only promotes its socket if the
/// connection was not closed meanwhile (its lifetime token), so a close can never be undone by a late connect.
/// </remarks>
public sealed class WsApiConnection
{
    private readonly ConnectionContext _context;
    private readonly object _gate = new();
    private CancellationTokenSource _lifetime = new();
    private SocketSession? _session;
    private TaskCompletionSource<SocketSession> _ready = NewReadySource();
    private Task? _connecting;
    private bool _logonWanted;
    private bool _rotating;
    private bool _disposed;
    private ConnectionState _state = ConnectionState.Disconnected;

    internal WsApiConnection(WsApiEndpoint endpoint, Uri uri, ConnectionContext context)
    {
        Endpoint = endpoint;
        Market = WsApiEndpoints.GetMarket(endpoint);
        Uri = uri;
        _context = context;
    }

    /// <summary>The endpoint this connection serves.</summary>
    public WsApiEndpoint Endpoint { get; }

    /// <summary>The market of the endpoint.</summary>
    public WsApiMarket Market { get; }

    /// <summary>The URL it connects to.</summary>
    public Uri Uri { get; }

    /// <summary>The current state.</summary>
    public ConnectionState State
    {
        get
        {
            lock (_gate)
            {
                return _state;
            }
        }
    }

    /// <summary>True when the current socket is logged on with <c>session.logon</c>.</summary>
    public bool IsLoggedOn => Volatile.Read(ref _session) is { IsLoggedOn: true, IsClosed: false };

    /// <summary>When the current socket was opened, if one is open.</summary>
    public DateTimeOffset? ConnectedSince => Volatile.Read(ref _session) is { IsClosed: false } s ? s.ConnectedAt : null;

    /// <summary>The socket new requests use (for white-box tests of its races).</summary>
    internal SocketSession? CurrentSession => Volatile.Read(ref _session);

    /// <summary>Requests sent and not answered yet on the current socket.</summary>
    public int PendingRequestCount => Volatile.Read(ref _session)?.PendingCount ?? 0;

    /// <summary>
    /// Opens the connection if needed and, with an Ed25519 key, logs it on; completes when it is ready. Fails with
    /// <see cref="WsApiConnectionException"/> when it cannot connect within the connect timeout, or with
    /// <see cref="BinanceApiException"/> when the logon is rejected (the socket then stays open for public requests).
    /// </summary>
    public async Task ConnectAsync(CancellationToken cancellationToken = default)
    {
        bool logon = _context.Credentials?.KeyType == ApiKeyType.Ed25519;
        if (logon)
        {
            lock (_gate)
            {
                _logonWanted = true;
            }
        }

        SocketSession session = await GetReadySessionAsync(null, cancellationToken).ConfigureAwait(false);
        if (!logon || session.IsLoggedOn)
        {
            return;
        }

        // A logon refused while connecting is reported here, once, rather than tried a second time.
        if (session.TakeLogonFailure() is { } refused)
        {
            throw refused;
        }

        await session.EnsureLoggedOnAsync(LogonAsync).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Closes the connection gracefully. Requests still pending fail with <see cref="WsApiConnectionException"/>;
    /// a connect or reconnect in progress is stopped. A later request opens it again.
    /// </summary>
    public async Task CloseAsync(CancellationToken cancellationToken = default)
    {
        SocketSession? session;
        CancellationTokenSource stopped;
        TaskCompletionSource<SocketSession> waiting;
        lock (_gate)
        {
            session = _session;
            _session = null;
            _logonWanted = false;
            stopped = _lifetime;
            if (!_disposed)
            {
                _lifetime = new CancellationTokenSource();
            }

            waiting = _ready;
            _ready = NewReadySource();
        }

        // Outside the lock: cancellation callbacks and continuations run synchronously here.
        stopped.Cancel();
        waiting.TrySetException(WsApiErrors.ClosedByClient(Endpoint));
        if (session is not null)
        {
            await session.CloseAsync("closed by the client").WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        SetState(ConnectionState.Closed, "closed by the client", null);
    }

    internal async ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            _disposed = true;
        }

        await CloseAsync(CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends a request and awaits its typed response. <paramref name="onAnswered"/>, when given, runs with the socket
    /// that answered, before the caller sees the result (for methods that change that socket's state).
    /// </summary>
    internal Task<WsApiResponse<T>> SendAsync<T>(string method, WsApiParameters? parameters, RequestAuth auth,
        JsonTypeInfo<T> resultType, TimeSpan? timeout, CancellationToken cancellationToken, Action<SocketSession>? onAnswered = null,
        string? clientOrderId = null)
    {
        if (auth != RequestAuth.None && _context.Credentials is null)
        {
            return Task.FromException<WsApiResponse<T>>(
                new InvalidOperationException($"{method} needs API credentials: set Credentials in the client options."));
        }

        bool needsLogon = auth == RequestAuth.Signed && _context.Credentials?.KeyType == ApiKeyType.Ed25519;
        // The hot path: a ready socket (logged on when it must be) takes the request at once, with no async state
        // machine and no lock; everything else (connecting, logging on, a socket just gone) takes the full path.
        if (onAnswered is null && Volatile.Read(ref _session) is { } session && IsReadyFast && (!needsLogon || session.IsLoggedOn))
        {
            var pending = new PendingRequest<T>(_context.NextId(), method, Endpoint, timeout ?? _context.Settings.RequestTimeout, resultType)
            {
                ClientOrderId = clientOrderId,
            };
            if (session.TrySend(pending, parameters, auth, cancellationToken))
            {
                return pending.Task;
            }
        }

        return SendWhenReadyAsync(method, parameters, auth, resultType, timeout, needsLogon, cancellationToken, onAnswered, clientOrderId);
    }

    /// <summary>Ready without taking the gate: the state is only ever set under it, and a stale read takes the full path.</summary>
    private bool IsReadyFast => Volatile.Read(ref Unsafe.As<ConnectionState, int>(ref _state)) == (int)ConnectionState.Ready;

    private async Task<WsApiResponse<T>> SendWhenReadyAsync<T>(string method, WsApiParameters? parameters, RequestAuth auth,
        JsonTypeInfo<T> resultType, TimeSpan? timeout, bool needsLogon, CancellationToken cancellationToken, Action<SocketSession>? onAnswered,
        string? clientOrderId)
    {
        // A request that finds its socket draining or just closed was never written: retry it on the next one.
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                SocketSession session = await GetReadySessionAsync(method, cancellationToken).ConfigureAwait(false);
                if (needsLogon && !session.IsLoggedOn)
                {
                    await LogonForRequestAsync(session, method, cancellationToken).ConfigureAwait(false);
                }

                var pending = new PendingRequest<T>(_context.NextId(), method, Endpoint, timeout ?? _context.Settings.RequestTimeout, resultType)
                {
                    ClientOrderId = clientOrderId,
                };
                WsApiResponse<T> response = await session.SendAsync(pending, parameters, auth, cancellationToken).ConfigureAwait(false);
                onAnswered?.Invoke(session);
                return response;
            }
            catch (SessionUnavailableException) when (attempt < 3)
            {
                await Task.Yield();
            }
            catch (SessionUnavailableException ex)
            {
                throw WsApiErrors.NoUsableConnection(Endpoint, method, clientOrderId, ex);
            }
            catch (WsApiException ex) when (ex.RememberClientOrderId(method, clientOrderId))
            {
                throw; // Not reached: the filter only annotates.
            }
        }
    }

    /// <summary>
    /// Sends <c>session.logout</c>. When the server confirms, the socket that answered is no longer logged on and
    /// reconnects stop logging on by themselves; a later signed request logs on again (Ed25519).
    /// </summary>
    internal Task<WsApiResponse<SessionStatus>> LogoutAsync(TimeSpan? timeout, CancellationToken cancellationToken) =>
        SendAsync("session.logout", null, RequestAuth.None, WsApiJsonContext.Default.SessionStatus, timeout, cancellationToken, OnLoggedOut);

    private void OnLoggedOut(SocketSession session)
    {
        session.ClearLogon();
        lock (_gate)
        {
            _logonWanted = false;
        }

        _context.Observer.OnLoggedOut(this);
    }

    /// <summary>
    /// Waits for the shared logon on behalf of a request. The request itself was not sent, so whatever stops the
    /// logon reaches the caller as NotSent: Binance's refusal with its code and message, or a connection failure.
    /// </summary>
    private async Task LogonForRequestAsync(SocketSession session, string method, CancellationToken cancellationToken)
    {
        try
        {
            await session.EnsureLoggedOnAsync(LogonAsync).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (BinanceApiException refused)
        {
            throw refused.AsNotSent();
        }
        catch (WsApiException failed) when (failed.SendState == RequestSendState.Sent)
        {
            throw WsApiErrors.LogonFailedBeforeSend(Endpoint, method, failed);
        }
    }

    private async Task<SessionStatus> LogonAsync(SocketSession session)
    {
        var pending = new PendingRequest<SessionStatus>(_context.NextId(), "session.logon", Endpoint, _context.Settings.RequestTimeout,
            WsApiJsonContext.Default.SessionStatus);
        WsApiResponse<SessionStatus> response;
        try
        {
            response = await session.SendAsync(pending, null, RequestAuth.AlwaysSigned, CancellationToken.None).ConfigureAwait(false);
        }
        catch (BinanceApiException ex)
        {
            // Reported once, through the error event (which also logs it).
            _context.Observer.OnError(Endpoint, $"session.logon was rejected: {ex.Code} {ex.BinanceMessage}", ex);
            throw;
        }

        lock (_gate)
        {
            _logonWanted = true;
        }

        _context.Observer.OnLoggedOn(this);
        return response.Result;
    }

    private Task<SocketSession> GetReadySessionAsync(string? method, CancellationToken cancellationToken)
    {
        Task<SocketSession> ready;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_session is { } current)
            {
                if (!current.IsClosed && !current.IsDraining && _state == ConnectionState.Ready)
                {
                    return Task.FromResult(current);
                }

                if (current.IsClosed)
                {
                    // The socket ended but its end has not been processed yet: process it here, so that exactly one
                    // connect (the reconnect loop) starts.
                    DetachLocked(current, "connection dropped", null);
                }
            }

            if (_connecting is null && _session is null && _state != ConnectionState.Reconnecting)
            {
                if (_ready.Task.IsCompleted)
                {
                    _ready = NewReadySource();
                }

                _connecting = ConnectFirstAsync(_lifetime.Token);
            }

            ready = _ready.Task;
        }

        return WaitReadyAsync(ready, method, cancellationToken);
    }

    private async Task<SocketSession> WaitReadyAsync(Task<SocketSession> ready, string? method, CancellationToken cancellationToken)
    {
        try
        {
            return await ready.WaitAsync(_context.Settings.ConnectTimeout, _context.Time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException ex)
        {
            throw WsApiErrors.ConnectTimedOut(Endpoint, Uri, _context.Settings.ConnectTimeout, ex, method ?? "the request");
        }
    }

    private async Task ConnectFirstAsync(CancellationToken lifetime)
    {
        await Task.Yield();
        bool logon;
        lock (_gate)
        {
            logon = _logonWanted;
        }

        SetState(ConnectionState.Connecting, "connecting", null);
        SocketSession? session = null;
        try
        {
            session = await OpenSessionAsync(lifetime).ConfigureAwait(false);
            if (logon)
            {
                SetState(ConnectionState.Authenticating, "logging on", null);
                await LogonWhileConnectingAsync(session, lifetime).ConfigureAwait(false);
            }

            PromoteToReady(session, "connected", isReconnect: false, lifetime);
        }
        catch (Exception ex)
        {
            session?.Terminate("connect failed", ex);
            Exception failure = ex switch
            {
                WsApiException => ex,
                OperationCanceledException when lifetime.IsCancellationRequested => WsApiErrors.ClosedByClient(Endpoint, ex, whileConnecting: true),
                _ => WsApiErrors.ConnectFailed(Endpoint, Uri, ex),
            };
            TaskCompletionSource<SocketSession> failed;
            bool current;
            lock (_gate)
            {
                failed = _ready;
                _ready = NewReadySource();
                current = _connecting is not null && !lifetime.IsCancellationRequested;
                _connecting = null;
            }

            if (current)
            {
                SetState(ConnectionState.Disconnected, "connect failed", failure);
                _context.Observer.OnError(Endpoint, failure.Message, failure);
            }

            failed.TrySetException(failure);
        }
    }

    /// <summary>
    /// Logs a new socket on during a (re)connect. A refusal leaves the socket usable for public requests: it is kept
    /// on the socket for <see cref="ConnectAsync"/> to report, and reconnects stop logging on by themselves.
    /// </summary>
    private async Task LogonWhileConnectingAsync(SocketSession session, CancellationToken lifetime)
    {
        try
        {
            await session.EnsureLoggedOnAsync(LogonAsync).WaitAsync(lifetime).ConfigureAwait(false);
        }
        catch (BinanceApiException refused)
        {
            session.RecordLogonFailure(refused);
            lock (_gate)
            {
                _logonWanted = false;
            }
        }
    }

    private void PromoteToReady(SocketSession session, string reason, bool isReconnect, CancellationToken lifetime)
    {
        TaskCompletionSource<SocketSession> ready;
        lock (_gate)
        {
            if (lifetime.IsCancellationRequested || _disposed)
            {
                // Closed while this connect was under way: the close wins.
                throw new OperationCanceledException(lifetime);
            }

            if (session.IsClosed)
            {
                throw WsApiErrors.Closed(Endpoint, "the new socket closed at once");
            }

            _session = session;
            ready = _ready;
            _connecting = null;
        }

        SetState(ConnectionState.Ready, reason, null);
        if (isReconnect)
        {
            _context.Observer.OnReconnected(this, reason);
        }
        else
        {
            _context.Observer.OnOpened(this);
        }

        ready.TrySetResult(session);
    }

    private async Task<SocketSession> OpenSessionAsync(CancellationToken lifetime)
    {
        Uri target = Uri;
        if (!_context.Settings.ReturnRateLimits)
        {
            var builder = new UriBuilder(Uri);
            builder.Query = string.IsNullOrEmpty(builder.Query) ? "returnRateLimits=false" : builder.Query.TrimStart('?') + "&returnRateLimits=false";
            target = builder.Uri;
        }

        WebSocketLink link = await WebSocketLink.OpenAsync(target, _context.Settings, Endpoint, lifetime).ConfigureAwait(false);
        return new SocketSession(this, _context, link);
    }

    internal void OnSessionEnded(SocketSession session, string reason, Exception? cause)
    {
        lock (_gate)
        {
            DetachLocked(session, reason, cause);
        }
    }

    /// <summary>
    /// Forgets a socket that ended and decides what follows: the reconnect loop, or Disconnected/Closed. Idempotent,
    /// and only acts for the current socket (an old, rotated or replaced one ending changes nothing).
    /// </summary>
    private void DetachLocked(SocketSession session, string reason, Exception? cause)
    {
        if (!ReferenceEquals(session, _session))
        {
            return;
        }

        _session = null;
        if (_ready.Task.IsCompleted)
        {
            // Requests arriving from now on wait for the next socket, not the dead one.
            _ready = NewReadySource();
        }

        if (!_disposed && _context.Settings.ReconnectPolicy.Enabled && !_lifetime.IsCancellationRequested)
        {
            _connecting = ReconnectLoopAsync(reason, cause, _lifetime.Token);
        }
        else
        {
            ConnectionState previous = _state;
            ConnectionState next = _disposed ? ConnectionState.Closed : ConnectionState.Disconnected;
            if (previous != next)
            {
                _state = next;
                // The state is visible at once; its event is raised off the lock.
                _ = Task.Run(() => _context.Observer.OnStateChanged(this, previous, next, reason, cause));
            }
        }
    }

    private async Task ReconnectLoopAsync(string reason, Exception? cause, CancellationToken lifetime)
    {
        await Task.Yield();
        SetState(ConnectionState.Reconnecting, reason, cause);
        _context.Observer.OnReconnecting(this, reason, cause);
        ReconnectPolicy policy = _context.Settings.ReconnectPolicy;
        try
        {
            int? attempts = await Backoff.RetryAsync(policy, _context.Time, policy.GetDelay(0, Random.Shared), policy.MaxAttempts,
                (_, token) => ReconnectOnceAsync(token),
                (attempt, ex) =>
                {
                    _context.SafeLog(l => Log.ReconnectAttemptFailed(l, Endpoint, attempt, ex.Message));
                    _context.Observer.OnError(Endpoint, $"Reconnect attempt {attempt} to {Endpoint} failed: {ex.Message}", ex);
                },
                lifetime).ConfigureAwait(false);
            if (attempts is null)
            {
                GiveUp($"gave up reconnecting after {policy.MaxAttempts} attempts", lifetime);
            }
        }
        catch (OperationCanceledException) when (lifetime.IsCancellationRequested)
        {
            GiveUp("closed while reconnecting", lifetime);
        }
    }

    /// <summary>One reconnect attempt: a new socket, logged on again where it was, user data told, then Ready.</summary>
    private async Task ReconnectOnceAsync(CancellationToken lifetime)
    {
        SocketSession? session = null;
        try
        {
            session = await OpenSessionAsync(lifetime).ConfigureAwait(false);
            bool logon;
            lock (_gate)
            {
                logon = _logonWanted;
            }

            if (logon)
            {
                SetState(ConnectionState.Authenticating, "logging on again", null);
                // A refused key leaves the socket up for public requests; private ones get Binance's error.
                await LogonWhileConnectingAsync(session, lifetime).ConfigureAwait(false);
            }

            NotifySessionRestored(lifetime);
            PromoteToReady(session, "reconnected", isReconnect: true, lifetime);
        }
        catch (Exception ex)
        {
            session?.Terminate(lifetime.IsCancellationRequested ? "closed while reconnecting" : "reconnect attempt failed", ex);
            throw;
        }
    }

    private void GiveUp(string reason, CancellationToken lifetime)
    {
        WsApiConnectionException failure = WsApiErrors.Closed(Endpoint, reason);
        TaskCompletionSource<SocketSession> ready;
        bool current;
        lock (_gate)
        {
            ready = _ready;
            _ready = NewReadySource();
            current = !lifetime.IsCancellationRequested;
            _connecting = null;
        }

        // A close by the client has already said Closed; a loop that gave up on its own says it now.
        if (current)
        {
            SetState(ConnectionState.Closed, reason, null);
        }

        ready.TrySetException(failure);
    }

    /// <summary>Tells the push listeners that a new socket replaces the old one (subscriptions must be renewed).</summary>
    private void NotifySessionRestored(CancellationToken lifetime)
    {
        foreach (IPushListener listener in _context.PushListeners)
        {
            listener.OnSessionRestored(this, lifetime);
        }
    }

    internal void OnPush(SocketSession session, ReadOnlyMemory<byte> frame, in FrameHeader header)
    {
        if (header.EventType == "serverShutdown")
        {
            _context.SafeLog(l => Log.ServerShutdownNotice(l, Endpoint));
            _ = RotateAsync(session);
            return;
        }

        foreach (IPushListener listener in _context.PushListeners)
        {
            listener.OnPush(this, frame, header);
        }
    }

    internal void OnConnectionLevelError(SocketSession session, ReadOnlySpan<byte> frame, in FrameHeader header)
    {
        BinanceApiException error = WsApiErrors.FromErrorResponse(frame, header, [], null, null, Endpoint);
        if (header.Status == 401)
        {
            // The session's key is no longer valid (revoked, IP, permissions): the server dropped the logon.
            session.ClearLogon();
        }

        _context.Observer.OnError(Endpoint, $"Connection-level error from {Endpoint}: {error.Code} {error.BinanceMessage}", error);
    }

    /// <summary>
    /// The server will restart: open a new socket (logged on and resubscribed like a reconnect), move new requests to
    /// it, and close the old one once its pending requests are answered. No request fails for it.
    /// </summary>
    private async Task RotateAsync(SocketSession old)
    {
        CancellationToken lifetime;
        lock (_gate)
        {
            if (_rotating || !ReferenceEquals(old, _session))
            {
                return;
            }

            _rotating = true;
            lifetime = _lifetime.Token;
        }

        SocketSession? fresh = null;
        try
        {
            fresh = await OpenSessionAsync(lifetime).ConfigureAwait(false);
            bool logon;
            lock (_gate)
            {
                logon = _logonWanted;
            }

            if (logon)
            {
                await LogonWhileConnectingAsync(fresh, lifetime).ConfigureAwait(false);
            }

            NotifySessionRestored(lifetime);
            bool swapped;
            lock (_gate)
            {
                swapped = ReferenceEquals(old, _session) && !fresh.IsClosed && !lifetime.IsCancellationRequested && !_disposed;
                if (swapped)
                {
                    _session = fresh;
                    if (_ready.Task.IsCompleted)
                    {
                        _ready = NewReadySource();
                    }

                    _ready.TrySetResult(fresh);
                }
            }

            if (!swapped)
            {
                await fresh.CloseAsync("not needed").ConfigureAwait(false);
                return;
            }

            _context.Observer.OnReconnected(this, "moved to a new connection after serverShutdown");
            await old.DrainAndCloseAsync().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            fresh?.Terminate("rotation failed", ex);
            // The old socket stays in use until it drops; the normal reconnect takes over then.
            _context.Observer.OnError(Endpoint, $"Could not move to a new connection after serverShutdown: {ex.Message}", ex);
        }
        finally
        {
            lock (_gate)
            {
                _rotating = false;
            }
        }
    }

    private void SetState(ConnectionState state, string reason, Exception? cause)
    {
        ConnectionState previous;
        lock (_gate)
        {
            previous = _state;
            if (previous == state)
            {
                return;
            }

            _state = state;
        }

        _context.Observer.OnStateChanged(this, previous, state, reason, cause);
    }

    private static TaskCompletionSource<SocketSession> NewReadySource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
