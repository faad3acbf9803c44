using System.Text.Json;

namespace Binance.WsApi.Protocol;

/// <summary>
/// Reads the <c>rateLimits</c> array that comes with nearly every response. Hand-written because it is on every
/// round trip: the source-generated path boxes each init-only property and allocates a read stack, about 1 KB a
/// response; this one allocates the array and its entries only.
/// </summary>
internal static class RateLimitsReader
{
    /// <summary>Reads a JSON array of rate-limit objects (unknown properties are skipped).</summary>
    /// <exception cref="JsonException">The bytes are not such an array.</exception>
    public static RateLimit[] Read(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        if (reader.Read() && reader.TokenType == JsonTokenType.Null)
        {
            // As the generated deserializer read it (null, then "?? []"): a response with "rateLimits":null is fine.
            return [];
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("'rateLimits' is not an array.");
        }

        // Binance sends one to three entries; count first so the array is allocated once, at its size.
        int count = CountElements(reader);
        if (count == 0)
        {
            return [];
        }

        var limits = new RateLimit[count];
        for (int i = 0; i < count; i++)
        {
            reader.Read();
            limits[i] = ReadOne(ref reader);
        }

        return limits;
    }

    private static int CountElements(Utf8JsonReader reader)
    {
        int count = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException("A 'rateLimits' entry is not an object.");
            }

            reader.Skip();
            count++;
        }

        return count;
    }

    private static RateLimit ReadOne(ref Utf8JsonReader reader)
    {
        RateLimitType type = default;
        RateLimitInterval interval = default;
        int intervalNum = 0;
        int limit = 0;
        int? count = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("rateLimitType"u8))
            {
                reader.Read();
                type = new RateLimitType(Utf8StringPool.GetString(ref reader));
            }
            else if (reader.ValueTextEquals("interval"u8))
            {
                reader.Read();
                interval = new RateLimitInterval(Utf8StringPool.GetString(ref reader));
            }
            else if (reader.ValueTextEquals("intervalNum"u8))
            {
                reader.Read();
                intervalNum = ReadInt32(ref reader, "intervalNum");
            }
            else if (reader.ValueTextEquals("limit"u8))
            {
                reader.Read();
                limit = ReadInt32(ref reader, "limit");
            }
            else if (reader.ValueTextEquals("count"u8))
            {
                reader.Read();
                count = reader.TokenType == JsonTokenType.Null ? null : ReadInt32(ref reader, "count");
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        return new RateLimit { RateLimitType = type, Interval = interval, IntervalNum = intervalNum, Limit = limit, Count = count };
    }

    /// <summary>
    /// An integer as the generated reader took it (its options allow numbers written as strings); anything else is a
    /// <see cref="JsonException"/>, as there.
    /// </summary>
    private static int ReadInt32(ref Utf8JsonReader reader, string name)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int value))
        {
            return value;
        }

        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence
            && System.Buffers.Text.Utf8Parser.TryParse(reader.ValueSpan, out value, out int consumed) && consumed == reader.ValueSpan.Length)
        {
            return value;
        }

        throw new JsonException($"'rateLimits' entry property '{name}' is not a 32-bit integer.");
    }
}
