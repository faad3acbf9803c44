namespace Binance.WsApi;

/// <summary>
/// The request failed because the connection could not be used: it could not be opened in time, it dropped while
/// the request was pending, or the client was closed. <see cref="WsApiException.SendState"/> says whether the
/// request may have reached the server.
/// </summary>
public class WsApiConnectionException : WsApiException
{
    internal WsApiConnectionException(string message, RequestSendState sendState, string? method = null,
        string? requestId = null, WsApiEndpoint? endpoint = null, Exception? innerException = null)
        : base(message, method, requestId, endpoint, sendState, innerException)
    {
    }
}
