using System.Buffers.Text;
using System.Text.Json;

namespace Binance.WsApi.Benchmarks.EndToEnd.Responder;

/// <summary>
/// Answers one request frame of the fast responder with a canned response in Binance's shape (docs/protocol.md §2-§4):
/// the id echoed raw (number or string), status 200, a small result per method and a <c>rateLimits</c> array. One
/// instance per connection; it reuses its buffer, so the returned memory is valid until the next call.
/// </summary>
internal sealed class CannedResponseWriter
{
    private static readonly long ConnectedSince = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    private byte[] _buffer = new byte[1024];
    private int _length;
    private long _requests;
    private long _orders;
    private string? _loggedOnApiKey;
    private long _authorizedSince;

    public ReadOnlyMemory<byte> Write(ReadOnlySpan<byte> request)
    {
        // Ranges into the request frame; a string's range includes its quotes so it can be echoed as JSON as is.
        Range id = default, method = default, clientOrderId = default, symbol = default, apiKey = default;
        bool hasId = false;
        var reader = new Utf8JsonReader(request);
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                continue;
            }

            if (reader.CurrentDepth == 1)
            {
                if (reader.ValueTextEquals("id"u8))
                {
                    reader.Read();
                    id = RawToken(ref reader);
                    hasId = true;
                }
                else if (reader.ValueTextEquals("method"u8))
                {
                    reader.Read();
                    method = RawToken(ref reader);
                }
            }
            else if (reader.CurrentDepth == 2)
            {
                if (reader.ValueTextEquals("newClientOrderId"u8))
                {
                    reader.Read();
                    clientOrderId = RawToken(ref reader);
                }
                else if (reader.ValueTextEquals("symbol"u8))
                {
                    reader.Read();
                    symbol = RawToken(ref reader);
                }
                else if (reader.ValueTextEquals("apiKey"u8))
                {
                    reader.Read();
                    apiKey = RawToken(ref reader);
                }
            }
        }

        long now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        _requests++;
        _length = 0;
        Append("{\"id\":"u8);
        Append(hasId ? request[id] : "null"u8);
        Append(",\"status\":200,\"result\":"u8);
        ReadOnlySpan<byte> name = Unquote(request[method]);
        bool isOrder = false;
        if (name.SequenceEqual("ping"u8))
        {
            Append("{}"u8);
        }
        else if (name.SequenceEqual("time"u8))
        {
            Append("{\"serverTime\":"u8);
            AppendNumber(now);
            Append("}"u8);
        }
        else if (name.SequenceEqual("order.place"u8))
        {
            isOrder = true;
            _orders++;
            Append("{\"symbol\":"u8);
            Append(symbol.End.Value > 0 ? request[symbol] : "\"BTCUSDT\""u8);
            Append(",\"orderId\":"u8);
            AppendNumber(_orders);
            Append(",\"orderListId\":-1,\"clientOrderId\":"u8);
            if (clientOrderId.End.Value > 0)
            {
                Append(request[clientOrderId]);
            }
            else
            {
                Append("\"bench"u8);
                AppendNumber(_orders);
                Append("\""u8);
            }

            Append(",\"transactTime\":"u8);
            AppendNumber(now);
            Append("}"u8);
        }
        else if (name.StartsWith("session."u8))
        {
            if (name.SequenceEqual("session.logon"u8) && apiKey.End.Value > 0)
            {
                _loggedOnApiKey = System.Text.Encoding.UTF8.GetString(Unquote(request[apiKey]));
                _authorizedSince = now;
            }
            else if (name.SequenceEqual("session.logout"u8))
            {
                _loggedOnApiKey = null;
            }

            WriteSessionStatus(now);
        }
        else
        {
            Append("{}"u8);
        }

        // Plausible counters that never reach the limits, so no client ever sees itself throttled.
        Append(",\"rateLimits\":["u8);
        if (isOrder)
        {
            Append("{\"rateLimitType\":\"ORDERS\",\"interval\":\"SECOND\",\"intervalNum\":10,\"limit\":50,\"count\":"u8);
            AppendNumber((_orders % 49) + 1);
            Append("},{\"rateLimitType\":\"ORDERS\",\"interval\":\"DAY\",\"intervalNum\":1,\"limit\":160000,\"count\":"u8);
            AppendNumber((_orders % 159_999) + 1);
            Append("},"u8);
        }

        Append("{\"rateLimitType\":\"REQUEST_WEIGHT\",\"interval\":\"MINUTE\",\"intervalNum\":1,\"limit\":6000,\"count\":"u8);
        AppendNumber((_requests % 5999) + 1);
        Append("}]}"u8);
        return _buffer.AsMemory(0, _length);
    }

    private void WriteSessionStatus(long now)
    {
        Append("{\"apiKey\":"u8);
        if (_loggedOnApiKey is null)
        {
            Append("null,\"authorizedSince\":null"u8);
        }
        else
        {
            Append("\""u8);
            Append(System.Text.Encoding.UTF8.GetBytes(_loggedOnApiKey));
            Append("\",\"authorizedSince\":"u8);
            AppendNumber(_authorizedSince);
        }

        Append(",\"connectedSince\":"u8);
        AppendNumber(ConnectedSince);
        Append(",\"returnRateLimits\":true,\"serverTime\":"u8);
        AppendNumber(now);
        Append(",\"userDataStream\":false}"u8);
    }

    private static Range RawToken(ref Utf8JsonReader reader)
    {
        int start = (int)reader.TokenStartIndex;
        int length = reader.HasValueSequence ? (int)reader.ValueSequence.Length : reader.ValueSpan.Length;
        return reader.TokenType == JsonTokenType.String ? new Range(start, start + length + 2) : new Range(start, start + length);
    }

    private static ReadOnlySpan<byte> Unquote(ReadOnlySpan<byte> token) =>
        token.Length >= 2 && token[0] == (byte)'"' ? token[1..^1] : token;

    private void Append(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    private void AppendNumber(long value)
    {
        Ensure(20);
        Utf8Formatter.TryFormat(value, _buffer.AsSpan(_length), out int written);
        _length += written;
    }

    private void Ensure(int more)
    {
        if (_length + more > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + more));
        }
    }
}
