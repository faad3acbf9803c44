namespace Binance.WsApi.Models;

/// <summary>Parameters of <c>orderList.cancel</c>: one list by <see cref="OrderListId"/> or <see cref="ListClientOrderId"/>.</summary>
/// <param name="Symbol">The symbol.</param>
public sealed record SpotCancelOrderListRequest(string Symbol)
{
    /// <summary>The exchange's order-list id.</summary>
    public long? OrderListId { get; init; }

    /// <summary>The list's client id.</summary>
    public string? ListClientOrderId { get; init; }

    /// <summary>A new client id for the cancelled list (the server generates one when null).</summary>
    public string? NewClientOrderId { get; init; }

    /// <summary>A receive window for this request instead of the client's.</summary>
    public TimeSpan? RecvWindow { get; init; }

    internal WsApiParameters ToParameters()
    {
        Validate.Symbol(Symbol, nameof(Symbol));
        OrderChecks.OneOf(OrderListId, ListClientOrderId, nameof(OrderListId), nameof(ListClientOrderId));
        OrderChecks.ClientId(NewClientOrderId, nameof(NewClientOrderId));
        return new WsApiParameters(5)
            .Add("symbol", Symbol)
            .Add("orderListId", OrderListId)
            .Add("listClientOrderId", ListClientOrderId)
            .Add("newClientOrderId", NewClientOrderId)
            .AddRecvWindow(RecvWindow);
    }
}
