namespace Binance.WsApi.Emulator.Matching.Futures;

/// <summary>One account's futures state on one market: wallet per margin asset, positions and leverage per symbol.</summary>
internal sealed class FuturesAccountState
{
    public const int DefaultLeverage = 20;

    public SortedDictionary<string, decimal> Wallets { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, FuturesPosition> Positions { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Leverage { get; } = new(StringComparer.Ordinal);

    /// <summary>Exempt from margin checks and commission (the market maker).</summary>
    public bool Unlimited { get; init; }

    public long UpdateTime { get; set; }

    public FuturesPosition Position(string symbol)
    {
        if (!Positions.TryGetValue(symbol, out FuturesPosition? position))
        {
            position = new FuturesPosition();
            Positions[symbol] = position;
        }

        return position;
    }

    public int LeverageOf(string symbol) => Leverage.GetValueOrDefault(symbol, DefaultLeverage);
}
