namespace Binance.WsApi;

/// <summary>
/// Root of every exception this library throws for a request: the server's refusal
/// (<see cref="BinanceApiException"/>), a connection failure (<see cref="WsApiConnectionException"/>) or a missed
/// deadline (<see cref="WsApiTimeoutException"/>). Catch this type to handle all of them in one place.
/// </summary>
public abstract class WsApiException : Exception
{
    private protected WsApiException(string message, string? method, string? requestId, WsApiEndpoint? endpoint,
        RequestSendState sendState, Exception? innerException)
        : base(message, innerException)
    {
        Method = method;
        RequestId = requestId;
        Endpoint = endpoint;
        SendState = sendState;
    }

    /// <summary>The WS API method of the failed request (for example <c>order.place</c>), when known.</summary>
    public string? Method { get; }

    /// <summary>The envelope id of the failed request, when one was assigned.</summary>
    public string? RequestId { get; }

    /// <summary>The endpoint the request was routed to, when known.</summary>
    public WsApiEndpoint? Endpoint { get; }

    /// <summary>Whether the request may have reached the server; see <see cref="RequestSendState"/>.</summary>
    public RequestSendState SendState { get; }

    /// <summary>
    /// The client order id an order placement carried (for order lists, the list's client id), including one the
    /// client generated because the caller gave none. When the outcome is unknown (<see cref="SendState"/> says the
    /// request was sent), look the order up by this id before placing it again.
    /// </summary>
    public string? ClientOrderId { get; internal set; }

    /// <summary>
    /// Records the client order id of a placement on a failure about that very request (a shared failure, such as a
    /// rejected logon, names another method and is left alone). Returns false, so it can serve as an exception filter.
    /// </summary>
    internal bool RememberClientOrderId(string method, string? clientOrderId)
    {
        if (clientOrderId is not null && ClientOrderId is null && string.Equals(Method, method, StringComparison.Ordinal))
        {
            ClientOrderId = clientOrderId;
        }

        return false;
    }
}
