using Binance.WsApi.Emulator.Accounts;
using Binance.WsApi.Emulator.Faults;
using Binance.WsApi.Emulator.Handlers;
using Binance.WsApi.Emulator.Limits;
using Binance.WsApi.Emulator.Market;
using Binance.WsApi.Emulator.Matching;
using Binance.WsApi.Emulator.Matching.Futures;
using Binance.WsApi.Emulator.UserData;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Binance.WsApi.Emulator.Hosting;

/// <summary>The state of one emulator instance, shared by the host, the connections and the handlers.</summary>
internal sealed class EmulatorServices
{
    public EmulatorServices(EmulatorOptions options)
    {
        Options = options;
        Clock = new AdjustableClock(options.TimeProvider ?? TimeProvider.System);
        Time = Clock;
        LoggerFactory = options.LoggerFactory ?? NullLoggerFactory.Instance;
        long nowMs = Time.GetUtcNow().ToUnixTimeMilliseconds();
        Accounts = options.AccountsPath is null ? AccountsLoader.CreateDemo(nowMs) : AccountsLoader.LoadFile(options.AccountsPath, nowMs);
        Limiter = new RequestWeightLimiter(Time);
        Bans = new RateLimitBans(Time, options.RateLimitViolationsBeforeBan, TimeSpan.FromMinutes(2));
        Exchange = new SpotExchange(Symbols.Spot, Time, Accounts.Accounts, new UnfilledOrderCounter(options.SpotOrdersPer10Seconds, options.SpotOrdersPerDay));
        UserData = new UserData.UserDataHub(Time);
        Exchange.Sink = UserData;
        Exchange.MarketMaker.Initialize(options.MarketMaker, options.SeedMarketHistory, nowMs);
        UsdM = new FuturesExchange(Protocol.MarketKind.UsdM, Symbols.UsdM, Time, FuturesDefaults.UsdMWallets);
        CoinM = new FuturesExchange(Protocol.MarketKind.CoinM, Symbols.CoinM, Time, FuturesDefaults.CoinMWallets);
        ListenKeys = new ListenKeyStore(options.ListenKeySeed);
        RequestLog = new RequestLog(options.RequestLogCapacity, options.RequestLogMaxChars);
        FuturesStreams = new FuturesStreamHub(Time, ListenKeys);
        UsdM.Sink = FuturesStreams;
        CoinM.Sink = FuturesStreams;
        UsdM.MarketMaker.Initialize(options.MarketMaker);
        CoinM.MarketMaker.Initialize(options.MarketMaker);
        Registry = new MethodRegistry()
            .Register(new GeneralHandlers(this))
            .Register(new SessionHandlers())
            .Register(new AccountHandlers())
            .Register(new SpotTradingHandlers(this))
            .Register(new OrderListHandlers(this))
            .Register(new SorHandlers(this))
            .Register(new AccountQueryHandlers(this))
            .Register(new MarketDataHandlers(this))
            .Register(new UserDataStreamHandlers())
            .Register(new FuturesTradingHandlers(this))
            .Register(new FuturesAccountHandlers(this))
            .Register(new FuturesMarketDataHandlers(this))
            .Register(new FuturesUserDataStreamHandlers(this));
        Dispatcher = new RequestDispatcher(this);
        PublicFaults = new EmulatorFaults(this);
        _strictParameters = options.StrictParameters;
    }

    /// <summary>The public fault API over this instance (shared by <see cref="ExchangeEmulator.Faults"/> and /admin).</summary>
    public EmulatorFaults PublicFaults { get; }

    public EmulatorOptions Options { get; }

    /// <summary>The emulator's clock (<see cref="Clock"/>, seen as a plain provider by everything that only reads it).</summary>
    public TimeProvider Time { get; }

    /// <summary>The configured provider with the offset or freeze of <c>/admin/clock</c>.</summary>
    public AdjustableClock Clock { get; }

    public ILoggerFactory LoggerFactory { get; }

    public AccountStore Accounts { get; }

    public SymbolCatalog Symbols { get; } = SymbolCatalog.CreateDefault();

    public RequestWeightLimiter Limiter { get; }

    /// <summary>IPs that kept sending inside a 429's back-off, banned with 418.</summary>
    public RateLimitBans Bans { get; }

    /// <summary>The spot exchange (matching engine, balances, history).</summary>
    public SpotExchange Exchange { get; }

    /// <summary>User data stream subscriptions and the fan-out of the exchange's events.</summary>
    public UserData.UserDataHub UserData { get; }

    /// <summary>The USD-M futures exchange.</summary>
    public FuturesExchange UsdM { get; }

    /// <summary>The COIN-M futures exchange.</summary>
    public FuturesExchange CoinM { get; }

    /// <summary>Futures ORDERS counters per market.</summary>
    public FuturesOrderRateLimiter UsdMOrderLimiter { get; } = new(Protocol.MarketKind.UsdM);

    public FuturesOrderRateLimiter CoinMOrderLimiter { get; } = new(Protocol.MarketKind.CoinM);

    public ListenKeyStore ListenKeys { get; }

    /// <summary>Futures user data stream connections (one listen key each) and the fan-out of the futures engines' events.</summary>
    public FuturesStreamHub FuturesStreams { get; }

    public MethodRegistry Registry { get; }

    public FaultState Faults { get; } = new();

    public ConnectionRegistry Connections { get; } = new();

    public RequestLog RequestLog { get; }

    public RequestDispatcher Dispatcher { get; }

    /// <summary>Released once per server PING written (any connection): lets tests await pings instead of sleeping.</summary>
    public SemaphoreSlim PingSent { get; } = new(0);

    private volatile bool _strictParameters;

    /// <summary>Strict parameter checking, seeded from the options and switchable while running (in process or /admin).</summary>
    public bool StrictParameters
    {
        get => _strictParameters;
        set => _strictParameters = value;
    }

    public int WeightLimit(Protocol.MarketKind market) =>
        market == Protocol.MarketKind.Spot ? Options.SpotRequestWeightPerMinute : Options.FuturesRequestWeightPerMinute;
}
