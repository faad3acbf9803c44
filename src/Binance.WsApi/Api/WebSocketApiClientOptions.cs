using Microsoft.Extensions.Logging;

namespace Binance.WsApi;

/// <summary>
/// Settings of a <see cref="WebSocketApiClient"/>. Validated when the client is constructed; the client keeps its
/// own copy, so changing an options object later has no effect on a running client.
/// </summary>
public sealed class WebSocketApiClientOptions
{
    /// <summary>
    /// The API key and its signing material; null for public methods only, or to build them from <see cref="ApiKey"/>
    /// with <see cref="ApiSecret"/> or <see cref="PrivateKeyFile"/>.
    /// </summary>
    /// <remarks>
    /// A configuration binder cannot create this type (it has no public constructor): bind the flat keys
    /// <c>ApiKey</c>, <c>ApiSecret</c> and <c>PrivateKeyFile</c> instead, never a <c>Credentials</c> section.
    /// </remarks>
    public ApiCredentials? Credentials { get; set; }

    /// <summary>
    /// The API key, when <see cref="Credentials"/> is null: the credentials are made from it and <see cref="ApiSecret"/>
    /// or <see cref="PrivateKeyFile"/> when the client is constructed (the form a configuration file binds to).
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// With <see cref="ApiKey"/>: an HMAC secret, or an RSA or Ed25519 private key as PKCS#8/PKCS#1 PEM
    /// text (encrypted PKCS#8 with <see cref="PrivateKeyPassphrase"/>); <see cref="ApiCredentials.FromKey(string, string, string?)"/> decides which. Read once at construction; the client keeps only the
    /// signer, and the text never appears in a message.
    /// </summary>
    public string? ApiSecret { get; set; }

    /// <summary>
    /// With <see cref="ApiKey"/>: the path of a PEM file holding the RSA or Ed25519 private key (encrypted with
    /// <see cref="PrivateKeyPassphrase"/>, or not), read
    /// once when the client is constructed. Set this or <see cref="ApiSecret"/>, not both.
    /// </summary>
    public string? PrivateKeyFile { get; set; }

    /// <summary>
    /// With an encrypted PEM private key (<c>ENCRYPTED PRIVATE KEY</c>, PKCS#8 with PBES2) in <see cref="PrivateKeyFile"/>
    /// or <see cref="ApiSecret"/>: the passphrase that decrypts it, once, at construction. Leave it unset for an
    /// unencrypted key or an HMAC secret (a passphrase given there is refused as a likely misconfiguration). Like the
    /// secret, it is not kept by the running client and never appears in a message.
    /// </summary>
    public string? PrivateKeyPassphrase { get; set; }

    /// <summary>Which environment the default endpoints point at (default <see cref="WsApiEnvironment.Live"/>).</summary>
    public WsApiEnvironment Environment { get; set; } = WsApiEnvironment.Live;

    /// <summary>
    /// Per-endpoint URL overrides, for example the local emulator (<c>ws://127.0.0.1:port/ws-api/v3</c>) or a proxy.
    /// Endpoints not listed use Binance's documented URLs.
    /// </summary>
    public IDictionary<WsApiEndpoint, Uri> EndpointUrls { get; } = new Dictionary<WsApiEndpoint, Uri>();

    /// <summary>
    /// Per-market base URL of the futures user data stream connection opened by
    /// <see cref="WebSocketApiClient.StartFuturesUserDataStreamAsync"/>; the listen key is appended as the last path
    /// segment. Markets not listed use Binance's documented URLs: <c>wss://fstream.binance.com/private/ws</c> (USD-M)
    /// and <c>wss://dstream.binance.com/ws</c> (COIN-M), or <c>wss://fstream.binancefuture.com/ws</c> and
    /// <c>wss://dstream.binancefuture.com/ws</c> on the testnet.
    /// </summary>
    public IDictionary<FuturesMarket, Uri> FuturesUserDataStreamUrls { get; } = new Dictionary<FuturesMarket, Uri>();

    /// <summary>Deadline for a response once a request is sent (default 10 s); overridable per call.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Deadline for opening a connection, and the longest a request waits for a connection that is (re)connecting
    /// (default 10 s).
    /// </summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How dropped connections are reopened.</summary>
    public ReconnectPolicy ReconnectPolicy { get; set; } = new();

