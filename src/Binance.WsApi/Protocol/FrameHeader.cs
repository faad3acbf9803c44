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

    /// <summary>The <c>rateLimits</c>, when the routing pass already read them (<see cref="RateLimitsRead"/>).</summary>
    public PackedRateLimits PackedRateLimits;

    /// <summary>True when <see cref="PackedRateLimits"/> holds what <see cref="RateLimits"/> spans.</summary>
    public bool RateLimitsRead;
    public Range Event;
    public long? SubscriptionId;
    public string? EventType;

    /// <summary>The frame's <c>rateLimits</c>: as the routing pass read them, or read now from their range (none: empty).</summary>
    /// <exception cref="JsonException">They are not a rate-limit array.</exception>
    public readonly PackedRateLimits ReadRateLimits(ReadOnlySpan<byte> frame) =>
        RateLimitsRead ? PackedRateLimits
        : RateLimits.End.Value == 0 ? default
        : RateLimitsReader.ReadPacked(frame[RateLimits]);

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
                    if (TryReadCompactRateLimitsLast(frame, ref reader, ref header))
                    {
                        // They were the last property: the frame is read.
                        break;
                    }

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

    /// <summary>
    /// Binance ends a response with its <c>rateLimits</c>, written compactly: read them here in one byte-level pass
    /// (<see cref="CompactRateLimitsParser"/>) instead of tokenizing them to skip them and again to read them. Only when
    /// nothing but the frame's closing brace follows; otherwise the reader is left where it was (on the property name)
    /// and the caller reads on as usual.
    /// </summary>
    private static bool TryReadCompactRateLimitsLast(ReadOnlySpan<byte> frame, ref Utf8JsonReader reader, ref FrameHeader header)
    {
        int start = (int)reader.BytesConsumed;
        while (start < frame.Length && IsJsonWhitespace(frame[start]))
        {
            start++;
        }

        if (start < frame.Length && frame[start] == (byte)':')
        {
            // Whether the reader has consumed the colon with the name is its own business: either way is fine here.
            start++;
        }

        while (start < frame.Length && IsJsonWhitespace(frame[start]))
        {
            start++;
        }

        if (!CompactRateLimitsParser.TryRead(frame[start..], out PackedRateLimits packed, out int length))
        {
            return false;
        }

        int end = start + length;
        int after = end;
        while (after < frame.Length && IsJsonWhitespace(frame[after]))
        {
            after++;
        }

        if (after >= frame.Length || frame[after] != (byte)'}')
        {
            return false;
        }

        header.RateLimits = new Range(start, end);
        header.PackedRateLimits = packed;
        header.RateLimitsRead = true;
        return true;
    }

    private static bool IsJsonWhitespace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r';

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
