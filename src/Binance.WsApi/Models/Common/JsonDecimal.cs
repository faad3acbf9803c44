using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;

namespace Binance.WsApi.Models;

/// <summary>Reads Binance decimals, which come as JSON strings (<c>"0.01000000"</c>) or numbers, without doubles.</summary>
internal static class JsonDecimal
{
    public static decimal Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.GetDecimal();
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            ReadOnlySpan<byte> text = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
            if (Utf8Parser.TryParse(text, out decimal value, out int consumed) && consumed == text.Length)
            {
                return value;
            }

            // Exponent forms are rare but legal.
            if (decimal.TryParse(System.Text.Encoding.UTF8.GetString(text), NumberStyles.Float, CultureInfo.InvariantCulture, out value))
            {
                return value;
            }
        }

        throw new JsonException($"Expected a decimal, found {reader.TokenType}.");
    }

    public static long ReadLong(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.GetInt64();
        }

        if (reader.TokenType == JsonTokenType.String && long.TryParse(reader.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out long value))
        {
            return value;
        }

        throw new JsonException($"Expected an integer, found {reader.TokenType}.");
    }

    public static void Write(Utf8JsonWriter writer, decimal value)
    {
        Span<byte> text = stackalloc byte[32];
        value.TryFormat(text, out int written, default, CultureInfo.InvariantCulture);
        writer.WriteStringValue(text[..written]);
    }
}