    /// <summary>
    /// Interval of the client's own WebSocket pings, which detect a dead peer (default 15 s). Server pings are always
    /// answered. <see cref="TimeSpan.Zero"/> disables client pings.
    /// </summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long to wait for the pong of a client ping before the connection is declared dead (default 10 s).</summary>
    public TimeSpan KeepAliveTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// <c>recvWindow</c> sent with signed requests; null leaves the server default (5000 ms). At most 60000 ms;
    /// sub-millisecond precision is sent as a decimal (spot accepts three decimals).
    /// </summary>
    public TimeSpan? RecvWindow { get; set; }

    /// <summary>Whether responses carry <c>rateLimits</c> (default true). False adds <c>returnRateLimits=false</c> to the URL.</summary>
    public bool ReturnRateLimits { get; set; } = true;

    /// <summary>
    /// What the client does before sending a request that would overflow a rate-limit window, or while an earlier 429
    /// or 418 asks it to wait (default <see cref="RateLimitPolicy.Off"/>: send anyway). <see cref="RateLimitPolicy.Wait"/>
    /// waits within the request's timeout; <see cref="RateLimitPolicy.Fail"/> fails at once with a
    /// <see cref="BinanceRateLimitException"/> that was not sent. Connection attempts are governed the same way against
    /// the market's <c>CONNECTIONS</c> limit (spot: 300 per 5 minutes per IP), counted client-wide. Usage is tracked
    /// whatever the policy (<see cref="WebSocketApiClient.GetRateLimitUsage"/>).
    /// </summary>
    public RateLimitPolicy RateLimitPolicy { get; set; } = RateLimitPolicy.Off;

    /// <summary>The clock used for timestamps, deadlines and backoff (inject a fake one in tests).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Initial offset added to the local clock for request timestamps (see also <see cref="WebSocketApiClient.SetTimeOffsetMs"/>).</summary>
    public TimeSpan TimeOffset { get; set; }

    /// <summary>Where the client logs; null logs nothing.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>A logger to use instead of one made from <see cref="LoggerFactory"/>.</summary>
    public ILogger? Logger { get; set; }

    /// <summary>Resubscribe the user data stream after a reconnect (default true).</summary>
    public bool ResubscribeUserDataStreamAfterReconnect { get; set; } = true;

    /// <summary>Delay before that resubscription (default 2 s).</summary>
    public TimeSpan ResubscribeUserDataStreamDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How many user data events <see cref="WebSocketApiClient.ReadUserDataEventsAsync"/> buffers for a slow reader
    /// (default 10,000). When full, the oldest event is dropped and an <see cref="WebSocketApiClient.Error"/> event says
    /// so: the receive loop never waits for a reader. The <see cref="WebSocketApiClient.UserDataEventReceived"/> event
    /// is not affected.
    /// </summary>
    public int UserDataEventBufferSize { get; set; } = 10_000;

    /// <summary>
    /// How many .NET events (state changes, errors, messages, user data events) may wait for slow handlers (default
    /// 10,000). Handlers run one at a time off the receive loop; when they fall this far behind, the oldest waiting
    /// event is dropped, counted in <see cref="WebSocketApiClient.DroppedEventCount"/> and reported, so memory stays
    /// bounded whatever a handler does.
    /// </summary>
    public int EventBufferSize { get; set; } = 10_000;

    /// <summary>Log connection lifecycle events (open, reconnecting, reconnected, closed, authenticated) at Information (default true).</summary>
    public bool AttachEventListeners { get; set; } = true;

    /// <summary>Do not log the notice that HMAC/RSA keys sign every request (slower than Ed25519 with session logon).</summary>
    public bool MuteLatencyWarning { get; set; }

    /// <summary>Renew the margin listen token before it expires (default true).</summary>
    public bool KeepMarginListenTokenRefreshed { get; set; } = true;

    /// <summary>
    /// Prefix of the client order ids the client generates when a placement names none (default empty; at most 14
    /// letters, digits, '-' or '_'). Every order gets an id, so one whose outcome is unknown can be looked up.
    /// </summary>
    public string ClientOrderIdPrefix { get; set; } = string.Empty;

    /// <summary>Allow plain <c>ws://</c> to hosts other than loopback (default false: only <c>wss://</c> leaves the machine).</summary>
    public bool AllowInsecureTransport { get; set; }

    /// <summary>Creates a validated copy, so a running client never sees later changes.</summary>
    internal WebSocketApiClientOptions ValidateAndCopy()
    {
        if (RequestTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(RequestTimeout), RequestTimeout, "RequestTimeout must be positive.");
        }

