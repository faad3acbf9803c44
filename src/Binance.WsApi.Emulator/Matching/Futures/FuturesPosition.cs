namespace Binance.WsApi.Emulator.Matching.Futures;

/// <summary>
/// A one-way (BOTH) position. <see cref="Cost"/> is the signed contract value at entry (USD-M: Σ qty × price;
/// COIN-M: Σ contracts × contractSize / price); keeping the value instead of an averaged entry price is what
/// makes realized + unrealized PnL add up exactly (the conservation check relies on it).
/// </summary>
internal sealed class FuturesPosition
{
    /// <summary>Signed size: &gt; 0 long, &lt; 0 short.</summary>
    public decimal Amount { get; set; }

    /// <summary>Signed entry value, same sign as <see cref="Amount"/>.</summary>
    public decimal Cost { get; set; }

    public long UpdateTime { get; set; }

    public FuturesPosition Clone() => (FuturesPosition)MemberwiseClone();
}
