namespace Binance.WsApi.Emulator.Matching;

/// <summary>An SOR allocation (myAllocations): the fill of an SOR order as allocated to the account.</summary>
internal sealed record Allocation(
    string Symbol, long AllocationId, long OrderId, long OrderListId, decimal Price, decimal Qty, decimal QuoteQty,
    decimal Commission, string CommissionAsset, long Time, bool IsBuyer);
