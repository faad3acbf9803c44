using System.Text.Json;
using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>One level of an order book: a price and the quantity resting at it (wire form <c>["price","qty"]</c>).</summary>
[JsonConverter(typeof(PriceLevelJsonConverter))]
public readonly record struct PriceLevel(decimal Price, decimal Quantity);

/// <summary>Reads a <see cref="PriceLevel"/> from its two-element array form.</summary>
public sealed class PriceLevelJsonConverter : JsonConverter<PriceLevel>
{
    /// <inheritdoc />
    public override PriceLevel Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadLevel(ref reader);

    /// <summary>Reads one level; the reader stands on its array and is left on the array's end.</summary>
    internal static PriceLevel ReadLevel(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("A price level must be an array [price, quantity].");
        }

        reader.Read();
        decimal price = JsonDecimal.Read(ref reader);
        reader.Read();
        decimal quantity = JsonDecimal.Read(ref reader);
        // Tolerate extra elements (some feeds append more).
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            reader.Skip();
        }

        return new PriceLevel(price, quantity);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, PriceLevel value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        JsonDecimal.Write(writer, value.Price);
        JsonDecimal.Write(writer, value.Quantity);
        writer.WriteEndArray();
    }
}
