using System.Text.Json;
using Binance.WsApi.Protocol;

namespace Binance.WsApi;

/// <summary>The one place where error responses become exceptions.</summary>
internal static class WsApiErrors
{
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
