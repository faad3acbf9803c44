namespace Binance.WsApi.Models;

/// <summary>Parameters of futures <c>order.cancel</c>: one order by <see cref="OrderId"/> or <see cref="OrigClientOrderId"/>.</summary>
/// <param name="Symbol">The symbol.</param>
public sealed record FuturesCancelOrderRequest(string Symbol)
{
    /// <summary>The exchange's order id (wins when both ids are set).</summary>
    public long? OrderId { get; init; }

    /// <summary>The order's client id.</summary>
    public string? OrigClientOrderId { get; init; }

    /// <summary>A receive window for this request instead of the client's, in whole milliseconds.</summary>
    public TimeSpan? RecvWindow { get; init; }

    internal WsApiParameters ToParameters()
    {
        Validate.Symbol(Symbol, nameof(Symbol));
        OrderChecks.OneOf(OrderId, OrigClientOrderId, nameof(OrderId), nameof(OrigClientOrderId));
        return new WsApiParameters(4)
            .Add("symbol", Symbol)
            .Add("orderId", OrderId)
            .Add("origClientOrderId", OrigClientOrderId)
            .Add("recvWindow", FuturesChecks.RecvWindowMs(RecvWindow));
    }
}
