using Binance.WsApi.Emulator.Accounts;
using Binance.WsApi.Emulator.Market;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Matching.Futures;

/// <summary>
/// One futures market (USD-M or COIN-M): books, positions, wallets, conditional and algo orders. Like the spot
/// exchange it is pure C#, and one lock serialises every operation so each is atomic. One-way position mode only.
/// </summary>
internal sealed partial class FuturesExchange
{
    /// <summary>Maker / taker commission (Binance's regular tier 0 rates on both futures markets).</summary>
    public const decimal MakerRate = 0.0002m;

    public const decimal TakerRate = 0.0005m;

    /// <summary>Maintenance margin rate used for display (Binance's lowest bracket for BTC is 0.4 %).</summary>
    public const decimal MaintenanceRate = 0.004m;

    private const int MaxTriggerRounds = 1000;

    private readonly Lock _sync = new();
    private readonly TimeProvider _time;
    private readonly Dictionary<string, FuturesSymbolState> _symbols = new(StringComparer.Ordinal);
    private readonly Dictionary<Account, FuturesAccountState> _accounts = [];
    private readonly Dictionary<long, FuturesOrder> _orders = [];
    private readonly Dictionary<string, decimal> _supply = new(StringComparer.Ordinal);
    private readonly Dictionary<string, decimal> _fees = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, decimal> _defaultWallets;
    private readonly Random _ids;
    private long _nextOrderId;
    private int _depth;

    public FuturesExchange(MarketKind market, IEnumerable<FuturesSymbol> symbols, TimeProvider time, IReadOnlyDictionary<string, decimal> defaultWallets)
    {
        Market = market;
        _time = time;
        _defaultWallets = defaultWallets;
        bool inverse = market == MarketKind.CoinM;
        foreach (FuturesSymbol symbol in symbols)
        {
            _symbols[symbol.Symbol] = new FuturesSymbolState(symbol, inverse);
        }

        // Distinct id ranges per market make a mixed-up id in a test fail loudly instead of finding the wrong order.
        _nextOrderId = inverse ? 330_000_001 : 4_370_000_001;
        _nextAlgoId = 3_000_000_000_000_001;
        _ids = new Random(inverse ? 20260202 : 20260101);
        MarketMaker = new FuturesMarketMaker(this);
    }

    public MarketKind Market { get; }

    public bool Inverse => Market == MarketKind.CoinM;

    public FuturesMarketMaker MarketMaker { get; }

    public IEnumerable<FuturesSymbolState> Symbols => _symbols.Values;

    internal long NowMs => _time.GetUtcNow().ToUnixTimeMilliseconds();

    public FuturesSymbolState? Find(string symbol) => _symbols.GetValueOrDefault(symbol);

    /// <summary>
    /// Runs one operation atomically; the outermost call first expires GTD orders that are due, then, after the
    /// operation, fires conditional orders whose condition it made true and lets the market maker refill.
    /// </summary>
    public T Run<T>(Func<T> operation)
    {
        lock (_sync)
        {
            _depth++;
            try
            {
                if (_depth == 1)
                {
                    // Before the operation, so that a query already sees the expiry.
                    ExpireGoodTillDate();
                }

                T result = operation();
                if (_depth == 1)
                {
                    FireTriggers();
                    MarketMaker.RefillAll();
                    FireTriggers();
                    FlushEvents();
                }

                return result;
            }
            finally
            {
                if (_depth == 1)
                {
                    // An operation that threw publishes nothing; its partial record must not leak into the next one.
                    _events.Clear();
                    _touched.Clear();
                }

                _depth--;
            }
        }
    }

    /// <summary>The account's futures state, created on first use with the market's default wallets (which join the supply).</summary>
    internal FuturesAccountState State(Account account)
    {
        if (!_accounts.TryGetValue(account, out FuturesAccountState? state))
        {
            state = new FuturesAccountState { Unlimited = account == MarketMaker.Account };
            foreach (var (asset, amount) in account == MarketMaker.Account ? MarketMaker.Wallets : _defaultWallets)
            {
                state.Wallets[asset] = amount;
                _supply[asset] = _supply.GetValueOrDefault(asset) + amount;
            }

            _accounts[account] = state;
        }

        return state;
    }

    public void SetWallet(Account account, string asset, decimal amount) => Run(() =>
    {
        FuturesAccountState state = State(account);
        decimal old = state.Wallets.GetValueOrDefault(asset);
        state.Wallets[asset] = amount;
        _supply[asset] = _supply.GetValueOrDefault(asset) + amount - old;
        state.UpdateTime = NowMs;
        return true;
    });

