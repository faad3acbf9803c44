namespace Binance.WsApi.Models;

/// <summary>Parameters of <c>order.status</c>: one order by <see cref="OrderId"/> or <see cref="OrigClientOrderId"/>.</summary>
/// <param name="Symbol">The symbol.</param>
public sealed record SpotOrderStatusRequest(string Symbol)
{
    /// <summary>The exchange's order id (wins when both ids are given; the client id must then match, else -2039).</summary>
    public long? OrderId { get; init; }

    /// <summary>The order's client id.</summary>
    public string? OrigClientOrderId { get; init; }

    /// <summary>A receive window for this request instead of the client's.</summary>
    public TimeSpan? RecvWindow { get; init; }

    internal WsApiParameters ToParameters()
    {
        Validate.Symbol(Symbol, nameof(Symbol));
        OrderChecks.OneOf(OrderId, OrigClientOrderId, nameof(OrderId), nameof(OrigClientOrderId));
        return new WsApiParameters(4)
            .Add("symbol", Symbol)
            .Add("orderId", OrderId)
            .Add("origClientOrderId", OrigClientOrderId)
            .AddRecvWindow(RecvWindow);
    }
}
