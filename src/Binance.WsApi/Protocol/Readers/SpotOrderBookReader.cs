using System.Text.Json;
using System.Text.Json.Serialization;

namespace Binance.WsApi.Protocol.Readers;

/// <summary>
/// Reads a <see cref="SpotOrderBook"/> (<c>depth</c>): each side counted first and packed into
/// <see cref="PackedPriceLevels"/> (16 bytes a level), where the generated reader grew a <see cref="List{T}"/> of
/// 32-byte levels by doubling and threw away two thirds of what it allocated.
/// </summary>
internal sealed class SpotOrderBookReader : JsonConverter<SpotOrderBook>
{
    public override SpotOrderBook Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonField.ExpectObject(ref reader, nameof(SpotOrderBook));
        long lastUpdateId = 0;
        IReadOnlyList<PriceLevel>? bids = null, asks = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("lastUpdateId"u8))
            {
                reader.Read();
                lastUpdateId = JsonField.Int64(ref reader);
            }
            else if (reader.ValueTextEquals("bids"u8))
            {
                reader.Read();
                bids = ReadSide(ref reader, "bids");
            }
            else if (reader.ValueTextEquals("asks"u8))
            {
                reader.Read();
                asks = ReadSide(ref reader, "asks");
            }
            else
            {
                JsonField.SkipValue(ref reader);
            }
        }

        return new SpotOrderBook { LastUpdateId = lastUpdateId, Bids = bids!, Asks = asks! };
    }

    public override void Write(Utf8JsonWriter writer, SpotOrderBook value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, GeneratedModelsJsonContext.Default.SpotOrderBook);

    /// <summary>One side (<c>[["price","qty"], …]</c>); null for a JSON null, as the generated reader had it.</summary>
    internal static IReadOnlyList<PriceLevel>? ReadSide(ref Utf8JsonReader reader, string name)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        int count = JsonArrays.Count(reader, name);
        if (count == 0)
        {
            reader.Read();
            return Array.Empty<PriceLevel>();
        }

        var mantissas = new long[2 * count];
        byte[]? scales = null;
        byte priceScale = 0, quantityScale = 0;
        for (int i = 0; i < count; i++)
        {
            reader.Read();
            PriceLevel level = PriceLevelJsonConverter.ReadLevel(ref reader);
            if (!PackedPriceLevels.TryPack(level.Price, out mantissas[2 * i], out byte ps)
                || !PackedPriceLevels.TryPack(level.Quantity, out mantissas[(2 * i) + 1], out byte qs))
            {
                // A value beyond 63 bits: not a real book, but read it whole rather than fail.
                return ReadUnpacked(ref reader, mantissas, scales, priceScale, quantityScale, i, level, count);
            }

            if (i == 0)
            {
                (priceScale, quantityScale) = (ps, qs);
            }
            else if (scales is null && (ps != priceScale || qs != quantityScale))
            {
                scales = new byte[2 * count];
                for (int j = 0; j < i; j++)
                {
                    (scales[2 * j], scales[(2 * j) + 1]) = (priceScale, quantityScale);
                }
            }

            if (scales is not null)
            {
                (scales[2 * i], scales[(2 * i) + 1]) = (ps, qs);
            }
        }

        reader.Read(); // the side's end
        return new PackedPriceLevels(mantissas, scales, priceScale, quantityScale);
    }

    private static PriceLevel[] ReadUnpacked(ref Utf8JsonReader reader, long[] mantissas, byte[]? scales, byte priceScale, byte quantityScale, int readSoFar, PriceLevel current, int count)
    {
        var packed = new PackedPriceLevels(mantissas[..(2 * readSoFar)], scales?[..(2 * readSoFar)], priceScale, quantityScale);
        var levels = new PriceLevel[count];
        for (int j = 0; j < readSoFar; j++)
        {
            levels[j] = packed[j];
        }

        levels[readSoFar] = current;
        for (int j = readSoFar + 1; j < count; j++)
        {
            reader.Read();
            levels[j] = PriceLevelJsonConverter.ReadLevel(ref reader);
        }

        reader.Read(); // the side's end
        return levels;
    }
}
