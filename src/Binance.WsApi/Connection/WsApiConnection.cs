using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using Binance.WsApi.Connection;
using Binance.WsApi.Diagnostics;
using Binance.WsApi.Protocol;
using Binance.WsApi.RateLimits;

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
public sealed partial class WsApiConnection
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
        RateLimits = new RateLimitTracker(endpoint, context.Settings.Time, context.Connections.For(Market));
        Telemetry = new ConnectionTelemetry(endpoint, uri, RateLimits);
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

    /// <summary>What this connection reports to the client's traces and metrics.</summary>
    internal ConnectionTelemetry Telemetry { get; }

    /// <summary>This connection's rate limits: fed by its responses, read by the governor, the metrics and the health check.</summary>
    internal RateLimitTracker RateLimits { get; }

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
        Telemetry.Closed();
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
        // Null, and nothing else done, unless someone listens to the client's traces or request metrics.
        RequestTelemetry? telemetry = RequestTelemetry.Start(Telemetry, method, clientOrderId);
        // The hot path: a ready socket (logged on when it must be) takes the request at once, with no async state
        // machine and no lock; everything else (connecting, logging on, a socket just gone) takes the full path.
        if (onAnswered is null && Volatile.Read(ref _session) is { } session && IsReadyFast && (!needsLogon || session.IsLoggedOn))
        {
            var pending = new PendingRequest<T>(_context.NextId(), method, Endpoint, timeout ?? _context.Settings.RequestTimeout, resultType, telemetry)
            {
                ClientOrderId = clientOrderId,
            };
            if (session.TrySend(pending, parameters, auth, cancellationToken))
            {
                return pending.Task;
            }
        }

        return SendWhenReadyAsync(method, parameters, auth, resultType, timeout, needsLogon, cancellationToken, onAnswered, clientOrderId, telemetry);
    }

    /// <summary>Ready without taking the gate: the state is only ever set under it, and a stale read takes the full path.</summary>
    private bool IsReadyFast => Volatile.Read(ref Unsafe.As<ConnectionState, int>(ref _state)) == (int)ConnectionState.Ready;

    private async Task<WsApiResponse<T>> SendWhenReadyAsync<T>(string method, WsApiParameters? parameters, RequestAuth auth,
        JsonTypeInfo<T> resultType, TimeSpan? timeout, bool needsLogon, CancellationToken cancellationToken, Action<SocketSession>? onAnswered,
        string? clientOrderId, RequestTelemetry? telemetry)
    {
        try
        {
            return await SendOnReadySessionAsync(method, parameters, auth, resultType, timeout, needsLogon, cancellationToken, onAnswered, clientOrderId, telemetry)
                .ConfigureAwait(false);
        }
        catch (Exception ex) when (telemetry is not null)
        {
            // A failure before any socket took the request (connect, logon, cancellation while waiting) ends its span
            // here; one the request itself reported has ended it already (ending is idempotent).
            telemetry.Failed(ex, RequestSendState.NotSent);
            throw;
        }
    }

    private async Task<WsApiResponse<T>> SendOnReadySessionAsync<T>(string method, WsApiParameters? parameters, RequestAuth auth,
        JsonTypeInfo<T> resultType, TimeSpan? timeout, bool needsLogon, CancellationToken cancellationToken, Action<SocketSession>? onAnswered,
        string? clientOrderId, RequestTelemetry? telemetry)
    {
        // A request that finds its socket draining or just closed was never written: retry it on the next one.
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                SocketSession session = await GetReadySessionAsync(method, cancellationToken).ConfigureAwait(false);
                if (needsLogon && !session.IsLoggedOn)
                {
                    await LogonForRequestAsync(session, method, clientOrderId, cancellationToken).ConfigureAwait(false);
                }

                var pending = new PendingRequest<T>(_context.NextId(), method, Endpoint, timeout ?? _context.Settings.RequestTimeout, resultType, telemetry)
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
}
