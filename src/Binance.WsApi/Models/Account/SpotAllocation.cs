namespace Binance.WsApi.Models;

/// <summary>One allocation from a SOR order (<c>myAllocations</c>).</summary>
public sealed record SpotAllocation
{
    /// <summary>The symbol.</summary>
    public string Symbol { get; init; } = string.Empty;

    /// <summary>The allocation id.</summary>
    public long AllocationId { get; init; }

    /// <summary>The allocation type, for example <c>SOR</c>.</summary>
    public string AllocationType { get; init; } = string.Empty;

    /// <summary>The order allocated to.</summary>
    public long OrderId { get; init; }

    /// <summary>The order list of that order, or -1.</summary>
    public long OrderListId { get; init; }

    /// <summary>The price.</summary>
    public decimal Price { get; init; }

    /// <summary>The quantity in the base asset.</summary>
    public decimal Qty { get; init; }

    /// <summary>The quantity in the quote asset.</summary>
    public decimal QuoteQty { get; init; }

    /// <summary>The commission paid.</summary>
    public decimal Commission { get; init; }

    /// <summary>The asset the commission was paid in.</summary>
    public string CommissionAsset { get; init; } = string.Empty;

    /// <summary>When it happened (ms since the epoch).</summary>
    public long Time { get; init; }

    /// <summary>True when the account bought.</summary>
    public bool IsBuyer { get; init; }

    /// <summary>True when the account's order was the maker.</summary>
    public bool IsMaker { get; init; }

    /// <summary>True when the account was the allocator.</summary>
    public bool IsAllocator { get; init; }
}
