namespace Binance.WsApi.Emulator.MarketData;

/// <summary>
/// Trade statistics of one window (tickers). <see cref="Count"/> 0 = no trade in the window: prices are then the
/// last price before it, ids −1.
/// </summary>
internal sealed record WindowStats(
    long OpenTime, long CloseTime, decimal Open, decimal High, decimal Low, decimal Last, decimal LastQty, decimal PrevClose,
    decimal Volume, decimal QuoteVolume, long FirstId, long LastId, int Count)
{
    public decimal PriceChange => Last - Open;

    /// <summary>Percent change; 0 when there is no open price.</summary>
    public decimal PriceChangePercent => Open == 0m ? 0m : Math.Round(PriceChange / Open * 100m, 3, MidpointRounding.AwayFromZero);

    /// <summary>Volume-weighted average price; 0 without volume.</summary>
    public decimal WeightedAvgPrice => Volume == 0m ? 0m : Math.Round(QuoteVolume / Volume, 8, MidpointRounding.AwayFromZero);
}
