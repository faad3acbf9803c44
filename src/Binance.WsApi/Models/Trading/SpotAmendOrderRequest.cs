namespace Binance.WsApi.Models;

/// <summary>
/// Parameters of <c>order.amend.keepPriority</c>: reduce an open order's quantity without losing its place in the
/// queue. The order is named by <see cref="OrderId"/> or <see cref="OrigClientOrderId"/>.
/// </summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="NewQty">The new quantity: greater than zero and less than the current quantity.</param>
public sealed record SpotAmendOrderRequest(string Symbol, decimal NewQty)
{
    /// <summary>The exchange's order id.</summary>
    public long? OrderId { get; init; }

    /// <summary>The order's client id.</summary>
    public string? OrigClientOrderId { get; init; }

    /// <summary>The order's client id after the amendment (the server assigns a new random one when null; may repeat the current one).</summary>
    public string? NewClientOrderId { get; init; }

    /// <summary>A receive window for this request instead of the client's.</summary>
    public TimeSpan? RecvWindow { get; init; }

    internal WsApiParameters ToParameters()
    {
        Validate.Symbol(Symbol, nameof(Symbol));
        Validate.Positive(NewQty, nameof(NewQty));
        OrderChecks.OneOf(OrderId, OrigClientOrderId, nameof(OrderId), nameof(OrigClientOrderId));
        OrderChecks.ClientId(NewClientOrderId, nameof(NewClientOrderId));
        return new WsApiParameters(6)
            .Add("symbol", Symbol)
            .Add("orderId", OrderId)
            .Add("origClientOrderId", OrigClientOrderId)
            .Add("newClientOrderId", NewClientOrderId)
            .Add("newQty", NewQty)
            .AddRecvWindow(RecvWindow);
    }
}
