namespace Binance.WsApi.Models;

/// <summary>The report of a cancelled order list (<c>orderList.cancel</c>, or cancelling one of its legs).</summary>
public sealed record SpotCanceledOrderList : SpotOrderListBase
{
    /// <summary>The cancellation report of each leg.</summary>
    public IReadOnlyList<SpotCanceledOrder> OrderReports { get; init; } = [];
}
