using System.Text.Json;

namespace Binance.WsApi.Protocol;

/// <summary>
/// Reads the <c>rateLimits</c> array that comes with nearly every response. Hand-written because it is on every
/// round trip: the source-generated path boxes each init-only property and allocates a read stack, about 1 KB a
/// response; <see cref="Read"/> allocates the array and its entries only, <see cref="ReadPacked"/> nothing for one entry
/// and one packed array for the others.
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

    /// <summary>
    /// Reads the array into the packed form: nothing allocated for the first entry, one array for the others. Reads
    /// exactly what <see cref="Read"/> reads: when a value cannot be packed (an unknown type or interval) or the bytes are
    /// not what this reader expects, the result is <see cref="Read"/>'s own list, or its own exception.
    /// </summary>
    /// <exception cref="JsonException">The bytes are not such an array.</exception>
    public static PackedRateLimits ReadPacked(ReadOnlySpan<byte> json)
    {
        if (CompactRateLimitsParser.TryRead(json, out PackedRateLimits compact, out int length) && length == json.Length)
        {
            return compact;
        }

        try
        {
            if (TryReadPacked(json, out PackedRateLimits packed))
            {
                return packed;
            }
        }
        catch (JsonException)
        {
            // Malformed JSON: read again below, so the exception is exactly the one the object reader throws.
        }

        return PackedRateLimits.FromList(Read(json));
    }

    // Entries after the first that are gathered on the stack before their array is allocated at its size.
    private const int RestOnStack = 8;

    private static bool TryReadPacked(ReadOnlySpan<byte> json, out PackedRateLimits packed)
    {
        packed = default;
        var reader = new Utf8JsonReader(json);
        if (!reader.Read())
        {
            return false;
        }

        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        // One pass: the first entry is kept aside, the others gathered on the stack (or, past RestOnStack, in a growing
        // array), so the packed array is allocated once, at its size.
        PackedRateLimit first = default;
        Span<PackedRateLimit> stack = stackalloc PackedRateLimit[RestOnStack];
        PackedRateLimit[]? spilled = null;
        int rest = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject || !TryReadOnePacked(ref reader, out PackedRateLimit one))
            {
                return false;
            }

            if (!first.IsPresent)
            {
                first = one;
                continue;
            }

            if (rest == RestOnStack && spilled is null)
            {
                spilled = new PackedRateLimit[RestOnStack * 2];
                stack.CopyTo(spilled);
            }
            else if (spilled is not null && rest == spilled.Length)
            {
                Array.Resize(ref spilled, spilled.Length * 2);
            }

            if (spilled is null)
            {
                stack[rest++] = one;
            }
            else
            {
                spilled[rest++] = one;
            }
        }

        if (reader.TokenType != JsonTokenType.EndArray)
        {
            return false;
        }

        PackedRateLimit[]? restArray = rest == 0 ? null
            : spilled is null ? stack[..rest].ToArray()
            : spilled.AsSpan(0, rest).ToArray();
        packed = new PackedRateLimits(first, restArray);
        return true;
    }

    /// <summary>One entry, as <see cref="ReadOne"/> reads it; false when it cannot be packed or read.</summary>
    private static bool TryReadOnePacked(ref Utf8JsonReader reader, out PackedRateLimit packed)
    {
        packed = default;
        byte type = 0;
        byte interval = 0;
        int intervalNum = 0;
        int limit = 0;
        int? count = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool ok;
            if (reader.ValueTextEquals("rateLimitType"u8))
            {
                reader.Read();
                ok = PackedRateLimit.TryEncodeType(ref reader, out type);
            }
            else if (reader.ValueTextEquals("interval"u8))
            {
                reader.Read();
                ok = PackedRateLimit.TryEncodeInterval(ref reader, out interval);
            }
            else if (reader.ValueTextEquals("intervalNum"u8))
            {
                reader.Read();
                ok = TryReadInt32(ref reader, out intervalNum);
            }
            else if (reader.ValueTextEquals("limit"u8))
            {
                reader.Read();
                ok = TryReadInt32(ref reader, out limit);
            }
            else if (reader.ValueTextEquals("count"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.Null)
                {
                    count = null;
                    ok = true;
                }
                else
                {
                    ok = TryReadInt32(ref reader, out int value);
                    count = value;
                }
            }
            else
            {
                reader.Read();
                reader.Skip();
                ok = true;
            }

            if (!ok)
            {
                return false;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject)
        {
            return false;
        }

        packed = new PackedRateLimit(type, interval, intervalNum, limit, count);
        return true;
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
    private static int ReadInt32(ref Utf8JsonReader reader, string name) =>
        TryReadInt32(ref reader, out int value)
            ? value
            : throw new JsonException($"'rateLimits' entry property '{name}' is not a 32-bit integer.");

    private static bool TryReadInt32(ref Utf8JsonReader reader, out int value)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out value))
        {
            return true;
        }

        value = 0;
        return reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence
            && System.Buffers.Text.Utf8Parser.TryParse(reader.ValueSpan, out value, out int consumed) && consumed == reader.ValueSpan.Length;
    }
}
