namespace Binance.WsApi.Models;

/// <summary>Maker and taker commission rates for a tested order.</summary>
public sealed record SpotOrderTestCommission
{
    /// <summary>The rate if the order rests and is hit.</summary>
    public decimal Maker { get; init; }

    /// <summary>The rate if the order takes liquidity.</summary>
    public decimal Taker { get; init; }
}
