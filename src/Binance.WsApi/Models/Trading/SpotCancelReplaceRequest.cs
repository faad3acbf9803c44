namespace Binance.WsApi.Models;

/// <summary>
/// Parameters of <c>order.cancelReplace</c>: cancel one order (by <see cref="CancelOrderId"/> or
/// <see cref="CancelOrigClientOrderId"/>) and place <see cref="NewOrder"/> on the same symbol. The two steps are not
/// transactional; a failed step surfaces as <see cref="SpotCancelReplaceException"/> with both outcomes.
/// </summary>
/// <param name="CancelReplaceMode">Whether the new order is still placed when the cancel fails.</param>
/// <param name="NewOrder">The replacement order; its symbol is the symbol of the order cancelled. Its client id is generated when null.</param>
public sealed record SpotCancelReplaceRequest(CancelReplaceMode CancelReplaceMode, SpotOrderRequest NewOrder)
{
    /// <summary>The exchange id of the order to cancel.</summary>
    public long? CancelOrderId { get; init; }

    /// <summary>The client id of the order to cancel.</summary>
    public string? CancelOrigClientOrderId { get; init; }

    /// <summary>A client id for the cancellation itself.</summary>
    public string? CancelNewClientOrderId { get; init; }

    /// <summary>Cancel only when the order is NEW, or only when it is PARTIALLY_FILLED.</summary>
    public CancelRestrictions? CancelRestrictions { get; init; }

    /// <summary>Over the unfilled-order limit: do nothing (default) or still cancel.</summary>
    public OrderRateLimitExceededMode? OrderRateLimitExceededMode { get; init; }

    /// <summary>A receive window for this request instead of the client's.</summary>
    public TimeSpan? RecvWindow { get; init; }

    internal WsApiParameters ToParameters(string? clientOrderId)
    {
        ArgumentNullException.ThrowIfNull(NewOrder);
        OrderChecks.Enum(CancelReplaceMode.Value, nameof(CancelReplaceMode));
        OrderChecks.OneOf(CancelOrderId, CancelOrigClientOrderId, nameof(CancelOrderId), nameof(CancelOrigClientOrderId));
        OrderChecks.ClientId(CancelNewClientOrderId, nameof(CancelNewClientOrderId));
        var parameters = new WsApiParameters(20);
        NewOrder.WriteTo(parameters, clientOrderId);
        return parameters
            .Add("cancelReplaceMode", CancelReplaceMode.Value)
            .Add("cancelOrderId", CancelOrderId)
            .Add("cancelOrigClientOrderId", CancelOrigClientOrderId)
            .Add("cancelNewClientOrderId", CancelNewClientOrderId)
            .Add("cancelRestrictions", CancelRestrictions)
            .Add("orderRateLimitExceededMode", OrderRateLimitExceededMode)
            .AddRecvWindow(RecvWindow ?? NewOrder.RecvWindow);
    }
}
