namespace Binance.WsApi.Models;

/// <summary>
/// Parameters of <c>order.cancel</c>: one order by <see cref="OrderId"/> or <see cref="OrigClientOrderId"/>.
/// Cancelling a leg of an order list cancels the whole list (the result is then the list's report).
/// </summary>
/// <param name="Symbol">The symbol.</param>
public sealed record SpotCancelOrderRequest(string Symbol)
{
    /// <summary>The exchange's order id.</summary>
    public long? OrderId { get; init; }

    /// <summary>The order's client id.</summary>
    public string? OrigClientOrderId { get; init; }

    /// <summary>A client id for the cancellation itself (the server generates one when null).</summary>
    public string? NewClientOrderId { get; init; }

    /// <summary>Cancel only when the order is NEW, or only when it is PARTIALLY_FILLED.</summary>
    public CancelRestrictions? CancelRestrictions { get; init; }

    /// <summary>A receive window for this request instead of the client's.</summary>
    public TimeSpan? RecvWindow { get; init; }

    internal WsApiParameters ToParameters()
    {
        Validate.Symbol(Symbol, nameof(Symbol));
        OrderChecks.OneOf(OrderId, OrigClientOrderId, nameof(OrderId), nameof(OrigClientOrderId));
        OrderChecks.ClientId(NewClientOrderId, nameof(NewClientOrderId));
        return new WsApiParameters(6)
            .Add("symbol", Symbol)
            .Add("orderId", OrderId)
            .Add("origClientOrderId", OrigClientOrderId)
            .Add("newClientOrderId", NewClientOrderId)
            .Add("cancelRestrictions", CancelRestrictions)
            .AddRecvWindow(RecvWindow);
    }
}
