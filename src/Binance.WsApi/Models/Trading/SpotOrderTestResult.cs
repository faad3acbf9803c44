namespace Binance.WsApi.Models;

/// <summary>
/// The result of <c>order.test</c> / <c>sor.order.test</c>: empty (<c>{}</c>, every property null) unless
/// <c>ComputeCommissionRates</c> was asked for, in which case the rates the order would pay.
/// </summary>
public sealed record SpotOrderTestResult
{
    /// <summary>The standard commission rates for this order.</summary>
    public SpotOrderTestCommission? StandardCommissionForOrder { get; init; }

    /// <summary>Special commission rates for this order (not reported for SOR).</summary>
    public SpotOrderTestCommission? SpecialCommissionForOrder { get; init; }

    /// <summary>The tax commission rates for this order.</summary>
    public SpotOrderTestCommission? TaxCommissionForOrder { get; init; }

    /// <summary>The commission discount (paying in BNB, for example), shaped as in <c>account.commission</c>.</summary>
    public SpotAccountCommissionDiscount? Discount { get; init; }

    /// <summary>True when commission rates were returned.</summary>
    public bool HasCommissionRates => StandardCommissionForOrder is not null;
}
