namespace Binance.WsApi.Models;

/// <summary>The result of <c>order.amend.keepPriority</c>.</summary>
public sealed record SpotAmendOrderResult
{
    /// <summary>When the amendment happened, in milliseconds.</summary>
    public long TransactTime { get; init; }

    /// <summary>The amendment's execution id (see <c>order.amendments</c>).</summary>
    public long ExecutionId { get; init; }

    /// <summary>The order after the amendment.</summary>
    public SpotAmendedOrder AmendedOrder { get; init; } = new();

    /// <summary>The status of the order's list, when the order is a list leg (its <c>ListStatusType</c> and <c>TransactionTime</c> are not reported).</summary>
    public SpotOrderList? ListStatus { get; init; }
}
