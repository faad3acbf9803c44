namespace Binance.WsApi;

/// <summary>
/// No response arrived before the request's deadline. The request was sent, so its outcome is unknown: reconcile
/// (for an order, query it by its client order id) before repeating it.
/// </summary>
public sealed class WsApiTimeoutException : WsApiException
{
    internal WsApiTimeoutException(TimeSpan timeout, string? method, string? requestId, WsApiEndpoint? endpoint)
        : base($"No response to {method ?? "request"} (id {requestId}) within {timeout.TotalMilliseconds:0} ms; the outcome is unknown.",
            method, requestId, endpoint, RequestSendState.Sent, null)
    {
        Timeout = timeout;
    }

    /// <summary>The deadline that passed.</summary>
    public TimeSpan Timeout { get; }
}
