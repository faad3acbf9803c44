namespace Binance.WsApi;

/// <summary>The state of one step of a cancel-replace (<c>order.cancelReplace</c>), as answered or as reconciled.</summary>
public enum CancelReplaceStepState
{
    /// <summary>
    /// The step is not settled: its answer was lost and no lookup settled it before <see cref="ReconcilePolicy.Deadline"/>.
    /// Look the order up again before acting on it.
    /// </summary>
    Unknown,

    /// <summary>The cancel happened (the order is cancelled), or the new order was placed.</summary>
    Done,

    /// <summary>
    /// The cancel did not happen (the order is still open, or ended some other way), or the new order was never placed
    /// (refused, not attempted, or unknown to the exchange once it could no longer arrive).
    /// </summary>
    NotDone,
}
