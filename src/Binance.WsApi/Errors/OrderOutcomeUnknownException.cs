namespace Binance.WsApi;

/// <summary>
/// A reconciling placement could not learn whether its order was placed: the placement's answer was lost and looking
/// the order up by <see cref="WsApiException.ClientOrderId"/> gave no definite answer before the deadline (the
/// connection stayed down, lookups kept failing, or the order stayed unknown while it could still arrive). Nothing was
/// placed twice; look the order up by its id before placing it again.
/// </summary>
public sealed class OrderOutcomeUnknownException : WsApiException
{
    internal OrderOutcomeUnknownException(string method, string clientOrderId, TimeSpan deadline, WsApiException lostAnswer, Exception? lastLookupFailure)
        : base($"The outcome of {method} (client order id {clientOrderId}) is unknown: its answer was lost ({lostAnswer.Message}) and no lookup settled it within {deadline.TotalSeconds:0.###} s{(lastLookupFailure is null ? "." : $"; last lookup: {lastLookupFailure.Message}")}",
            method, lostAnswer.RequestId, lostAnswer.Endpoint, RequestSendState.Sent, lostAnswer)
    {
        ClientOrderId = clientOrderId;
        LastLookupFailure = lastLookupFailure;
    }

    /// <summary>What the last lookup failed with, if it failed (a connection error, a timeout, or Binance's "does not exist" too early to be final).</summary>
    public Exception? LastLookupFailure { get; }
}
