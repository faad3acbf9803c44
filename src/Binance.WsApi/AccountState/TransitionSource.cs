namespace Binance.WsApi;

/// <summary>Where an <see cref="OrderTransition"/> of an <see cref="AccountStateTracker"/> came from.</summary>
public enum TransitionSource
{
    /// <summary>An <c>executionReport</c> the user data stream delivered.</summary>
    Stream,

    /// <summary>
    /// Synthesized after a gap in the stream (a drop, a termination) from what the exchange reports: the order
    /// (<c>allOrders</c>) and its trades (<c>myTrades</c>) on spot; the order's state (<c>order.status</c>) on futures,
    /// where fills missed together come as one transition. The stream never delivered it.
    /// </summary>
    Reconciled,
}
