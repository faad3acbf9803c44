namespace Binance.WsApi;

/// <summary>
/// The definite outcome of a reconciling placement: the order (or order list) as the exchange has it, or the certainty
/// that it was never placed. An outcome that could not be settled is an <see cref="OrderOutcomeUnknownException"/>
/// instead, and a refusal by Binance (a 4xx answer) is the usual <see cref="BinanceApiException"/>.
/// </summary>
/// <typeparam name="TOrder">The order type: <see cref="SpotOrderBase"/>, <see cref="FuturesOrder"/> or <see cref="SpotOrderListBase"/>.</typeparam>
public sealed record OrderOutcome<TOrder>
    where TOrder : class
{
    /// <summary>The client order id (for a list, the list client order id) the placement carried.</summary>
    public required string ClientOrderId { get; init; }

    /// <summary>
    /// The order when it was placed: the placement's own answer, or, when that was lost, what <c>order.status</c>
    /// (<c>orderList.status</c>) returned for the client order id. Null when it was never placed.
    /// </summary>
    public TOrder? Order { get; init; }

    /// <summary>True when the exchange has the order.</summary>
    public bool WasPlaced => Order is not null;

    /// <summary>True when the placement's answer was lost and the outcome comes from looking the order up.</summary>
    public bool WasReconciled { get; init; }

    /// <summary>The failure that made the outcome unknown before it was reconciled (null when answered directly).</summary>
    public WsApiException? LostAnswer { get; init; }
}
