using System.Text.Json;

namespace Binance.WsApi;

/// <summary>
/// Builds the library's results, exceptions and event arguments for tests of code that uses the client: their
/// constructors are internal (only the client makes them on the wire), so a test double of
/// <see cref="WebSocketApiClient"/> returns what these methods make. Models whose properties are public
/// <c>init</c> (orders, tickers, accounts, …) need no factory: create them with an object initializer.
/// </summary>
public static class BinanceWsApiModelFactory
{
    /// <summary>A successful response around <paramref name="result"/>.</summary>
    /// <typeparam name="T">The result model.</typeparam>
    /// <param name="result">The typed result.</param>
    /// <param name="endpoint">The endpoint that answered.</param>
    /// <param name="id">The envelope id.</param>
    /// <param name="status">The HTTP-like status (200 unless a test needs another success code).</param>
    /// <param name="rateLimits">The rate-limit counters; none when null.</param>
    public static WsApiResponse<T> Response<T>(T result, WsApiEndpoint endpoint = WsApiEndpoint.Spot, long id = 1, int status = 200,
        IReadOnlyList<RateLimit>? rateLimits = null) =>
        new(result, id, status, rateLimits ?? [], endpoint);

    /// <summary>A refusal by Binance: its status, code and message, verbatim.</summary>
    /// <param name="status">The status (400, 401, 403, …).</param>
    /// <param name="code">Binance's error code, for example -2010.</param>
    /// <param name="message">Binance's message.</param>
    /// <param name="method">The WS API method that was refused.</param>
    /// <param name="endpoint">The endpoint.</param>
    /// <param name="clientOrderId">The client order id of a refused placement.</param>
    /// <param name="data">The error's <c>data</c> object, if any.</param>
    public static BinanceApiException ApiException(int status, int code, string message, string? method = null,
        WsApiEndpoint? endpoint = WsApiEndpoint.Spot, string? clientOrderId = null, JsonElement? data = null) =>
        new(status, code, message, data, [], method, "1", endpoint) { ClientOrderId = clientOrderId };

    /// <summary>A rate-limit refusal (429, or 418 for an IP ban) with the time after which to retry.</summary>
    /// <param name="status">429 or 418.</param>
    /// <param name="code">Binance's code, for example -1003.</param>
    /// <param name="message">Binance's message.</param>
    /// <param name="retryAfter">When to retry, if Binance said.</param>
    /// <param name="method">The method that was refused.</param>
    /// <param name="endpoint">The endpoint.</param>
    public static BinanceRateLimitException RateLimitException(int status, int code, string message, DateTimeOffset? retryAfter = null,
        string? method = null, WsApiEndpoint? endpoint = WsApiEndpoint.Spot) =>
        new(status, code, message, null, [], method, "1", endpoint, retryAfter);

    /// <summary>A connection failure with its send state (NotSent: safe to retry; Sent: the outcome is unknown).</summary>
    /// <param name="message">The message.</param>
    /// <param name="sendState">Whether the request reached the socket.</param>
    /// <param name="method">The method that failed.</param>
    /// <param name="endpoint">The endpoint.</param>
    /// <param name="clientOrderId">The client order id of a placement.</param>
    public static WsApiConnectionException ConnectionException(string message, RequestSendState sendState, string? method = null,
        WsApiEndpoint? endpoint = WsApiEndpoint.Spot, string? clientOrderId = null) =>
        new(message, sendState, method, null, endpoint) { ClientOrderId = clientOrderId };

    /// <summary>A request that got no answer within its deadline.</summary>
    /// <param name="timeout">The deadline.</param>
    /// <param name="method">The method.</param>
    /// <param name="sendState">Sent (outcome unknown) or NotSent.</param>
    /// <param name="endpoint">The endpoint.</param>
    /// <param name="clientOrderId">The client order id of a placement.</param>
    public static WsApiTimeoutException TimeoutException(TimeSpan timeout, string method, RequestSendState sendState = RequestSendState.Sent,
        WsApiEndpoint? endpoint = WsApiEndpoint.Spot, string? clientOrderId = null) =>
        new(timeout, method, "1", endpoint, sendState) { ClientOrderId = clientOrderId };

    /// <summary>Arguments of a connection lifecycle event (opened, reconnecting, reconnected, closed, authenticated).</summary>
    /// <param name="endpoint">The endpoint.</param>
    /// <param name="uri">Its URL.</param>
    /// <param name="reason">What happened.</param>
    /// <param name="exception">The failure behind it, if any.</param>
    public static ConnectionEventArgs ConnectionEvent(WsApiEndpoint endpoint, Uri uri, string reason, Exception? exception = null) =>
        new(endpoint, uri, reason, exception);

    /// <summary>Arguments of a state change.</summary>
    /// <param name="endpoint">The endpoint.</param>
    /// <param name="previous">The state before.</param>
    /// <param name="state">The state after.</param>
    /// <param name="reason">Why.</param>
    /// <param name="exception">The failure behind it, if any.</param>
    public static ConnectionStateChangedEventArgs StateChanged(WsApiEndpoint endpoint, ConnectionState previous, ConnectionState state,
        string reason, Exception? exception = null) =>
        new(endpoint, previous, state, reason, exception);

    /// <summary>Arguments of an error event.</summary>
    /// <param name="endpoint">The endpoint, if the error belongs to one.</param>
    /// <param name="message">The message.</param>
    /// <param name="exception">The failure, if any.</param>
    public static WsApiErrorEventArgs ErrorEvent(WsApiEndpoint? endpoint, string message, Exception? exception = null) =>
        new(endpoint, message, exception);

    /// <summary>Arguments of a user data event, with the event's endpoint and subscription set.</summary>
    /// <param name="userDataEvent">The event (create it with an object initializer).</param>
    /// <param name="endpoint">The endpoint it arrived on.</param>
    /// <param name="subscriptionId">The WS API subscription id; null for a listen-key stream.</param>
    public static UserDataEventArgs UserDataEvent(UserDataEvent userDataEvent, WsApiEndpoint endpoint = WsApiEndpoint.Spot, long? subscriptionId = null)
    {
        ArgumentNullException.ThrowIfNull(userDataEvent);
        userDataEvent.Endpoint = endpoint;
        userDataEvent.SubscriptionId = subscriptionId;
        return new UserDataEventArgs(userDataEvent);
    }

    /// <summary>Arguments of a resubscription notice (events in between may be missing).</summary>
    /// <param name="endpoint">The endpoint.</param>
    /// <param name="subscriptionId">The new subscription id.</param>
    /// <param name="attempts">How many attempts it took.</param>
    public static UserDataStreamResubscribedEventArgs Resubscribed(WsApiEndpoint endpoint, long subscriptionId, int attempts = 1) =>
        new(endpoint, subscriptionId, attempts);
}
