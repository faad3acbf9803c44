namespace Binance.WsApi.Models;

/// <summary>The commission discount that would apply to a tested order.</summary>
public sealed record SpotOrderTestDiscount
{
    /// <summary>Whether the account pays commissions in the discount asset.</summary>
    public bool EnabledForAccount { get; init; }

    /// <summary>Whether the symbol allows the discount.</summary>
    public bool EnabledForSymbol { get; init; }

    /// <summary>The discount asset (BNB).</summary>
    public string DiscountAsset { get; init; } = string.Empty;

    /// <summary>The discount rate, for example 0.25.</summary>
    public decimal Discount { get; init; }
}
