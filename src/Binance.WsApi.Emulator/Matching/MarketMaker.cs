using Binance.WsApi.Emulator.Accounts;

namespace Binance.WsApi.Emulator.Matching;

/// <summary>
/// A deterministic liquidity provider: its own account (no API key), quoting a fixed ladder around a reference
/// price per symbol and topping each level back up after every operation that consumed it, so a demo can buy and
/// sell at once. It also seeds a day of trade history (fixed-seed pseudo-random walk on the tick grid) so that
/// klines, tickers and avgPrice have data. No randomness without a fixed seed.
/// </summary>
internal sealed class MarketMaker
{
    /// <summary>Default ladders (reference prices are round numbers near real ones; quantities are a few thousand USDT a level).</summary>
    public static readonly IReadOnlyDictionary<string, MakerBook> Defaults = new Dictionary<string, MakerBook>(StringComparer.Ordinal)
    {
        ["BTCUSDT"] = new(60000m, 5, 5m, 0.5m),
        ["ETHUSDT"] = new(3000m, 5, 0.5m, 5m),
        ["BNBUSDT"] = new(600m, 5, 0.1m, 20m),
        ["ETHBTC"] = new(0.05m, 5, 0.00001m, 5m),
        ["BNBBTC"] = new(0.01m, 5, 0.000002m, 20m),
        ["BTCUSDC"] = new(60000m, 5, 5m, 0.5m),
    };

    private readonly SpotExchange _exchange;
    private readonly Dictionary<string, MakerBook> _books = new(StringComparer.Ordinal);
    private readonly HashSet<string> _enabled = new(StringComparer.Ordinal);

    public MarketMaker(SpotExchange exchange)
    {
        _exchange = exchange;
        Account = new Account("market-maker", uid: 1, makerCommission: 0m, takerCommission: 0m, updateTime: 0);
    }

    /// <summary>The maker's account: not reachable through any API key.</summary>
    public Account Account { get; }

    /// <summary>Gives the maker balances, registers its account, sets the default ladders and seeds history; call once at start.</summary>
    public void Initialize(bool quote, bool seedHistory, long nowMs)
    {
        foreach (string asset in new[] { "BTC", "ETH", "BNB", "USDT", "USDC", "LTC" })
        {
            Account.SetBalance(asset, 1_000_000_000m);
        }

        _exchange.AddAccount(Account);
        foreach (var (symbol, book) in Defaults)
        {
            if (_exchange.Find(symbol) is not { } s || s.Symbol.Status != "TRADING")
            {
                continue;
            }

            _books[symbol] = book;
            if (seedHistory)
            {
                _exchange.Run(() => SeedHistory(s, book, nowMs));
            }

            if (quote)
            {
                _enabled.Add(symbol);
            }
        }

        _exchange.Run(() => true); // first refill
    }

    public bool IsEnabled(string symbol) => _enabled.Contains(symbol);

    public MakerBook? BookOf(string symbol) => _books.GetValueOrDefault(symbol);

    /// <summary>Turns quoting on or off for a symbol (off: existing maker orders stay until cancelled or ClearBook).</summary>
    public void SetEnabled(string symbol, bool enabled)
    {
        if (enabled && _books.ContainsKey(symbol))
        {
            _enabled.Add(symbol);
        }
        else
        {
            _enabled.Remove(symbol);
        }
    }

    /// <summary>Replaces a symbol's ladder (tests, demos).</summary>
    public void Configure(string symbol, MakerBook book)
    {
        _books[symbol] = book;
        _enabled.Add(symbol);
    }

    /// <summary>Tops every level up to its quantity; skips a level that would cross a resting order (it never takes).</summary>
    internal void RefillAll()
    {
        foreach (string symbol in _enabled)
        {
            if (_exchange.Find(symbol) is not { } s || !_books.TryGetValue(symbol, out MakerBook? book))
            {
                continue;
            }

            for (int k = 1; k <= book.Levels; k++)
            {
                Ensure(s, Side.Buy, book.ReferencePrice - (k * book.Spacing), book.Quantity);
                Ensure(s, Side.Sell, book.ReferencePrice + (k * book.Spacing), book.Quantity);
            }
        }
    }

    private void Ensure(SymbolState s, Side side, decimal price, decimal quantity)
    {
        if (price <= 0)
        {
            return;
        }

        // One price level, not the whole book: this runs for every level of every symbol after each request.
        decimal have = s.Book.RemainingAt(side, price, Account);

        decimal? bestOpposite = s.Book.BestPrice(side == Side.Buy ? Side.Sell : Side.Buy);
        bool crosses = bestOpposite is { } b && (side == Side.Buy ? b <= price : b >= price);
        if (have < quantity && !crosses)
        {
            _exchange.PlaceLiquidityCore(Account, s.Symbol.Symbol, side, price, quantity - have);
        }
    }

    /// <summary>A day of trades, one every two minutes, walking ±3 levels on the maker's grid and ending at the reference price.</summary>
    private bool SeedHistory(SymbolState s, MakerBook book, long nowMs)
    {
        var random = new Random(StableSeed(s.Symbol.Symbol));
        const int count = 720;
        const long interval = 120_000;
        int offset = 0;
        for (int i = 0; i < count; i++)
        {
            long time = nowMs - ((count - i) * interval) + random.Next(0, 60_000);
            offset = Math.Clamp(offset + random.Next(-3, 4), -20, 20);
            if (i == count - 1)
            {
                offset = 0;
            }

            decimal price = book.ReferencePrice + (offset * book.Spacing);
            decimal qty = book.Quantity / 10m * random.Next(1, 10);
            _exchange.RecordTradeCore(s, price, qty, time, isBuyerMaker: random.Next(2) == 0);
        }

        s.StopsDirty = false;
        return true;
    }

    /// <summary>FNV-1a: string.GetHashCode is randomised per process, this is not.</summary>
    private static int StableSeed(string text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 16777619;
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}
