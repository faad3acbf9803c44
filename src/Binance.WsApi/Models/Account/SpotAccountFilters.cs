namespace Binance.WsApi.Models;

/// <summary>
/// The result of <c>myFilters</c>: the filters that apply to the account on one symbol — the only place that shows
/// <c>MAX_ASSET</c> asset filters.
/// </summary>
public sealed record SpotAccountFilters
{
    /// <summary>Exchange-wide filters (for example <c>EXCHANGE_MAX_NUM_ORDERS</c>).</summary>
    public IReadOnlyList<SpotSymbolFilter> ExchangeFilters { get; init; } = [];

    /// <summary>The symbol's filters.</summary>
    public IReadOnlyList<SpotSymbolFilter> SymbolFilters { get; init; } = [];

    /// <summary>Per-asset filters (for example <c>MAX_ASSET</c>).</summary>
    public IReadOnlyList<SpotAssetFilter> AssetFilters { get; init; } = [];
}
