namespace Binance.WsApi.Models;

/// <summary>
/// One rate-limit counter: in a response's <c>rateLimits</c> (with <see cref="Count"/>, the usage after the request),
/// or in <c>exchangeInfo</c> (without it).
/// </summary>
public sealed record RateLimit
{
    /// <summary>What is limited: request weight, orders, connections.</summary>
    public RateLimitType RateLimitType { get; init; }

    /// <summary>The interval unit.</summary>
    public RateLimitInterval Interval { get; init; }

    /// <summary>How many interval units make the window.</summary>
    public int IntervalNum { get; init; }

    /// <summary>The limit per window.</summary>
    public int Limit { get; init; }

    /// <summary>Usage in the current window after this request, when reported.</summary>
    public int? Count { get; init; }
}
