using System.Text.Json;

namespace Binance.WsApi;

/// <summary>
/// The request was refused for exceeding a rate limit: status 429 (request weight or order count) or 418 (the IP
/// is banned, and the server drops the connection). Wait until <see cref="RetryAfter"/> before sending again.
/// </summary>
public sealed class BinanceRateLimitException : BinanceApiException
{
    internal BinanceRateLimitException(int status, int code, string binanceMessage, JsonElement? data,
        IReadOnlyList<RateLimit> rateLimits, string? method, string? requestId, WsApiEndpoint? endpoint,
        DateTimeOffset? retryAfter, RequestSendState sendState = RequestSendState.Sent, Exception? innerException = null)
        : base(status, code, binanceMessage, data, rateLimits, method, requestId, endpoint, sendState, innerException)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>When requests may be sent again (Binance's <c>retryAfter</c>), if the server said.</summary>
    public DateTimeOffset? RetryAfter { get; }

    internal override BinanceApiException AsNotSent() =>
        new BinanceRateLimitException(Status, Code, BinanceMessage, ErrorData, RateLimits, Method, RequestId, Endpoint, RetryAfter, RequestSendState.NotSent, this);

    /// <summary>True for status 418: the IP is banned until <see cref="RetryAfter"/>.</summary>
    public bool IsIpBan => Status == 418;
}
