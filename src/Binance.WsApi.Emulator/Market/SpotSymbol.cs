namespace Binance.WsApi.Emulator.Market;

/// <summary>A spot symbol with everything exchangeInfo shows and the matching engine will need.</summary>
internal sealed record SpotSymbol
{
    public required string Symbol { get; init; }

    /// <summary>
    /// The documented symbol statuses (enums.md; CANCEL_ONLY since 2026-07). Every status but TRADING refuses new
    /// orders with -2010 "Market is closed." and lets cancels through: Binance documents CANCEL_ONLY only as an
    /// exchangeInfo value, so the refusal is errors.md's message for a symbol that is not trading.
    /// </summary>
    public static IReadOnlyList<string> KnownStatuses { get; } = ["TRADING", "END_OF_DAY", "HALT", "BREAK", "CANCEL_ONLY"];

    private string _status = "TRADING";

    /// <summary>
    /// One of <see cref="KnownStatuses"/>. Settable while running (<c>POST /admin/symbol-status</c>): each emulator
    /// builds its own catalog, so a change stays within the instance.
    /// </summary>
    public string Status
    {
        get => Volatile.Read(ref _status);
        set => Volatile.Write(ref _status, value);
    }

    public required string BaseAsset { get; init; }

    public int BaseAssetPrecision { get; init; } = 8;

    public required string QuoteAsset { get; init; }

    public int QuotePrecision { get; init; } = 8;

    public int QuoteAssetPrecision { get; init; } = 8;

    public int BaseCommissionPrecision { get; init; } = 8;

    public int QuoteCommissionPrecision { get; init; } = 8;

    public IReadOnlyList<string> OrderTypes { get; init; } =
        ["LIMIT", "LIMIT_MAKER", "MARKET", "STOP_LOSS", "STOP_LOSS_LIMIT", "TAKE_PROFIT", "TAKE_PROFIT_LIMIT"];

    public bool IcebergAllowed { get; init; } = true;

    public bool OcoAllowed { get; init; } = true;

    public bool OtoAllowed { get; init; } = true;

    public bool OpoAllowed { get; init; } = true;

    public bool QuoteOrderQtyMarketAllowed { get; init; } = true;

    public bool AllowTrailingStop { get; init; } = true;

    public bool CancelReplaceAllowed { get; init; } = true;

    public bool AmendAllowed { get; init; } = true;

    // Pegged orders are not emulated; exchangeInfo says so, and orders with peg parameters are rejected.
    public bool PegInstructionsAllowed { get; init; }

    public bool IsSpotTradingAllowed { get; init; } = true;

    public bool IsMarginTradingAllowed { get; init; } = true;

    public required IReadOnlyList<SymbolFilter> Filters { get; init; }

    public IReadOnlyList<IReadOnlyList<string>> PermissionSets { get; init; } = [["SPOT", "MARGIN"]];

    public string DefaultSelfTradePreventionMode { get; init; } = "EXPIRE_MAKER";

    public IReadOnlyList<string> AllowedSelfTradePreventionModes { get; init; } =
        ["NONE", "EXPIRE_TAKER", "EXPIRE_MAKER", "EXPIRE_BOTH", "DECREMENT", "TRANSFER"];

    /// <summary>The first filter of type <typeparamref name="T"/>, or null.</summary>
    public T? Filter<T>() where T : SymbolFilter
    {
        foreach (SymbolFilter filter in Filters)
        {
            if (filter is T typed)
            {
                return typed;
            }
        }

        return null;
    }

    public bool HasAnyPermission(IReadOnlyCollection<string> permissions)
    {
        foreach (IReadOnlyList<string> set in PermissionSets)
        {
            foreach (string permission in set)
            {
                if (permissions.Contains(permission))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