    public decimal GetWallet(Account account, string asset) => Run(() => State(account).Wallets.GetValueOrDefault(asset));

    public void SetLeverage(Account account, string symbol, int leverage)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(leverage, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(leverage, 125);
        Run(() => State(account).Leverage[symbol] = leverage);
    }

    /// <summary>Sets the index price (null: follow the mark price again). Nothing in the engine uses it; premiumIndex shows it.</summary>
    public void SetIndexPrice(string symbol, decimal? price)
    {
        if (price is { } p)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(p);
        }

        Run(() => RequireSymbol(symbol).IndexPriceSet = price);
    }

    /// <summary>Sets the mark price; conditional orders working on MARK_PRICE may trigger.</summary>
    public void SetMarkPrice(string symbol, decimal price)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(price);
        Run(() => RequireSymbol(symbol).MarkPrice = price);
    }

    /// <summary>Prints a trade by nobody (no position changes): sets the last price and fires CONTRACT_PRICE triggers.</summary>
    public void RecordTrade(string symbol, decimal price) => Run(() =>
    {
        FuturesSymbolState s = RequireSymbol(symbol);
        s.LastPrice = price;
        s.LastTradeTime = NowMs;
        return true;
    });

    /// <summary>A copy of an account's position (zero when it never traded the symbol).</summary>
    public FuturesPosition GetPosition(Account account, string symbol) => Run(() =>
        State(account).Positions.TryGetValue(symbol, out FuturesPosition? p) ? p.Clone() : new FuturesPosition());

    /// <summary>Entry price of a position (0 when flat).</summary>
    public decimal EntryPrice(FuturesSymbolState s, FuturesPosition p)
    {
        if (p.Amount == 0m || p.Cost == 0m)
        {
            return 0m;
        }

        return s.Inverse ? p.Amount * s.Symbol.ContractSize / p.Cost : p.Cost / p.Amount;
    }

    /// <summary>Unrealized PnL at the mark price, in the margin asset.</summary>
    public static decimal Unrealized(FuturesSymbolState s, FuturesPosition p)
    {
        if (p.Amount == 0m)
        {
            return 0m;
        }

        decimal markValue = Math.Sign(p.Amount) * s.Value(Math.Abs(p.Amount), s.MarkPrice);
        return s.Inverse ? p.Cost - markValue : markValue - p.Cost;
    }

    /// <summary>Cancels every order on a symbol (the maker's included) and stops the maker quoting there.</summary>
    public int ClearBook(string symbol) => Run(() =>
    {
        FuturesSymbolState s = RequireSymbol(symbol);
        MarketMaker.SetEnabled(symbol, false);
        var all = s.Bids.Concat(s.Asks).Concat(s.Conditionals).ToList();
        foreach (FuturesOrder order in all)
        {
            Close(s, order, FuturesOrderStatus.Canceled);
        }

        return all.Count;
    });

    /// <summary>A GTC LIMIT order for the market maker (no checks): deterministic liquidity for a test.</summary>
    public long PlaceLiquidity(string symbol, Side side, decimal price, decimal quantity) => Run(() => PlaceLiquidityCore(symbol, side, price, quantity));

    internal long PlaceLiquidityCore(string symbol, Side side, decimal price, decimal quantity)
    {
        FuturesSymbolState s = RequireSymbol(symbol);
        FuturesOrder order = NewOrder(MarketMaker.Account, s, new FuturesOrderRequest
        {
            Symbol = symbol, Side = side, Type = FuturesOrderType.Limit, Price = price, Quantity = quantity,
        }, FuturesAccountState.DefaultLeverage);
        Execute(s, order);
        return order.OrderId;
    }

    /// <summary>
    /// Conservation: per margin asset, Σ (wallet + unrealized PnL at the mark) + commission collected equals
    /// what was seeded; per symbol the positions net to zero; open orders sit in the book on the right side.
    /// COIN-M values are divisions (contracts × size / price), so a residue up to 1e-6 in total is tolerated; USD-M 1e-18.
    /// </summary>
    public IReadOnlyList<string> CheckInvariants() => Run(() =>
    {
        var problems = new List<string>();
        var equity = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (_, state) in _accounts)
        {
            foreach (var (asset, wallet) in state.Wallets)
            {
                equity[asset] = equity.GetValueOrDefault(asset) + wallet;
            }

            foreach (var (symbol, position) in state.Positions)
            {
                FuturesSymbolState s = _symbols[symbol];
                equity[s.Symbol.MarginAsset] = equity.GetValueOrDefault(s.Symbol.MarginAsset) + Unrealized(s, position);
            }
        }

        // USD-M: a partial close removes entry value pro rata (cost × closed / amount), a division that can leave a
        // residue in decimal's 28th digit (found by MatchingPropertyTests' random streams); 1e-18 is far below any
        // amount the wire shows, so anything larger is still a real leak.
        decimal tolerance = Inverse ? 0.000001m : 0.000000000000000001m;
        foreach (string asset in equity.Keys.Union(_supply.Keys))
        {
            decimal total = equity.GetValueOrDefault(asset) + _fees.GetValueOrDefault(asset);
            if (Math.Abs(total - _supply.GetValueOrDefault(asset)) > tolerance)
            {
                problems.Add($"{Market} {asset}: equity + fees {total} != supply {_supply.GetValueOrDefault(asset)}");
            }
        }

        foreach (FuturesSymbolState s in _symbols.Values)
        {
            decimal net = _accounts.Values.Sum(a => a.Positions.TryGetValue(s.Symbol.Symbol, out FuturesPosition? p) ? p.Amount : 0m);
            if (net != 0m)
            {
                problems.Add($"{s.Symbol.Symbol}: positions net to {net}");
            }

            foreach (FuturesOrder o in s.Bids.Concat(s.Asks))
            {
                if (!o.IsOpen || o.Remaining <= 0m || !s.Book.Holds(o))
                {
                    problems.Add($"{s.Symbol.Symbol}: order {o.OrderId} in the book with status {o.Status}, remaining {o.Remaining}");
                }
            }
        }

        return problems;
    });

    /// <summary>GTD orders end when their goodTillDate passes; checked lazily at the next operation on this market.</summary>
    private void ExpireGoodTillDate()
    {
        long now = NowMs;
        foreach (FuturesSymbolState s in _symbols.Values)
        {
            foreach (FuturesOrder order in s.Bids.Concat(s.Asks).Where(o => o.TimeInForce == FuturesTif.Gtd && o.GoodTillDate <= now).ToList())
            {
                Close(s, order, FuturesOrderStatus.Expired);
            }
        }
    }

    private FuturesSymbolState RequireSymbol(string symbol) =>
        _symbols.GetValueOrDefault(symbol) ?? throw new ArgumentException($"Unknown {Market} symbol '{symbol}'.", nameof(symbol));

    /// <summary>22 characters from Binance's client id alphabet, from a fixed seed (reproducible runs).</summary>
    private string NewClientOrderId()
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        return string.Create(22, _ids, static (span, random) =>
        {
            for (int i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[random.Next(alphabet.Length)];
            }
        });
    }

    private FuturesOrder NewOrder(Account account, FuturesSymbolState s, FuturesOrderRequest r, int leverage)
    {
        long now = NowMs;
        var order = new FuturesOrder
        {
            OrderId = _nextOrderId++,
            ClientOrderId = r.NewClientOrderId ?? NewClientOrderId(),
            Account = account,
            Symbol = s.Symbol.Symbol,
            Side = r.Side,
            Type = r.Type,
            TimeInForce = r.TimeInForce,
            Price = r.Price ?? 0m,
            StopPrice = r.StopPrice ?? 0m,
            OrigQty = r.Quantity ?? 0m,
            ReduceOnly = r.ReduceOnly || r.ClosePosition,
            ClosePosition = r.ClosePosition,
            PriceProtect = r.PriceProtect,
            WorkingType = r.WorkingType,
            Stp = r.Stp,
            GoodTillDate = r.GoodTillDate,
            ActivationPrice = r.ActivationPrice,
            CallbackRate = r.CallbackRate,
            Status = FuturesOrderStatus.New,
            Time = now,
            UpdateTime = now,
            Leverage = leverage,
        };
        _orders[order.OrderId] = order;
        return order;
    }

    /// <summary>Ends an order (cancel/expire): out of the book or the conditional list.</summary>
    private void Close(FuturesSymbolState s, FuturesOrder order, FuturesOrderStatus status)
    {
        s.Book.Remove(order);
        s.Conditionals.Remove(order);
        order.Status = status;
        order.UpdateTime = NowMs;
        s.LastUpdateId++;
        RecordOrder(s, order, status == FuturesOrderStatus.Canceled ? "CANCELED" : "EXPIRED");
    }
}
