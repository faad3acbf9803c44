using System.Text.Json;

namespace Binance.WsApi;

/// <summary>
/// The server answered the request with an error. <see cref="Code"/> and <see cref="BinanceMessage"/> are Binance's
/// <c>error.code</c> and <c>error.msg</c>, kept verbatim.
/// </summary>
public class BinanceApiException : WsApiException
{
    internal BinanceApiException(int status, int code, string binanceMessage, JsonElement? data,
        IReadOnlyList<RateLimit> rateLimits, string? method, string? requestId, WsApiEndpoint? endpoint,
        RequestSendState sendState = RequestSendState.Sent, Exception? innerException = null)
        : base(FormatMessage(status, code, binanceMessage, method), method, requestId, endpoint, sendState, innerException)
    {
        Status = status;
        Code = code;
        BinanceMessage = binanceMessage;
        ErrorData = data;
        RateLimits = rateLimits;
    }

    /// <summary>A refusal the client makes itself, in Binance's terms, with its own message (the rate governor's).</summary>
    private protected BinanceApiException(string message, int status, int code, string binanceMessage,
        IReadOnlyList<RateLimit> rateLimits, string? method, WsApiEndpoint? endpoint, RequestSendState sendState)
        : base(message, method, null, endpoint, sendState, null)
    {
        Status = status;
        Code = code;
        BinanceMessage = binanceMessage;
        RateLimits = rateLimits;
    }

    /// <summary>The HTTP-like status of the response (400, 401, 403, 409, 418, 429, 5xx).</summary>
    public int Status { get; }

    /// <summary>Binance's error code (negative, for example -2010).</summary>
    public int Code { get; }

    /// <summary>Binance's error message, verbatim.</summary>
    public string BinanceMessage { get; }

    /// <summary>The optional <c>error.data</c> object (for example the cancel-replace outcome or an IP ban's times).</summary>
    public JsonElement? ErrorData { get; }

    /// <summary>The rate-limit counters that came with the response (empty when the server sent none).</summary>
    public IReadOnlyList<RateLimit> RateLimits { get; }

    /// <summary>
    /// True when the server reported an internal error (status 5xx): the request may or may not have been executed,
    /// so its outcome must be reconciled by a query.
    /// </summary>
    public bool IsOutcomeUnknown => Status >= 500 || Code is -1006 or -1007;

    /// <summary>
    /// The same refusal for a caller whose own request was never sent because of it (a rejected
    /// <c>session.logon</c> reaches every request waiting on it this way).
    /// </summary>
    internal virtual BinanceApiException AsNotSent() =>
        new(Status, Code, BinanceMessage, ErrorData, RateLimits, Method, RequestId, Endpoint, RequestSendState.NotSent, this);

    private static string FormatMessage(int status, int code, string msg, string? method) =>
        method is null
            ? $"Binance error {code} (status {status}): {msg}"
            : $"Binance error {code} (status {status}) on {method}: {msg}";
}
