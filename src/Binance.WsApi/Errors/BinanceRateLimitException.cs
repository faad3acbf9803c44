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

    /// <summary>The client's rate governor refused to send (see <see cref="RateLimitPolicy"/>).</summary>
    private BinanceRateLimitException(string message, IReadOnlyList<RateLimit> rateLimits, string method, WsApiEndpoint endpoint,
        DateTimeOffset retryAfter, bool banned, int code)
        : base(message, banned ? 418 : 429, code, message, rateLimits, method, endpoint, RequestSendState.NotSent)
    {
        RetryAfter = retryAfter;
        RefusedByClient = true;
    }

    /// <summary>
    /// The governor's refusal: never sent. <paramref name="blocking"/> is the window that is full, or null when an
    /// earlier 429/418's <c>retryAfter</c> is what holds the request back.
    /// </summary>
    internal static BinanceRateLimitException NotSentByGovernor(string method, WsApiEndpoint endpoint, RateLimitUsage? blocking,
        DateTimeOffset retryAfter, bool banned, bool beyondDeadline)
    {
        string why = blocking is { } b
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{b.RateLimitType.Value} per {b.IntervalNum} {b.Interval.Value} is at {b.Count} of {b.Limit} until {retryAfter:O}")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"an earlier {(banned ? "418 (IP ban)" : "429")} on this connection asked to wait until {retryAfter:O}");
        string what = beyondDeadline ? "waiting would outlast the request's deadline" : "RateLimitPolicy is Fail";
        RateLimit[] limits = blocking is { } u
            ? [new RateLimit { RateLimitType = u.RateLimitType, Interval = u.Interval, IntervalNum = u.IntervalNum, Limit = u.Limit, Count = u.Count }]
            : [];
        // The code Binance would have answered: -1015 for too many orders, -1003 for weight and bans.
        int code = blocking?.RateLimitType.Value == "ORDERS" ? -1015 : -1003;
        return new BinanceRateLimitException($"{method} was not sent: {why}, and {what}.", limits, method, endpoint, retryAfter, banned, code);
    }

    /// <summary>
    /// True when the client refused to send the request (its <see cref="RateLimitPolicy"/> is Fail or Wait and a window
    /// is full or a <c>retryAfter</c> has not passed): <see cref="WsApiException.SendState"/> is
    /// <see cref="RequestSendState.NotSent"/>, <see cref="BinanceApiException.Code"/> is -1003 as Binance would have
    /// answered, and <see cref="RetryAfter"/> says when the request would fit. False when Binance refused it.
    /// </summary>
    public bool RefusedByClient { get; }

    /// <summary>When requests may be sent again (Binance's <c>retryAfter</c>), if the server said.</summary>
    public DateTimeOffset? RetryAfter { get; }

    internal override BinanceApiException AsNotSent() =>
        new BinanceRateLimitException(Status, Code, BinanceMessage, ErrorData, RateLimits, Method, RequestId, Endpoint, RetryAfter, RequestSendState.NotSent, this);

    /// <summary>True for status 418: the IP is banned until <see cref="RetryAfter"/>.</summary>
    public bool IsIpBan => Status == 418;
}
