using System.Text.Json;

namespace Binance.WsApi.Protocol;

internal enum FrameKind : byte
{
    /// <summary>Not a JSON object, or an object that is neither a response nor a push.</summary>
    Unknown,

    /// <summary>Has <c>status</c>: the answer to a request.</summary>
    Response,

    /// <summary>Has <c>event</c>: a push (user data, <c>serverShutdown</c>).</summary>
    Event,
}

/// <summary>
/// The routing facts of an incoming frame, read with one forward pass of <see cref="Utf8JsonReader"/> before any
/// model is built: the id, the status, and where <c>result</c>, <c>error</c>, <c>rateLimits</c> and <c>event</c> sit
/// in the frame, so each is deserialized straight from the receive buffer.
/// </summary>
internal struct FrameHeader
{
    public FrameKind Kind;
    public bool IdIsNumber;
    public bool IdIsNull;
    public long NumericId;
    public string? TextId;
    public int Status;
    public Range Result;
    public Range Error;
    public Range RateLimits;
    public Range Event;
    public long? SubscriptionId;
    public string? EventType;

    public static bool TryRead(ReadOnlySpan<byte> frame, out FrameHeader header)
    {
        header = default;
        bool hasStatus = false;
        try
        {
            var reader = new Utf8JsonReader(frame, new JsonReaderOptions { MaxDepth = 256 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("id"u8))
                {
                    reader.Read();
                    switch (reader.TokenType)
                    {
                        case JsonTokenType.Number when reader.TryGetInt64(out long n):
                            header.IdIsNumber = true;
                            header.NumericId = n;
                            break;
                        case JsonTokenType.String:
                            header.TextId = reader.GetString();
                            if (long.TryParse(header.TextId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long parsed))
                            {
                                header.IdIsNumber = true;
                                header.NumericId = parsed;
                            }

                            break;
                        case JsonTokenType.Null:
                            header.IdIsNull = true;
                            break;
                        default:
                            reader.Skip();
                            break;
                    }
                }
                else if (reader.ValueTextEquals("status"u8))
                {
                    reader.Read();
                    hasStatus = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out header.Status);
                }
                else if (reader.ValueTextEquals("result"u8) || reader.ValueTextEquals("response"u8))
                {
                    // "response" is a documented typo of the legacy listen-key methods; read it as "result".
                    header.Result = ReadValueRange(ref reader);
                }
                else if (reader.ValueTextEquals("error"u8))
                {
                    header.Error = ReadValueRange(ref reader);
                }
                else if (reader.ValueTextEquals("rateLimits"u8))
                {
                    header.RateLimits = ReadValueRange(ref reader);
                }
                else if (reader.ValueTextEquals("subscriptionId"u8))
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out long sid))
                    {
                        header.SubscriptionId = sid;
                    }
                }
                else if (reader.ValueTextEquals("event"u8))
                {
                    reader.Read();
                    int start = (int)reader.TokenStartIndex;
                    if (reader.TokenType == JsonTokenType.StartObject)
                    {
                        header.EventType = ReadEventType(frame[start..]);
                    }

                    reader.Skip();
                    header.Event = new Range(start, (int)reader.BytesConsumed);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            // Invalid JSON, or valid JSON with text .NET cannot hold (a lone surrogate escape): not routable.
            return false;
        }

        header.Kind = hasStatus ? FrameKind.Response : header.Event.End.Value > 0 ? FrameKind.Event : FrameKind.Unknown;
        return header.Kind != FrameKind.Unknown;
    }

    private static Range ReadValueRange(ref Utf8JsonReader reader)
    {
        reader.Read();
        int start = (int)reader.TokenStartIndex;
        reader.Skip();
        return new Range(start, (int)reader.BytesConsumed);
    }

    /// <summary>The <c>e</c> (event type) of an event object, looked for among its top-level properties; null when absent.</summary>
    internal static string? ReadEventType(ReadOnlySpan<byte> eventObject)
    {
        var reader = new Utf8JsonReader(eventObject);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool isType = reader.ValueTextEquals("e"u8);
            reader.Read();
            if (isType && reader.TokenType == JsonTokenType.String)
            {
                // A handful of event types recur on every push: shared, not allocated per event.
                return Utf8StringPool.GetString(ref reader);
            }

            reader.Skip();
        }

        return null;
    }
}