        if (ConnectTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(ConnectTimeout), ConnectTimeout, "ConnectTimeout must be positive.");
        }

        if (KeepAliveInterval < TimeSpan.Zero || KeepAliveTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(KeepAliveInterval), "KeepAliveInterval must be >= 0 and KeepAliveTimeout positive.");
        }

        if (!Enum.IsDefined(RateLimitPolicy))
        {
            throw new ArgumentOutOfRangeException(nameof(RateLimitPolicy), RateLimitPolicy, "RateLimitPolicy must be Off, Fail or Wait.");
        }

        if (ResubscribeUserDataStreamDelay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(ResubscribeUserDataStreamDelay), "ResubscribeUserDataStreamDelay cannot be negative.");
        }

        // Each of these becomes a timer, a delay or a cancellation deadline; the runtime refuses longer ones at use,
        // which would surface on every request instead of here.
        Validate.TimerLength(RequestTimeout, nameof(RequestTimeout));
        Validate.TimerLength(ConnectTimeout, nameof(ConnectTimeout));
        Validate.TimerLength(KeepAliveInterval, nameof(KeepAliveInterval));
        Validate.TimerLength(KeepAliveTimeout, nameof(KeepAliveTimeout));
        Validate.TimerLength(ResubscribeUserDataStreamDelay, nameof(ResubscribeUserDataStreamDelay));

        Validate.RecvWindow(RecvWindow, nameof(RecvWindow));
        if (EventBufferSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(EventBufferSize), EventBufferSize, "EventBufferSize must be at least 1.");
        }

        if (UserDataEventBufferSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(UserDataEventBufferSize), UserDataEventBufferSize, "UserDataEventBufferSize must be at least 1.");
        }
        ArgumentNullException.ThrowIfNull(ClientOrderIdPrefix);
        Protocol.ClientOrderIdGenerator.ValidatePrefix(ClientOrderIdPrefix);
        ArgumentNullException.ThrowIfNull(TimeProvider);
        ArgumentNullException.ThrowIfNull(ReconnectPolicy);
        try
        {
            ReconnectPolicy.Validate();
        }
        catch (ArgumentException ex) when (ex.ParamName is null)
        {
            // Named, so a configuration error can say which section is wrong.
            throw new ArgumentException(ex.Message, nameof(ReconnectPolicy));
        }

        foreach ((WsApiEndpoint endpoint, Uri uri) in EndpointUrls)
        {
            ValidateUri(endpoint, uri);
        }

        foreach ((FuturesMarket market, Uri uri) in FuturesUserDataStreamUrls)
        {
            ValidateUri(market, uri, $"{nameof(FuturesUserDataStreamUrls)}:{market}");
        }

        // MemberwiseClone shares the URL dictionaries; the copy gets frozen ones of its own.
        ApiCredentials? credentials = Credentials;
        if (credentials is null)
        {
            credentials = Auth.ConfiguredCredentials.Build(ApiKey, ApiSecret, PrivateKeyFile, PrivateKeyPassphrase);
        }
        else if (!string.IsNullOrEmpty(ApiKey) || !string.IsNullOrEmpty(ApiSecret) || !string.IsNullOrEmpty(PrivateKeyFile)
            || !string.IsNullOrEmpty(PrivateKeyPassphrase))
        {
            throw new ArgumentException("set Credentials or ApiKey with ApiSecret/PrivateKeyFile, not both.", nameof(ApiKey));
        }

        var copy = (WebSocketApiClientOptions)MemberwiseClone();
        // The running client keeps the signer only, never the secret's text.
        copy.Credentials = credentials;
        copy.ApiSecret = null;
        copy.PrivateKeyPassphrase = null;
        copy._frozenUrls = new Dictionary<WsApiEndpoint, Uri>(EndpointUrls);
        copy._frozenStreamUrls = new Dictionary<FuturesMarket, Uri>(FuturesUserDataStreamUrls);
        return copy;
    }

    /// <summary>The frozen settings the connection layer runs on (call on a validated copy).</summary>
    internal Connection.ConnectionSettings ToConnectionSettings() => new()
    {
        Time = TimeProvider,
        Credentials = Credentials,
        RequestTimeout = RequestTimeout,
        ConnectTimeout = ConnectTimeout,
        KeepAliveInterval = KeepAliveInterval,
        KeepAliveTimeout = KeepAliveTimeout,
        RecvWindow = RecvWindow,
        ReturnRateLimits = ReturnRateLimits,
        TimeOffset = TimeOffset,
        ReconnectPolicy = ReconnectPolicy,
        RateLimitPolicy = RateLimitPolicy,
        ResolveUri = ResolveUri,
    };

    /// <summary>The frozen settings the user data layer runs on.</summary>
    internal UserData.UserDataSettings ToUserDataSettings(Connection.ConnectionSettings connection) => new()
    {
        Connection = connection,
        EventBufferSize = UserDataEventBufferSize,
        ResubscribeAfterReconnect = ResubscribeUserDataStreamAfterReconnect,
        ResubscribeDelay = ResubscribeUserDataStreamDelay,
        KeepMarginListenTokenRefreshed = KeepMarginListenTokenRefreshed,
        FuturesStreamUri = ResolveFuturesUserDataStreamUri,
    };

    private Dictionary<WsApiEndpoint, Uri>? _frozenUrls;
    private Dictionary<FuturesMarket, Uri>? _frozenStreamUrls;

    /// <summary>The futures user data stream URL for a listen key: the market's base URL plus the key as last segment.</summary>
    internal Uri ResolveFuturesUserDataStreamUri(FuturesMarket market, string listenKey)
    {
        IDictionary<FuturesMarket, Uri> urls = _frozenStreamUrls ?? FuturesUserDataStreamUrls;
        Uri baseUri = urls.TryGetValue(market, out Uri? uri) ? uri : (market, Environment) switch
        {
            (FuturesMarket.UsdM, WsApiEnvironment.Live) => new Uri("wss://fstream.binance.com/private/ws"),
            (FuturesMarket.UsdM, _) => new Uri("wss://fstream.binancefuture.com/ws"),
            (_, WsApiEnvironment.Live) => new Uri("wss://dstream.binance.com/ws"),
            _ => new Uri("wss://dstream.binancefuture.com/ws"),
        };
        // Query strings are not expected on stream URLs; the path is what carries the key.
        var builder = new UriBuilder(baseUri) { Path = baseUri.AbsolutePath.TrimEnd('/') + "/" + Uri.EscapeDataString(listenKey) };
        return builder.Uri;
    }

    /// <summary>
    /// The URL of an endpoint: its own override; else, for the endpoint the <see cref="Environment"/> selects for its
    /// market (SpotTestnet under Testnet, say), the override of that market's production endpoint (Spot, UsdM, CoinM);
    /// else Binance's documented URL. That fallback is why <c>EndpointUrls:Spot</c> with <c>Environment=Testnet</c>
    /// reaches the given URL instead of being silently ignored.
    /// </summary>
    internal Uri ResolveUri(WsApiEndpoint endpoint)
    {
        IDictionary<WsApiEndpoint, Uri> urls = _frozenUrls ?? EndpointUrls;
        if (urls.TryGetValue(endpoint, out Uri? uri))
        {
            return uri;
        }

        WsApiMarket market = WsApiEndpoints.GetMarket(endpoint);
        if (Environment != WsApiEnvironment.Live && endpoint == WsApiEndpoints.GetDefaultEndpoint(market, Environment)
            && urls.TryGetValue(WsApiEndpoints.GetDefaultEndpoint(market, WsApiEnvironment.Live), out Uri? marketUri))
        {
            return marketUri;
        }

        return WsApiEndpoints.GetDefaultUri(endpoint);
    }

    private void ValidateUri(WsApiEndpoint endpoint, Uri uri) => ValidateUri(endpoint, uri, $"{nameof(EndpointUrls)}:{endpoint}");

    private void ValidateUri<TKey>(TKey endpoint, Uri uri, string optionName)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!uri.IsAbsoluteUri || (uri.Scheme != "ws" && uri.Scheme != "wss"))
        {
            throw new ArgumentException($"The URL for {endpoint} must be an absolute ws:// or wss:// URL, got '{uri}'.", optionName);
        }

        if (uri.Scheme == "ws" && !uri.IsLoopback && !AllowInsecureTransport)
        {
            throw new ArgumentException(
                $"The URL for {endpoint} uses plain ws:// to a host that is not loopback ('{uri.Host}'); use wss:// or set AllowInsecureTransport.",
                optionName);
        }
    }
}
