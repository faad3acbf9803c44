using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Binance.WsApi.Connection;
using Binance.WsApi.Events;
using Binance.WsApi.Protocol;
using Binance.WsApi.RateLimits;
using Binance.WsApi.UserData;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Binance.WsApi;

/// <summary>
/// A client for the Binance WebSocket API: typed <c>…Async</c> methods for spot, USD-M and COIN-M futures over one
/// persistent, authenticated connection per endpoint. Connections open lazily on first use, log on with
/// <c>session.logon</c> for Ed25519 keys, reconnect with backoff, and fail requests clearly (sent or not sent) instead
/// of hanging. Thread-safe: share one instance.
/// </summary>
public partial class WebSocketApiClient : IAsyncDisposable, IDisposable
{
    private readonly WebSocketApiClientOptions _options;
    private readonly ILogger _logger;
    private readonly ClientEvents _events;
    private readonly ConnectionContext _context;
    private readonly WsApiConnectionManager _connections;
    private readonly UserDataHub _userData;
    private readonly RateGovernor _governor;
    private int _disposed;

    /// <summary>
    /// For test doubles only: a client that owns no connection and sends nothing. Override the members a test calls (they
    /// are virtual) and build their results with <see cref="BinanceWsApiModelFactory"/>.
    /// </summary>
    protected WebSocketApiClient()
    {
        _options = new WebSocketApiClientOptions();
        _logger = NullLogger.Instance;
        _events = null!;
        _context = null!;
        _connections = null!;
        _userData = null!;
        _governor = null!;
        ClientOrderIds = new ClientOrderIdGenerator(string.Empty);
    }

    /// <summary>Creates a client; the options are validated and copied.</summary>
    /// <exception cref="ArgumentException">An option is out of range or inconsistent.</exception>
    public WebSocketApiClient(WebSocketApiClientOptions? options = null)
    {
        _options = (options ?? new WebSocketApiClientOptions()).ValidateAndCopy();
        _logger = _options.Logger ?? _options.LoggerFactory?.CreateLogger("Binance.WsApi") ?? NullLogger.Instance;
        // The wiring, bottom-up: events hear the connections and the user data; the user data sees the connections
        // only through their transport face.
        _events = new ClientEvents(this, _logger, _options);
        ConnectionSettings connection = _options.ToConnectionSettings();
        _context = new ConnectionContext(connection, _logger, _events);
        _connections = new WsApiConnectionManager(_context);
        _userData = new UserDataHub(_connections, _options.ToUserDataSettings(connection), _events);
        _governor = new RateGovernor(_options.RateLimitPolicy, _options.TimeProvider);
        ClientOrderIds = new ClientOrderIdGenerator(_options.ClientOrderIdPrefix);

        if (_options.Credentials is { KeyType: not ApiKeyType.Ed25519 } credentials && !_options.MuteLatencyWarning)
        {
            Log.LatencyNotice(_logger, credentials.KeyType);
        }
    }

    /// <summary>Any connection changed state (one event per transition).</summary>
    public event EventHandler<ConnectionStateChangedEventArgs>? ConnectionStateChanged
    {
        add => _events.ConnectionStateChanged += value;
        remove => _events.ConnectionStateChanged -= value;
    }

    /// <summary>A connection opened for the first time (or after being closed).</summary>
    public event EventHandler<ConnectionEventArgs>? Opened
    {
        add => _events.Opened += value;
        remove => _events.Opened -= value;
    }

    /// <summary>A connection dropped and is being reopened.</summary>
    public event EventHandler<ConnectionEventArgs>? Reconnecting
    {
        add => _events.Reconnecting += value;
        remove => _events.Reconnecting -= value;
    }

    /// <summary>
    /// A connection is usable again after a drop or a <c>serverShutdown</c> move, logged on again where it was.
    /// Requests that were pending on the old socket have failed with their send state.
    /// </summary>
    public event EventHandler<ConnectionEventArgs>? Reconnected
    {
        add => _events.Reconnected += value;
        remove => _events.Reconnected -= value;
    }

