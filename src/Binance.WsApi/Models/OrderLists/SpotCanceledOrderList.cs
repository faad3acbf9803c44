namespace Binance.WsApi.Models;

/// <summary>The report of a cancelled order list (<c>orderList.cancel</c>, or cancelling one of its legs).</summary>
public sealed record SpotCanceledOrderList : SpotOrderListBase
{
    /// <summary>The cancellation report of each leg.</summary>
    public IReadOnlyList<SpotCanceledOrder> OrderReports
    {
        // Source-generated deserialization leaves a missing init property at null, not at its initializer.
        get => _orderReports ?? [];
        init => _orderReports = value;
    }

    private readonly IReadOnlyList<SpotCanceledOrder>? _orderReports;
}
