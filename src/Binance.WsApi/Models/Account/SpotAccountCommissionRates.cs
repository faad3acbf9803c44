namespace Binance.WsApi.Models;

/// <summary>Commission rates as fractions (0.001 = 0.1 %), in <c>account.status</c> and <c>account.commission</c>.</summary>
public sealed record SpotAccountCommissionRates
{
    /// <summary>The rate when the order adds liquidity.</summary>
    public decimal Maker { get; init; }

    /// <summary>The rate when the order takes liquidity.</summary>
    public decimal Taker { get; init; }

    /// <summary>The rate on the buy side.</summary>
    public decimal Buyer { get; init; }

    /// <summary>The rate on the sell side.</summary>
    public decimal Seller { get; init; }
}