    /// <summary>A connection closed and will not reopen by itself.</summary>
    public event EventHandler<ConnectionEventArgs>? Closed
    {
        add => _events.Closed += value;
        remove => _events.Closed -= value;
    }

    /// <summary>A connection logged on with <c>session.logon</c>.</summary>
    public event EventHandler<ConnectionEventArgs>? Authenticated
    {
        add => _events.Authenticated += value;
        remove => _events.Authenticated -= value;
    }

    /// <summary>
    /// An error outside any single request (malformed frame, failed reconnect attempt, connection-level error, events
    /// dropped because handlers fell <see cref="WebSocketApiClientOptions.EventBufferSize"/> events behind).
    /// </summary>
    public event EventHandler<WsApiErrorEventArgs>? Error
    {
        add => _events.Error += value;
        remove => _events.Error -= value;
    }

    /// <summary>Every incoming frame, parsed (only computed while someone listens).</summary>
    public event EventHandler<WsApiMessageEventArgs>? MessageReceived
    {
        add => _events.MessageReceived += value;
        remove => _events.MessageReceived -= value;
    }

    /// <summary>Every incoming text frame as received (only computed while someone listens).</summary>
    public event EventHandler<WsApiRawMessageEventArgs>? RawMessageReceived
    {
        add => _events.RawMessageReceived += value;
        remove => _events.RawMessageReceived -= value;
    }

    /// <summary>Events not delivered to handlers because they fell <see cref="WebSocketApiClientOptions.EventBufferSize"/> behind.</summary>
    public virtual long DroppedEventCount => _events.DroppedEventCount;

    internal ClientOrderIdGenerator ClientOrderIds { get; }

    /// <summary>
    /// The offset (server clock minus local clock) added to request timestamps: the same <see cref="TimeSpan"/> as
    /// <see cref="WebSocketApiClientOptions.TimeOffset"/> and the result of <see cref="SyncTimeAsync"/>.
    /// </summary>
    public virtual TimeSpan TimeOffset => TimeSpan.FromMilliseconds(_context.TimeOffsetMs);

    /// <summary>The environment the default endpoints point at.</summary>
    public virtual WsApiEnvironment Environment => _options.Environment;

    /// <summary>The lower-level connection controls: one connection per endpoint, with state, connect and close.</summary>
    public virtual WsApiConnectionManager GetWsClient() => _connections;

    /// <summary>Sets the offset (server clock minus local clock) added to request timestamps, to the millisecond.</summary>
    /// <param name="offset">The offset; positive when the server's clock is ahead.</param>
    public virtual void SetTimeOffset(TimeSpan offset)
    {
        long ms = (long)Math.Round(offset.TotalMilliseconds);
        _context.TimeOffsetMs = ms;
        Log.TimeOffsetSet(_logger, ms);
    }

    /// <summary>The reference client's <c>setTimeOffsetMs</c>: <see cref="SetTimeOffset"/> in milliseconds.</summary>
    /// <param name="offsetMs">The offset in milliseconds.</param>
    public void SetTimeOffsetMs(long offsetMs) => SetTimeOffset(TimeSpan.FromMilliseconds(offsetMs));

    /// <summary>
    /// Measures the offset between the local clock and the server's with <c>time</c> (midpoint of the round trip),
    /// applies it, and returns it.
    /// </summary>
    public virtual async Task<TimeSpan> SyncTimeAsync(WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default)
    {
        WsApiMarket market = endpoint is { } e ? WsApiEndpoints.GetMarket(e) : WsApiMarket.Spot;
        long before = _options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        WsApiResponse<ServerTime> response = await SendCoreAsync(market, endpoint, "time", null, RequestAuth.None,
            WsApiJsonContext.Default.ServerTime, null, cancellationToken).ConfigureAwait(false);
        long after = _options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        long offset = response.Result.ServerTimeMs - ((before + after) / 2);
        SetTimeOffset(TimeSpan.FromMilliseconds(offset));
        return TimeSpan.FromMilliseconds(offset);
    }

