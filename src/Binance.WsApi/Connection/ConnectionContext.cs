using Binance.WsApi.Protocol;
using Microsoft.Extensions.Logging;

namespace Binance.WsApi.Connection;

/// <summary>What every connection of one client shares: options, clock and offset, credentials, ids, logging, and where to report.</summary>
internal sealed class ConnectionContext
{
    private long _nextId;
    private long _timeOffsetMs;
    private IPushListener[] _pushListeners = [];

    public ConnectionContext(ConnectionSettings settings, ILogger logger, IConnectionObserver observer)
    {
        Settings = settings;
        Logger = logger;
        Observer = observer;
        _timeOffsetMs = (long)settings.TimeOffset.TotalMilliseconds;
        Connections = new RateLimits.ConnectionGovernor(settings.RateLimitPolicy, settings.Time);
    }

    /// <summary>The client-wide count of connection attempts per market (the server counts them per IP) and its policy.</summary>
    public RateLimits.ConnectionGovernor Connections { get; }

    public ConnectionSettings Settings { get; }

    public ILogger Logger { get; }

    public TimeProvider Time => Settings.Time;

    public ApiCredentials? Credentials => Settings.Credentials;

    public long TimeOffsetMs
    {
        get => Interlocked.Read(ref _timeOffsetMs);
        set => Interlocked.Exchange(ref _timeOffsetMs, value);
    }

    /// <summary>Envelope ids are small integers, unique across the client's connections.</summary>
    public long NextId() => Interlocked.Increment(ref _nextId);

    /// <summary>The request timestamp: local clock plus the time offset, read at send time.</summary>
    public long TimestampMs() => Time.GetUtcNow().ToUnixTimeMilliseconds() + TimeOffsetMs;

    /// <summary>Logs without letting the user's logger hurt the connection (see <see cref="Log.SafeWrite"/>).</summary>
    public void SafeLog(Action<ILogger> write) => Log.SafeWrite(Logger, write);

    /// <summary>Where the connections report what happens to them (the client's events).</summary>
    public IConnectionObserver Observer { get; }

    /// <summary>Who hears pushed events and restored sessions; copied on write, read on every push.</summary>
    public IPushListener[] PushListeners => Volatile.Read(ref _pushListeners);

    public void AddPushListener(IPushListener listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        IPushListener[] current, next;
        do
        {
            current = Volatile.Read(ref _pushListeners);
            next = [.. current, listener];
        }
        while (Interlocked.CompareExchange(ref _pushListeners, next, current) != current);
    }

    public SigningPlan CreatePlan(RequestAuth auth, bool sessionLoggedOn, WsApiMarket market = WsApiMarket.Spot)
    {
        // Spot takes recvWindow with microsecond decimals; futures type it as an integer, so whole milliseconds there.
        TimeSpan? window = Settings.RecvWindow is { } w && market != WsApiMarket.Spot
            ? TimeSpan.FromMilliseconds(Math.Max(1, Math.Round(w.TotalMilliseconds)))
            : Settings.RecvWindow;
        if (auth == RequestAuth.None)
        {
            return SigningPlan.None;
        }

        ApiCredentials credentials = Credentials
            ?? throw new InvalidOperationException("This method needs API credentials: set Credentials in the client options.");
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
