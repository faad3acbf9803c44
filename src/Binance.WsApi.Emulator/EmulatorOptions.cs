using Microsoft.Extensions.Logging;

namespace Binance.WsApi.Emulator;

/// <summary>
/// Settings of an <see cref="ExchangeEmulator"/>. Defaults follow Binance's documented production values,
/// so tests only shorten what they need (keep-alive, lifetime, limits).
/// </summary>
public sealed class EmulatorOptions
{
    /// <summary>Address to listen on. Default <c>127.0.0.1</c> (loopback only).</summary>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>TCP port; 0 lets the operating system choose one (read it back from <see cref="ExchangeEmulator.Port"/>).</summary>
    public int Port { get; set; }

    /// <summary>
    /// The emulator's clock. It drives everything a client can observe: <c>serverTime</c>, timestamp and
    /// <c>recvWindow</c> checks, rate-limit buckets, server pings, pong deadlines, connection lifetime,
    /// the <c>serverShutdown</c> grace and injected response delays. With a fake provider those timers only
    /// fire when the test advances it.
    /// </summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Interval of server PING frames on the spot path (Binance: 20 s).</summary>
    public TimeSpan SpotPingInterval { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How long a spot client may leave a PING unanswered before it is disconnected (Binance: 1 min).</summary>
    public TimeSpan SpotPongTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Interval of server PING frames on the futures paths (Binance: 3 min).</summary>
    public TimeSpan FuturesPingInterval { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>How long a futures client may leave a PING unanswered (Binance: 10 min).</summary>
    public TimeSpan FuturesPongTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Connections are closed (1000) once they are this old (Binance: 24 h).</summary>
    public TimeSpan MaxConnectionLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>After a <c>serverShutdown</c> event, connections are closed (1001) this much later.</summary>
    public TimeSpan ServerShutdownGrace { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary><c>REQUEST_WEIGHT</c> limit per IP and minute on the spot path.</summary>
    public int SpotRequestWeightPerMinute { get; set; } = 6000;

    /// <summary><c>REQUEST_WEIGHT</c> limit per IP and minute on the futures paths.</summary>
    public int FuturesRequestWeightPerMinute { get; set; } = 2400;

    /// <summary>
    /// How many requests an IP may send inside a 429's <c>retryAfter</c> before it is banned: from then on every
    /// request is answered 418 (<c>-1003</c>, <c>retryAfter</c> = the ban's end) and its connection closed, for two
    /// minutes (Binance's first ban step). Binance bans repeat offenders without saying after how many; default 10.
    /// 0 never bans.
    /// </summary>
    public int RateLimitViolationsBeforeBan { get; set; } = 10;

    /// <summary>Spot <c>ORDERS</c> limit per account and 10 seconds (Binance: 50).</summary>
    public int SpotOrdersPer10Seconds { get; set; } = 50;

    /// <summary>Spot <c>ORDERS</c> limit per account and UTC day (Binance: 160000).</summary>
    public int SpotOrdersPerDay { get; set; } = 160000;

    /// <summary>
    /// Start the built-in market maker: a two-sided ladder around a reference price on every trading spot symbol,
    /// refilled after each trade (see the README). Off = empty books until a test adds liquidity.
    /// </summary>
    public bool MarketMaker { get; set; } = true;

    /// <summary>Seed a day of deterministic trade history per symbol (klines, tickers, avgPrice have data from the start).</summary>
    public bool SeedMarketHistory { get; set; } = true;

    /// <summary>Path of a JSON accounts file (see the emulator README); <c>null</c> = the built-in <see cref="DemoAccount"/>.</summary>
    public string? AccountsPath { get; set; }

    /// <summary>
    /// "Strict" mode: close the connection with 1008 after an envelope error (invalid JSON, <c>id</c> or
    /// <c>params</c>), as spot testnet was observed to do. Off by default so one bad frame does not cost a connection.
    /// </summary>
    public bool CloseOnEnvelopeError { get; set; }

    /// <summary>
    /// Refuse parameters a method does not take with <c>-1104</c> (Binance REST's behaviour; the WS API docs do not
    /// say). Off by default: unknown parameters are ignored. Can be switched later with
    /// <see cref="ExchangeEmulator.StrictParameters"/> or <c>POST /admin/strict-parameters?on=</c>.
    /// </summary>
    public bool StrictParameters { get; set; }

    /// <summary>
    /// Seed for futures listen keys. Null (default): cryptographically random keys, different on every run (a key is
    /// the user data stream's only credential). Set it only when a test needs the same keys run after run.
    /// </summary>
    public int? ListenKeySeed { get; set; }

    /// <summary>
    /// Most frames <see cref="ExchangeEmulator.ReceivedRequests"/> keeps (oldest dropped first). Default 10,000; at
    /// least 1.
    /// </summary>
    public int RequestLogCapacity { get; set; } = 10_000;

    /// <summary>
    /// Most characters of frame text the received-request log keeps (oldest frames dropped first; the newest frame is
    /// always kept). Default 16 Mi characters (about 32 MB); a fuzzer's large frames would otherwise fill memory.
    /// </summary>
    public long RequestLogMaxChars { get; set; } = 16L * 1024 * 1024;

    /// <summary>Logger factory for the emulator and Kestrel; <c>null</c> = no logging.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }
}