    /// <summary>Opens the connection of an endpoint now and, with an Ed25519 key, logs it on.</summary>
    public virtual Task ConnectAsync(WsApiEndpoint endpoint, CancellationToken cancellationToken = default) =>
        _connections.ConnectAsync(endpoint, cancellationToken);

    /// <summary>Closes every connection gracefully. A later request reopens what it needs.</summary>
    public virtual Task DisconnectAllAsync(CancellationToken cancellationToken = default) =>
        _connections.DisconnectAllAsync(cancellationToken);

    /// <summary>
    /// Sends any WS API method, including ones without a typed wrapper, and returns the raw <c>result</c>.
    /// </summary>
    /// <param name="endpoint">Where to send it.</param>
    /// <param name="method">The method name, for example <c>account.status</c>.</param>
    /// <param name="parameters">Its parameters (the client adds apiKey, timestamp, recvWindow and signature as the security requires).</param>
    /// <param name="security">How the request is authorised.</param>
    /// <param name="timeout">A deadline for this call instead of <see cref="WebSocketApiClientOptions.RequestTimeout"/>.</param>
    /// <param name="cancellationToken">Cancels the wait (a request already sent may still execute).</param>
    public virtual Task<WsApiResponse<JsonElement>> SendAsync(WsApiEndpoint endpoint, string method, WsApiParameters? parameters = null,
        WsApiSecurity security = WsApiSecurity.None, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        SendAsync(endpoint, method, parameters, security, WsApiJsonContext.Default.JsonElement, timeout, cancellationToken);

    /// <summary>Sends any WS API method and reads its <c>result</c> as <typeparamref name="T"/> with the given metadata.</summary>
    /// <typeparam name="T">The result model.</typeparam>
    /// <param name="endpoint">Where to send it.</param>
    /// <param name="method">The method name.</param>
    /// <param name="parameters">Its parameters.</param>
    /// <param name="security">How the request is authorised.</param>
    /// <param name="resultType">Source-generated metadata of <typeparamref name="T"/>.</param>
    /// <param name="timeout">A deadline for this call.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<T>> SendAsync<T>(WsApiEndpoint endpoint, string method, WsApiParameters? parameters,
        WsApiSecurity security, JsonTypeInfo<T> resultType, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentNullException.ThrowIfNull(resultType);
        RequestAuth auth = security switch
        {
            WsApiSecurity.None => RequestAuth.None,
            WsApiSecurity.Signed => RequestAuth.Signed,
            WsApiSecurity.ApiKey => RequestAuth.ApiKey,
            _ => throw new ArgumentOutOfRangeException(nameof(security)),
        };
        return SendCoreAsync(WsApiEndpoints.GetMarket(endpoint), endpoint, method, parameters, auth, resultType, timeout, cancellationToken);
    }

