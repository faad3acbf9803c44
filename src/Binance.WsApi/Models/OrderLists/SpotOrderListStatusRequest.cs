namespace Binance.WsApi.Models;

/// <summary>Parameters of <c>orderList.status</c>: one list by <see cref="OrderListId"/> or <see cref="OrigClientOrderId"/>.</summary>
public sealed record SpotOrderListStatusRequest
{
    /// <summary>The exchange's order-list id.</summary>
    public long? OrderListId { get; init; }

    /// <summary>The list's client id (<c>listClientOrderId</c>); wins when both are given.</summary>
    public string? OrigClientOrderId { get; init; }

    /// <summary>A receive window for this request instead of the client's.</summary>
    public TimeSpan? RecvWindow { get; init; }

    internal WsApiParameters ToParameters()
    {
        OrderChecks.OneOf(OrderListId, OrigClientOrderId, nameof(OrderListId), nameof(OrigClientOrderId));
        return new WsApiParameters(3)
            .Add("orderListId", OrderListId)
            .Add("origClientOrderId", OrigClientOrderId)
            .AddRecvWindow(RecvWindow);
    }
}
