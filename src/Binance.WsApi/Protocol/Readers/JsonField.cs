using System.Buffers.Text;
using System.Text.Json;

namespace Binance.WsApi.Protocol.Readers;

/// <summary>
/// Reads one property value the way the source-generated metadata did under the client's options (numbers may come as
/// strings, a null for a non-nullable value type is an error, a null string stays null), without boxing or
/// intermediate objects. The reader stands on the value.
/// </summary>
internal static class JsonField
{
    /// <summary>A string as it is (ids, texts that do not recur); null for a JSON null.</summary>
    public static string? String(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        _ => throw Unexpected(ref reader, "a string"),
    };

    /// <summary>
    /// A client order id: the string of the request that sent it when it is one of the recent ones
    /// (<see cref="RecentClientOrderIds"/>), a new string otherwise; null for a JSON null.
    /// </summary>
    public static string? ClientOrderId(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped
            && RecentClientOrderIds.Find(reader.ValueSpan) is { } sent)
        {
            return sent;
        }

        return String(ref reader);
    }

    /// <summary>A string that recurs (symbols, assets, statuses), shared through <see cref="Utf8StringPool"/>; null for a JSON null.</summary>
    public static string? Pooled(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => Utf8StringPool.GetString(ref reader),
        _ => throw Unexpected(ref reader, "a string"),
    };

    /// <summary>A string enumeration; a JSON null becomes the empty value, as the enumerations' converter reads it.</summary>
    public static T Enum<T>(ref Utf8JsonReader reader)
        where T : struct, IStringEnum<T> => reader.TokenType switch
        {
            JsonTokenType.Null => T.Create(string.Empty),
            JsonTokenType.String => T.Create(Utf8StringPool.GetString(ref reader)),
            _ => throw Unexpected(ref reader, "a string"),
        };

    /// <summary>A nullable string enumeration: a JSON null is null.</summary>
    public static T? NullableEnum<T>(ref Utf8JsonReader reader)
        where T : struct, IStringEnum<T> => reader.TokenType == JsonTokenType.Null ? null : Enum<T>(ref reader);

    public static long Int64(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out long value))
        {
            return value;
        }

        if (reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped
            && Utf8Parser.TryParse(reader.ValueSpan, out value, out int consumed) && consumed == reader.ValueSpan.Length)
        {
            return value;
        }

        throw Unexpected(ref reader, "a 64-bit integer");
    }

    public static long? NullableInt64(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : Int64(ref reader);

    public static int Int32(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int value))
        {
            return value;
        }

        if (reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped
            && Utf8Parser.TryParse(reader.ValueSpan, out value, out int consumed) && consumed == reader.ValueSpan.Length)
        {
            return value;
        }

        throw Unexpected(ref reader, "a 32-bit integer");
    }

    public static int? NullableInt32(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : Int32(ref reader);

    /// <summary>A decimal from a JSON string (Binance's form) or number, parsed invariantly from the UTF-8 bytes.</summary>
    public static decimal Decimal(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null
        ? throw Unexpected(ref reader, "a decimal")
        : Models.JsonDecimal.Read(ref reader);

    public static decimal? NullableDecimal(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : Models.JsonDecimal.Read(ref reader);

    public static bool Boolean(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => throw Unexpected(ref reader, "true or false"),
    };

    public static bool? NullableBoolean(ref Utf8JsonReader reader) => reader.TokenType == JsonTokenType.Null ? null : Boolean(ref reader);

    /// <summary>
    /// The name of the property the reader stands on, as UTF-8. An escaped name (legal, though Binance never sends one)
    /// is unescaped into a new array: rare enough not to matter.
    /// </summary>
    public static ReadOnlySpan<byte> Name(ref Utf8JsonReader reader) =>
        !reader.HasValueSequence && !reader.ValueIsEscaped ? reader.ValueSpan : System.Text.Encoding.UTF8.GetBytes(reader.GetString()!);

    /// <summary>Moves onto a property's value and skips it (an unknown property, or one the model does not keep).</summary>
    public static void SkipValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }

    /// <summary>Checks the reader stands on the start of an object.</summary>
    public static void ExpectObject(ref Utf8JsonReader reader, string model)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"A {model} must be a JSON object, not {reader.TokenType}.");
        }
    }

    private static JsonException Unexpected(ref Utf8JsonReader reader, string expected) =>
        new($"Expected {expected}, found {reader.TokenType}.");
}
