namespace Binance.WsApi.Models;

/// <summary>One symbol of <c>exchangeInfo</c>: its assets, precisions, allowed order types and filters.</summary>
public sealed record SpotSymbolInfo
{
    /// <summary>The symbol, for example <c>BTCUSDT</c>.</summary>
    public string Symbol { get; init; } = string.Empty;

    /// <summary>Trading status.</summary>
    public SymbolStatus Status { get; init; }

    /// <summary>The asset bought and sold.</summary>
    public string BaseAsset { get; init; } = string.Empty;

    /// <summary>Decimal places of the base asset.</summary>
    public int BaseAssetPrecision { get; init; }

    /// <summary>The asset prices are quoted in.</summary>
    public string QuoteAsset { get; init; } = string.Empty;

    /// <summary>Decimal places of the quote asset (legacy name).</summary>
    public int QuotePrecision { get; init; }

    /// <summary>Decimal places of the quote asset.</summary>
    public int QuoteAssetPrecision { get; init; }

    /// <summary>Decimal places of commissions in the base asset.</summary>
    public int BaseCommissionPrecision { get; init; }

    /// <summary>Decimal places of commissions in the quote asset.</summary>
    public int QuoteCommissionPrecision { get; init; }

    /// <summary>Order types the symbol accepts (for example <c>LIMIT</c>, <c>MARKET</c>).</summary>
    public IReadOnlyList<string> OrderTypes { get; init; } = [];

    /// <summary>Whether iceberg orders are allowed.</summary>
    public bool IcebergAllowed { get; init; }

    /// <summary>Whether OCO order lists are allowed.</summary>
    public bool OcoAllowed { get; init; }

    /// <summary>Whether OTO order lists are allowed.</summary>
    public bool OtoAllowed { get; init; }

    /// <summary>Whether OPO order lists are allowed.</summary>
    public bool OpoAllowed { get; init; }

    /// <summary>Whether market orders by quote quantity are allowed.</summary>
    public bool QuoteOrderQtyMarketAllowed { get; init; }

    /// <summary>Whether trailing stops are allowed.</summary>
    public bool AllowTrailingStop { get; init; }

    /// <summary>Whether <c>order.cancelReplace</c> is allowed.</summary>
    public bool CancelReplaceAllowed { get; init; }

    /// <summary>Whether <c>order.amend.keepPriority</c> is allowed.</summary>
    public bool AmendAllowed { get; init; }

    /// <summary>Whether pegged orders are allowed.</summary>
    public bool PegInstructionsAllowed { get; init; }

    /// <summary>Whether spot trading is allowed.</summary>
    public bool IsSpotTradingAllowed { get; init; }

    /// <summary>Whether margin trading is allowed.</summary>
    public bool IsMarginTradingAllowed { get; init; }

    /// <summary>The symbol's filters.</summary>
    public IReadOnlyList<SpotSymbolFilter> Filters { get; init; } = [];

    /// <summary>Permissions (legacy field, usually empty).</summary>
    public IReadOnlyList<string> Permissions { get; init; } = [];

    /// <summary>Permission sets: an account may trade the symbol if it has every permission of one set.</summary>
    public IReadOnlyList<IReadOnlyList<string>> PermissionSets { get; init; } = [];

    /// <summary>The self-trade prevention mode applied when an order names none.</summary>
    public string? DefaultSelfTradePreventionMode { get; init; }

    /// <summary>The self-trade prevention modes the symbol accepts.</summary>
    public IReadOnlyList<string> AllowedSelfTradePreventionModes { get; init; } = [];

    /// <summary>Finds a filter by type, or null.</summary>
    public SpotSymbolFilter? GetFilter(string filterType)
    {
        foreach (SpotSymbolFilter f in Filters)
        {
            if (string.Equals(f.FilterType, filterType, StringComparison.Ordinal))
            {
                return f;
            }
        }

        return null;
    }
}
