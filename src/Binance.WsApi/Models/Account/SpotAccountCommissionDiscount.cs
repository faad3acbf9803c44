namespace Binance.WsApi.Models;

/// <summary>The commission discount of <c>account.commission</c>.</summary>
public sealed record SpotAccountCommissionDiscount
{
    /// <summary>Whether the account pays commissions in the discount asset.</summary>
    public bool EnabledForAccount { get; init; }

    /// <summary>Whether the symbol allows the discount.</summary>
    public bool EnabledForSymbol { get; init; }

    /// <summary>The asset commissions are paid in to get the discount.</summary>
    public string DiscountAsset { get; init; } = string.Empty;

    /// <summary>The rate by which the standard commission is reduced when paying in <see cref="DiscountAsset"/>.</summary>
    public decimal Discount { get; init; }
}
