namespace Binance.WsApi.Models;

/// <summary>
/// The result of a fully successful <c>order.cancelReplace</c> (both steps SUCCESS). When either step fails the call
/// throws <see cref="SpotCancelReplaceException"/> instead, with the outcome of each step.
/// </summary>
public sealed record SpotCancelReplaceResult
{
    /// <summary>The cancel step's outcome (SUCCESS).</summary>
    public CancelReplaceStepResult CancelResult { get; init; }

    /// <summary>The new order step's outcome (SUCCESS).</summary>
    public CancelReplaceStepResult NewOrderResult { get; init; }

    /// <summary>The cancellation report (a list's report when the cancelled order was a list leg).</summary>
    public SpotCancelResult? CancelResponse { get; init; }

    /// <summary>The new order's placement result.</summary>
    public SpotOrderResult? NewOrderResponse { get; init; }
}
