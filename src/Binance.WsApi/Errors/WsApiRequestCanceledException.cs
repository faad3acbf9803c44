namespace Binance.WsApi;

/// <summary>
/// The caller's <see cref="CancellationToken"/> stopped the wait for a request. It is an
/// <see cref="OperationCanceledException"/>, so ordinary cancellation handling works, and it also says whether the
/// request had already been sent (then it may still execute: reconcile before repeating it).
/// </summary>
public sealed class WsApiRequestCanceledException : OperationCanceledException
{
    internal WsApiRequestCanceledException(RequestSendState sendState, string method, string requestId, CancellationToken token)
        : base(sendState == RequestSendState.Sent
            ? $"The wait for {method} (id {requestId}) was cancelled after it was sent; it may still execute."
            : $"{method} (id {requestId}) was cancelled before it was sent.", token)
    {
        SendState = sendState;
        Method = method;
        RequestId = requestId;
    }

    /// <summary>Whether the request may have reached the server.</summary>
    public RequestSendState SendState { get; }

    /// <summary>The WS API method of the cancelled request.</summary>
    public string Method { get; }

    /// <summary>The envelope id of the cancelled request.</summary>
    public string RequestId { get; }
}
