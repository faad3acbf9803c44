namespace Binance.WsApi;

/// <summary>
/// No response arrived before the request's deadline. When <see cref="WsApiException.SendState"/> is Sent the outcome
/// is unknown: reconcile (for an order, query it by its client order id) before repeating it. NotSent means the frame
/// never left (the socket was stuck), so it is safe to retry.
/// </summary>
public sealed class WsApiTimeoutException : WsApiException
{
    internal WsApiTimeoutException(TimeSpan timeout, string? method, string? requestId, WsApiEndpoint? endpoint, RequestSendState sendState = RequestSendState.Sent)
        : base(sendState == RequestSendState.Sent
                ? $"No response to {method ?? "request"} (id {requestId}) within {timeout.TotalMilliseconds:0} ms; the outcome is unknown."
                : $"{method ?? "The request"} (id {requestId}) could not be sent within {timeout.TotalMilliseconds:0} ms; it was not sent.",
            method, requestId, endpoint, sendState, null)
    {
        Timeout = timeout;
    }

    /// <summary>The deadline that passed.</summary>
    public TimeSpan Timeout { get; }
}