    /// <summary>Closes every connection and stops all background work. Pending requests fail.</summary>
    public async ValueTask DisposeAsync()
    {
        await DisposeAsyncCore().ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Closes every connection like <see cref="DisposeAsync"/>, waiting at most 2 seconds for the sockets to close;
    /// after that the close goes on in the background. Prefer <see cref="DisposeAsync"/> where the caller can await.
    /// </summary>
    public void Dispose()
    {
        // On the thread pool, so a caller's synchronization context can never be needed by the close (no deadlock),
        // and bounded, so a dead peer never holds a synchronous Dispose (a DI container's, say) for long.
        Task closing = Task.Run(async () => await DisposeAsyncCore().ConfigureAwait(false));
        try
        {
            _ = closing.Wait(SyncDisposeWait);
        }
        catch (AggregateException)
        {
            // A synchronous Dispose does not throw; the close already logged what failed.
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>How long <see cref="Dispose"/> waits for the sockets to close.</summary>
    internal static readonly TimeSpan SyncDisposeWait = TimeSpan.FromSeconds(2);

    /// <summary>The key type of the credentials, if any (the health check expects a logon for Ed25519).</summary>
    internal ApiKeyType? KeyType => _options.Credentials?.KeyType;

    /// <summary>The work of <see cref="DisposeAsync"/>; a derived client (a test double) may add its own.</summary>
    protected virtual async ValueTask DisposeAsyncCore()
    {
        // A client made by the mocking constructor owns nothing.
        if (Interlocked.Exchange(ref _disposed, 1) != 0 || _connections is null)
        {
            return;
        }

        // The streams need the connections no longer (their keys expire by themselves); readers of the event channel end.
        await _userData.DisposeAsync().ConfigureAwait(false);
        await _connections.DisposeAsync().ConfigureAwait(false);
        await _events.DisposeAsync().ConfigureAwait(false);
    }

    internal Task<WsApiResponse<T>> SendCoreAsync<T>(WsApiMarket market, WsApiEndpoint? endpoint, string method, WsApiParameters? parameters,
        RequestAuth auth, JsonTypeInfo<T> resultType, TimeSpan? timeout, CancellationToken cancellationToken, string? clientOrderId = null)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (timeout is { } t && t <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), t, "The timeout must be positive.");
        }

        if (timeout is { } tt)
        {
            Validate.TimerLength(tt, nameof(timeout));
        }

        WsApiEndpoint target = ResolveEndpoint(market, endpoint);
        WsApiConnection connection = _connections[target];
        // The rate governor first: on the ready path it completes at once and the request goes out as before.
        ValueTask<TimeSpan?> gate = _governor.AcquireAsync(connection.RateLimits, method, timeout ?? _options.RequestTimeout, cancellationToken);
        if (gate.IsCompletedSuccessfully)
        {
            return connection.SendAsync(method, parameters, auth, resultType, gate.Result ?? timeout, cancellationToken, clientOrderId: clientOrderId);
        }

        return SendAfterGateAsync(gate, connection, method, parameters, auth, resultType, cancellationToken, clientOrderId);
    }

    private static async Task<WsApiResponse<T>> SendAfterGateAsync<T>(ValueTask<TimeSpan?> gate, WsApiConnection connection, string method,
        WsApiParameters? parameters, RequestAuth auth, JsonTypeInfo<T> resultType, CancellationToken cancellationToken, string? clientOrderId)
    {
        TimeSpan? left;
        try
        {
            left = await gate.ConfigureAwait(false);
        }
        catch (WsApiException ex) when (ex.RememberClientOrderId(method, clientOrderId))
        {
            throw; // Not reached: the filter only annotates.
        }

        return await connection.SendAsync(method, parameters, auth, resultType, left, cancellationToken, clientOrderId: clientOrderId).ConfigureAwait(false);
    }

    /// <summary>
    /// The rate-limit state of every connection this client has opened: each limit's ceiling and its usage in the
    /// current window as the client's rate governor counts it (the responses' <c>rateLimits</c>, <c>exchangeInfo</c>,
    /// and the requests sent since), and any <c>retryAfter</c> of a 429 or 418 still running. The same numbers feed the
    /// <c>binance.ws_api.client.rate_limit.*</c> gauges and the health check.
    /// </summary>
    public virtual IReadOnlyList<EndpointRateLimitUsage> GetRateLimitUsage() =>
        [.. _connections.Connections.OrderBy(c => c.Endpoint).Select(c => c.RateLimits.Snapshot())];

    internal WsApiEndpoint ResolveEndpoint(WsApiMarket market, WsApiEndpoint? endpoint)
    {
        if (endpoint is not { } e)
        {
            return WsApiEndpoints.GetDefaultEndpoint(market, _options.Environment);
        }

        if (WsApiEndpoints.GetMarket(e) != market)
        {
            throw new ArgumentException($"A {market} method cannot be sent to the {e} endpoint ({WsApiEndpoints.GetMarket(e)}).", nameof(endpoint));
        }

        return e;
    }
}
