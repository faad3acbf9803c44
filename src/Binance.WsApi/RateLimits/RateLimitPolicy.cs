namespace Binance.WsApi;

/// <summary>
/// What the client does before sending a request that its rate governor expects Binance to refuse: a window of
/// <c>REQUEST_WEIGHT</c> or <c>ORDERS</c> that the request would overflow, or a <c>retryAfter</c> from an earlier 429
/// or 418 on the same connection that has not passed yet. Binance bans the IP (418) after repeated 429s, so a client
/// that keeps sending into a full window pays for it with every connection of the machine. The same policy applies to
/// every WebSocket connection attempt (first connect, reconnect) against the <c>CONNECTIONS</c> limit, counted
/// client-wide per market: <see cref="Wait"/> waits there within the connect timeout, and a reconnect loop as long as
/// needed.
/// </summary>
public enum RateLimitPolicy
{
    /// <summary>Send anyway (the default, as before the governor existed); usage is still tracked and reported.</summary>
    Off,

    /// <summary>
    /// Fail at once with <see cref="BinanceRateLimitException"/> (<see cref="BinanceRateLimitException.RefusedByClient"/>
    /// true, <see cref="RequestSendState.NotSent"/>), saying until when.
    /// </summary>
    Fail,

    /// <summary>
    /// Wait until the window restarts or the <c>retryAfter</c> passes, then send, if that is within the request's own
    /// deadline (its timeout) and its cancellation token allows; otherwise fail as <see cref="Fail"/> does, without
    /// waiting for nothing.
    /// </summary>
    Wait,
}
