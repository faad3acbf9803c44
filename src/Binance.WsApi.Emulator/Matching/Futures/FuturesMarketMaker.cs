using Binance.WsApi.Emulator.Accounts;

namespace Binance.WsApi.Emulator.Matching.Futures;

/// <summary>
/// The futures market maker: its own account (no API key, no margin checks, no commission) quoting a fixed
/// ladder around a reference price per contract and topping levels back up after every operation, as the spot
/// maker does. The reference price also seeds the last and the mark price.
/// </summary>
internal sealed class FuturesMarketMaker(FuturesExchange exchange)
{
    /// <summary>Ladders: USD-M quantities in base units, COIN-M in contracts.</summary>
    public static readonly IReadOnlyDictionary<string, MakerBook> Defaults = new Dictionary<string, MakerBook>(StringComparer.Ordinal)
    {
        ["BTCUSDT"] = new(60000m, 5, 5m, 0.5m),
        ["ETHUSDT"] = new(3000m, 5, 0.5m, 5m),
        ["BTCUSD_PERP"] = new(60000m, 5, 5m, 100m),
        ["ETHUSD_PERP"] = new(3000m, 5, 0.5m, 100m),
    };

    private readonly HashSet<string> _enabled = new(StringComparer.Ordinal);

    public Account Account { get; } = new("futures-market-maker", uid: 1, makerCommission: 0m, takerCommission: 0m, updateTime: 0);

    /// <summary>Deep enough never to run dry in a test or demo.</summary>
    public IReadOnlyDictionary<string, decimal> Wallets { get; } = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        ["USDT"] = 1_000_000_000_000m,
        ["BTC"] = 1_000_000_000m,
        ["ETH"] = 1_000_000_000m,
    };

    /// <summary>Sets last and mark prices to the reference and (optionally) starts quoting; call once at start.</summary>
    public void Initialize(bool quote) => exchange.Run(() =>
    {
        foreach (FuturesSymbolState s in exchange.Symbols)
        {
            if (Defaults.TryGetValue(s.Symbol.Symbol, out MakerBook? book))
            {
                s.LastPrice = book.ReferencePrice;
                s.MarkPrice = book.ReferencePrice;
                if (quote)
                {
                    _enabled.Add(s.Symbol.Symbol);
                }
            }
        }

        return true;
    });

    public bool IsEnabled(string symbol) => _enabled.Contains(symbol);

    public void SetEnabled(string symbol, bool enabled)
    {
        if (enabled && Defaults.ContainsKey(symbol))
        {
            _enabled.Add(symbol);
        }
        else
        {
            _enabled.Remove(symbol);
        }
    }

    /// <summary>Tops every level up; skips a level that would cross a resting order (the maker never takes).</summary>
    internal void RefillAll()
    {
        foreach (string symbol in _enabled)
        {
            if (exchange.Find(symbol) is not { } s)
            {
                continue;
            }

            MakerBook book = Defaults[symbol];
            for (int k = 1; k <= book.Levels; k++)
            {
                Ensure(s, Side.Buy, book.ReferencePrice - (k * book.Spacing), book.Quantity);
                Ensure(s, Side.Sell, book.ReferencePrice + (k * book.Spacing), book.Quantity);
            }
        }
    }

    private void Ensure(FuturesSymbolState s, Side side, decimal price, decimal quantity)
    {
        decimal have = s.Side(side).Where(o => o.Account == Account && o.Price == price).Sum(o => o.Remaining);
        decimal? bestOpposite = s.BestPrice(side == Side.Buy ? Side.Sell : Side.Buy);
        bool crosses = bestOpposite is { } b && (side == Side.Buy ? b <= price : b >= price);
        if (have < quantity && !crosses)
        {
            exchange.PlaceLiquidityCore(s.Symbol.Symbol, side, price, quantity - have);
        }
    }
}
