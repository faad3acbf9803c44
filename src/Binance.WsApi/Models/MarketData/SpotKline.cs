using System.Text.Json;
using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>
/// One candlestick of <c>klines</c> / <c>uiKlines</c>. On the wire it is a 12-element array
/// <c>[openTime, open, high, low, close, volume, closeTime, quoteVolume, trades, takerBuyBase, takerBuyQuote, unused]</c>.
/// </summary>
[JsonConverter(typeof(KlineJsonConverter))]
public sealed record SpotKline
{
    /// <summary>When the candle opens (ms since the epoch).</summary>
    public long OpenTime { get; init; }

    /// <summary>The first price.</summary>
    public decimal Open { get; init; }

    /// <summary>The highest price.</summary>
    public decimal High { get; init; }

    /// <summary>The lowest price.</summary>
    public decimal Low { get; init; }

    /// <summary>The last price (so far, for the current candle).</summary>
    public decimal Close { get; init; }

    /// <summary>The traded volume in the base asset.</summary>
    public decimal Volume { get; init; }

    /// <summary>When the candle closes (ms since the epoch, the last millisecond of the interval).</summary>
    public long CloseTime { get; init; }

    /// <summary>The traded volume in the quote asset.</summary>
    public decimal QuoteVolume { get; init; }

    /// <summary>The number of trades.</summary>
    public long TradeCount { get; init; }

    /// <summary>The base-asset volume bought by takers.</summary>
    public decimal TakerBuyBaseVolume { get; init; }

    /// <summary>The quote-asset volume bought by takers.</summary>
    public decimal TakerBuyQuoteVolume { get; init; }

    /// <summary>When the candle opens, as a date.</summary>
    [JsonIgnore]
    public DateTimeOffset OpenTimeUtc => DateTimeOffset.FromUnixTimeMilliseconds(OpenTime);
}

/// <summary>Reads a <see cref="SpotKline"/> from its array form (and writes it back the same way).</summary>
public sealed class KlineJsonConverter : JsonConverter<SpotKline>
{
    /// <inheritdoc />
    public override SpotKline Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("A kline must be an array [openTime, open, high, low, close, volume, closeTime, …].");
        }

        var kline = new SpotKline
        {
            OpenTime = NextLong(ref reader),
            Open = NextDecimal(ref reader),
            High = NextDecimal(ref reader),
            Low = NextDecimal(ref reader),
            Close = NextDecimal(ref reader),
            Volume = NextDecimal(ref reader),
            CloseTime = NextLong(ref reader),
            QuoteVolume = NextDecimal(ref reader),
            TradeCount = NextLong(ref reader),
            TakerBuyBaseVolume = NextDecimal(ref reader),
            TakerBuyQuoteVolume = NextDecimal(ref reader),
        };

        // The 12th element is documented as unused ("0"); anything after it is tolerated too.
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            reader.Skip();
        }

        return kline;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, SpotKline value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.OpenTime);
        JsonDecimal.Write(writer, value.Open);
        JsonDecimal.Write(writer, value.High);
        JsonDecimal.Write(writer, value.Low);
        JsonDecimal.Write(writer, value.Close);
        JsonDecimal.Write(writer, value.Volume);
        writer.WriteNumberValue(value.CloseTime);
        JsonDecimal.Write(writer, value.QuoteVolume);
        writer.WriteNumberValue(value.TradeCount);
        JsonDecimal.Write(writer, value.TakerBuyBaseVolume);
        JsonDecimal.Write(writer, value.TakerBuyQuoteVolume);
        writer.WriteStringValue("0");
        writer.WriteEndArray();
    }

    private static long NextLong(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        return JsonDecimal.ReadLong(ref reader);
    }

    private static decimal NextDecimal(ref Utf8JsonReader reader)
    {
        Next(ref reader);
        return JsonDecimal.Read(ref reader);
    }

    private static void Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndArray)
        {
            throw new JsonException("A kline array has fewer than the 11 values it needs.");
        }
    }
}
