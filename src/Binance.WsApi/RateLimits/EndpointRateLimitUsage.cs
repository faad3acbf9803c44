namespace Binance.WsApi;

/// <summary>The rate-limit state of one endpoint's connection (see <see cref="WebSocketApiClient.GetRateLimitUsage"/>).</summary>
/// <param name="Endpoint">The endpoint.</param>
/// <param name="Limits">Each limit with its usage in the current window.</param>
/// <param name="RetryAfter">
/// Until when the last 429 or 418 on this connection asked the client not to send; null when that time has passed or
/// no such answer came.
/// </param>
/// <param name="IsBanned">True while that answer was a 418 (the IP is banned until <paramref name="RetryAfter"/>).</param>
public sealed record EndpointRateLimitUsage(WsApiEndpoint Endpoint, IReadOnlyList<RateLimitUsage> Limits, DateTimeOffset? RetryAfter, bool IsBanned);
