using System.Text.Json;
using Binance.WsApi.Protocol;

namespace Binance.WsApi;

/// <summary>
/// The one place where failures become exceptions: error responses from the server, and the connection's own failures
/// (no socket in time, a socket that ended, a send that failed), each saying whether the request was sent.
/// </summary>
internal static class WsApiErrors
{
    /// <summary>No socket within the connect deadline.</summary>
    public static WsApiConnectionException ConnectTimedOut(WsApiEndpoint endpoint, Uri uri, TimeSpan timeout, Exception? cause, string? method = null) =>
        new(method is null
                ? $"Could not connect to {endpoint} ({uri}) within {timeout.TotalMilliseconds:0} ms."
                : $"No connection to {endpoint} ({uri}) within the connect timeout of {timeout.TotalMilliseconds:0} ms; {method} was not sent.",
            RequestSendState.NotSent, method, null, endpoint, cause);

    /// <summary>A connect failed for another reason than the deadline.</summary>
    public static WsApiConnectionException ConnectFailed(WsApiEndpoint endpoint, Uri uri, Exception cause) =>
        new($"Could not connect to {endpoint} ({uri}): {cause.Message}", RequestSendState.NotSent, null, null, endpoint, cause);

    /// <summary>The client closed the connection (or stopped a connect) while something waited on it.</summary>
    public static WsApiConnectionException ClosedByClient(WsApiEndpoint endpoint, Exception? cause = null, bool whileConnecting = false) =>
        new(whileConnecting ? $"The connection to {endpoint} was closed while connecting." : $"The connection to {endpoint} was closed by the client.",
            RequestSendState.NotSent, null, null, endpoint, cause);

    /// <summary>The connection is closed for good (reconnection gave up or was stopped).</summary>
    public static WsApiConnectionException Closed(WsApiEndpoint endpoint, string reason) =>
        new($"The connection to {endpoint} is closed ({reason}).", RequestSendState.NotSent, null, null, endpoint);

    /// <summary>The socket a request was registered on ended before its answer.</summary>
    public static WsApiConnectionException ConnectionEnded(WsApiEndpoint endpoint, string reason, string method, long id, RequestSendState state, Exception? cause) =>
        new(state == RequestSendState.Sent
                ? $"The connection to {endpoint} ended ({reason}) before {method} was answered; it was sent, so its outcome is unknown."
                : $"The connection to {endpoint} ended ({reason}) before {method} was sent; it is safe to retry.",
            state, method, IdText(id), endpoint, cause);

    /// <summary>The socket failed while a request's frame was being sent.</summary>
    public static WsApiConnectionException SendFailed(WsApiEndpoint endpoint, string method, long id, Exception cause) =>
        new($"The connection to {endpoint} failed while sending {method}; it may have been sent, so its outcome is unknown: {cause.Message}",
            RequestSendState.Sent, method, IdText(id), endpoint, cause);

    /// <summary>No socket could take the request after several tries (each socket ended or drained as it arrived).</summary>
    public static WsApiConnectionException NoUsableConnection(WsApiEndpoint endpoint, string method, string? clientOrderId, Exception cause) =>
        new($"No usable connection to {endpoint} for {method}.", RequestSendState.NotSent, method, null, endpoint, cause) { ClientOrderId = clientOrderId };

    /// <summary>A request waited for a shared <c>session.logon</c> that failed after it was sent.</summary>
    public static WsApiConnectionException LogonFailedBeforeSend(WsApiEndpoint endpoint, string method, WsApiException failed, string? clientOrderId) =>
        new($"{method} was not sent: the session.logon before it failed ({failed.Message})", RequestSendState.NotSent, method, null, endpoint, failed)
        {
            ClientOrderId = clientOrderId,
        };

    /// <summary>The server answered, but not in a shape the result type can read.</summary>
    public static WsApiConnectionException UnreadableResponse(WsApiEndpoint endpoint, string method, string id, string typeName, Exception cause) =>
        new($"The response to {method} (id {id}) could not be read as {typeName}: {cause.Message}", RequestSendState.Sent, method, id, endpoint, cause);

    /// <summary>A one-symbol ticker request was answered with another number of items.</summary>
    public static WsApiConnectionException UnexpectedItemCount(WsApiEndpoint endpoint, string symbol, int count, string id) =>
        new($"Asked for one ticker ({symbol}) and got {count}; the response cannot be read as one item.", RequestSendState.Sent, null, id, endpoint);

    /// <summary>A request's deadline passed.</summary>
    public static WsApiTimeoutException TimedOut(TimeSpan timeout, string method, long id, WsApiEndpoint endpoint, RequestSendState state) =>
        new(timeout, method, IdText(id), endpoint, state);

    private static string IdText(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static BinanceApiException FromErrorResponse(ReadOnlySpan<byte> frame, in FrameHeader header,
        IReadOnlyList<RateLimit> rateLimits, string? method, string? requestId, WsApiEndpoint? endpoint)
    {
        int code = 0;
        string message = string.Empty;
        JsonElement? data = null;
        if (header.Error.End.Value > 0)
        {
            var reader = new Utf8JsonReader(frame[header.Error]);
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("code"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.Number)
                    {
                        reader.TryGetInt32(out code);
                    }
                }
                else if (reader.ValueTextEquals("msg"u8))
                {
                    reader.Read();
                    message = reader.TokenType == JsonTokenType.String ? ReadText(ref reader) : string.Empty;
                }
                else if (reader.ValueTextEquals("data"u8))
                {
                    reader.Read();
                    data = JsonElement.ParseValue(ref reader);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
        }

        if (header.Status is 429 or 418)
        {
            return new BinanceRateLimitException(header.Status, code, message, data, rateLimits, method, requestId, endpoint, ReadRetryAfter(data));
        }

        // Methods whose errors carry a typed outcome get their own exception; the method name decides.
        if (method == "order.cancelReplace"
            && SpotCancelReplaceException.TryCreate(header.Status, code, message, data, rateLimits, method, requestId, endpoint) is { } cancelReplace)
        {
            return cancelReplace;
        }

        return new BinanceApiException(header.Status, code, message, data, rateLimits, method, requestId, endpoint);
    }

    private static string ReadText(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? string.Empty;
        }
        catch (InvalidOperationException)
        {
            // Invalid UTF-16 escapes (a lone surrogate): keep the raw text rather than fail the request.
            return System.Text.Encoding.UTF8.GetString(reader.ValueSpan);
        }
    }

    private static DateTimeOffset? ReadRetryAfter(JsonElement? data)
    {
        // A malformed retryAfter must not turn a clear rate-limit error into a parse failure.
        if (data is { ValueKind: JsonValueKind.Object } d
            && d.TryGetProperty("retryAfter", out JsonElement retry)
            && retry.ValueKind == JsonValueKind.Number
            && retry.TryGetInt64(out long ms)
            && ms is >= 0 and <= 253402300799999)
        {
            return DateTimeOffset.FromUnixTimeMilliseconds(ms);
        }

        return null;
    }
}
