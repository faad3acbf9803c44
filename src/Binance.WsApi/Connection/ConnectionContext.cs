using Binance.WsApi.Protocol;
using Microsoft.Extensions.Logging;

namespace Binance.WsApi.Connection;

/// <summary>What every connection of one client shares: options, clock and offset, credentials, ids, logging, events.</summary>
internal sealed class ConnectionContext
{
    private long _nextId;
    private long _timeOffsetMs;

    public ConnectionContext(WebSocketApiClientOptions options, ILogger logger, EventDispatcher events)
    {
        Options = options;
        Logger = logger;
        Events = events;
        _timeOffsetMs = (long)options.TimeOffset.TotalMilliseconds;
    }

    public WebSocketApiClientOptions Options { get; }

    public ILogger Logger { get; }

    public EventDispatcher Events { get; }

    public TimeProvider Time => Options.TimeProvider;

    public ApiCredentials? Credentials => Options.Credentials;

    public long TimeOffsetMs
    {
        get => Interlocked.Read(ref _timeOffsetMs);
        set => Interlocked.Exchange(ref _timeOffsetMs, value);
    }

    /// <summary>Envelope ids are small integers, unique across the client's connections.</summary>
    public long NextId() => Interlocked.Increment(ref _nextId);

    /// <summary>The request timestamp: local clock plus the time offset, read at send time.</summary>
    public long TimestampMs() => Time.GetUtcNow().ToUnixTimeMilliseconds() + TimeOffsetMs;

    /// <summary>
    /// Logs without letting the user's logger hurt the connection: a throwing logging provider is swallowed, never
    /// allowed to kill a receive loop or a reconnect.
    /// </summary>
    public void SafeLog(Action<ILogger> write)
    {
        try
        {
            write(Logger);
        }
        catch (Exception)
        {
            // Nothing sensible to do with a logger that fails: not logging is better than dropping a connection.
        }
    }

    // Client-level sinks, set by WebSocketApiClient.
    public Action<WsApiConnection, ConnectionState, ConnectionState, string, Exception?>? StateChanged { get; set; }

    public Action<WsApiConnection, string, Exception?>? LifecycleEvent { get; set; }

    public Action<WsApiEndpoint?, string, Exception?>? Error { get; set; }

    public Action<WsApiEndpoint, ReadOnlyMemory<byte>, FrameHeader>? MessageObserver { get; set; }

    public Action<WsApiConnection, ReadOnlyMemory<byte>, FrameHeader>? PushHandler { get; set; }

    /// <summary>Hooks run after a (re)connect and logon, before the connection is Ready again (user data resubscription).</summary>
    public Func<WsApiConnection, bool, CancellationToken, Task>? SessionReady { get; set; }

    public SigningPlan CreatePlan(RequestAuth auth, bool sessionLoggedOn, WsApiMarket market = WsApiMarket.Spot)
    {
        // Spot takes recvWindow with microsecond decimals; futures type it as an integer, so whole milliseconds there.
        TimeSpan? window = Options.RecvWindow is { } w && market != WsApiMarket.Spot
            ? TimeSpan.FromMilliseconds(Math.Max(1, Math.Round(w.TotalMilliseconds)))
            : Options.RecvWindow;
        if (auth == RequestAuth.None)
        {
            return SigningPlan.None;
        }

        ApiCredentials credentials = Credentials
            ?? throw new InvalidOperationException("This method needs API credentials: set WebSocketApiClientOptions.Credentials.");
        if (auth == RequestAuth.ApiKey)
        {
            return new SigningPlan(credentials.ApiKey, null, null, null);
        }

        if (auth == RequestAuth.Signed && sessionLoggedOn)
        {
            // A logged-on session authorises the request; only the timestamp (and window) are still required.
            return new SigningPlan(null, TimestampMs(), window, null);
        }

        return new SigningPlan(credentials.ApiKey, TimestampMs(), window, credentials.Signer);
    }
}
