namespace Binance.WsApi.Models;

/// <summary>
/// The result of <c>account.commission</c>: the account's commission rates on one symbol. Standard, special and tax
/// rates apply to trades; the standard part is reduced by <see cref="SpotAccountCommissionDiscount.Discount"/> when paying in
/// <see cref="SpotAccountCommissionDiscount.DiscountAsset"/>.
/// </summary>
public sealed record SpotAccountCommission
{
    /// <summary>The symbol.</summary>
    public string Symbol { get; init; } = string.Empty;

    /// <summary>The standard rates.</summary>
    public SpotAccountCommissionRates StandardCommission { get; init; } = new();

    /// <summary>Special rates added on top of the standard ones.</summary>
    public SpotAccountCommissionRates SpecialCommission { get; init; } = new();

    /// <summary>Tax rates added on top.</summary>
    public SpotAccountCommissionRates TaxCommission { get; init; } = new();

    /// <summary>The discount for paying commissions in a given asset (BNB).</summary>
    public SpotAccountCommissionDiscount Discount { get; init; } = new();
}
