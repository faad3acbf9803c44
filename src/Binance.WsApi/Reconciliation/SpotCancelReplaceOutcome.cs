namespace Binance.WsApi;

/// <summary>
/// The outcome of a reconciling cancel-replace (<see cref="WebSocketApiClient.CancelReplaceSpotOrderReconciledAsync"/>),
/// step by step: whether the old order was cancelled and whether the new one was placed, each from the answer or, when
/// the answer was lost, from looking both orders up. A step that no lookup settled is <see cref="CancelReplaceStepState.Unknown"/>.
/// </summary>
public sealed record SpotCancelReplaceOutcome
{
    /// <summary>The client order id of the new order (the caller's, or the one the client generated).</summary>
    public required string NewClientOrderId { get; init; }

    /// <summary>The cancel step.</summary>
    public required CancelReplaceStepState Cancel { get; init; }

    /// <summary>The new order step (<see cref="CancelReplaceStepState.Done"/>: placed).</summary>
    public required CancelReplaceStepState NewOrder { get; init; }

    /// <summary>
    /// The order that was to be cancelled, as <c>order.status</c> returned it, when the outcome was reconciled and the
    /// exchange knows it (its <see cref="SpotOrder.Status"/> says what became of it). Null otherwise.
    /// </summary>
    public SpotOrder? CanceledOrder { get; init; }

    /// <summary>
    /// The new order when it was placed: the answer's <c>newOrderResponse</c>, or what <c>order.status</c> returned
    /// for <see cref="NewClientOrderId"/> when the answer was lost. Null when not placed or unknown.
    /// </summary>
    public SpotOrderBase? PlacedOrder { get; init; }

    /// <summary>The answer when one came: the full result on success.</summary>
    public SpotCancelReplaceResult? Result { get; init; }

    /// <summary>The answer when a step failed (400 / -2022 or 409 / -2021), with each step's report or error.</summary>
    public SpotCancelReplaceException? Failure { get; init; }

    /// <summary>True when both steps are settled (neither is <see cref="CancelReplaceStepState.Unknown"/>).</summary>
    public bool IsSettled => Cancel != CancelReplaceStepState.Unknown && NewOrder != CancelReplaceStepState.Unknown;

    /// <summary>True when the answer was lost and the steps come from looking the orders up.</summary>
    public bool WasReconciled { get; init; }

    /// <summary>The failure that made the outcome unknown before it was reconciled (null when answered).</summary>
    public WsApiException? LostAnswer { get; init; }
}
