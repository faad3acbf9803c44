namespace Binance.WsApi;

/// <summary>
/// One rate limit of one endpoint as the client's governor sees it now: the ceiling Binance reported (in a response's
/// <c>rateLimits</c> or <c>exchangeInfo</c>, or the documented value until then) and the usage of the current window
/// (the highest count a response of this window reported, or more when requests sent since are not answered yet).
/// </summary>
/// <param name="RateLimitType">What is limited: <c>REQUEST_WEIGHT</c>, <c>ORDERS</c>, <c>CONNECTIONS</c>.</param>
/// <param name="Interval">The window's unit.</param>
/// <param name="IntervalNum">How many units make the window.</param>
/// <param name="Limit">The ceiling per window.</param>
/// <param name="Count">The usage in the current window (0 when the window restarted since the last report).</param>
/// <param name="WindowEndsAt">When the current window restarts (windows are calendar buckets of the UTC clock).</param>
public sealed record RateLimitUsage(RateLimitType RateLimitType, RateLimitInterval Interval, int IntervalNum, int Limit, int Count,
    DateTimeOffset WindowEndsAt)
{
    /// <summary>What is left in the current window.</summary>
    public int Remaining => Math.Max(0, Limit - Count);
}
