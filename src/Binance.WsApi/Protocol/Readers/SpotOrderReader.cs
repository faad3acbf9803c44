using System.Text.Json;
using System.Text.Json.Serialization;

namespace Binance.WsApi.Protocol.Readers;

/// <summary>Reads a <see cref="SpotOrder"/> (<c>order.status</c>, <c>openOrders.status</c>, <c>allOrders</c>) in one pass.</summary>
internal sealed class SpotOrderReader : JsonConverter<SpotOrder>
{
    public override SpotOrder Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonField.ExpectObject(ref reader, nameof(SpotOrder));
        SpotOrderBaseFields b = default;
        SpotOrderStateFields s = default;
        long time = 0, updateTime = 0, workingTime = 0;
        bool isWorking = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (b.TryRead(ref reader) || s.TryRead(ref reader))
            {
                continue;
            }

            if (reader.ValueTextEquals("time"u8))
            {
                reader.Read();
                time = JsonField.Int64(ref reader);
            }
            else if (reader.ValueTextEquals("updateTime"u8))
            {
                reader.Read();
                updateTime = JsonField.Int64(ref reader);
            }
            else if (reader.ValueTextEquals("isWorking"u8))
            {
                reader.Read();
                isWorking = JsonField.Boolean(ref reader);
            }
            else if (reader.ValueTextEquals("workingTime"u8))
            {
                reader.Read();
                workingTime = JsonField.Int64(ref reader);
            }
            else
            {
                JsonField.SkipValue(ref reader);
            }
        }

        return new SpotOrder(b)
        {
            Price = s.Price,
            OrigQty = s.OrigQty,
            ExecutedQty = s.ExecutedQty,
            CumulativeQuoteQty = s.CumulativeQuoteQty,
            OrigQuoteOrderQty = s.OrigQuoteOrderQty,
            Status = s.Status,
            TimeInForce = s.TimeInForce,
            Type = s.Type,
            Side = s.Side,
            SelfTradePreventionMode = s.SelfTradePreventionMode,
            Time = time,
            UpdateTime = updateTime,
            IsWorking = isWorking,
            WorkingTime = workingTime,
        };
    }

    public override void Write(Utf8JsonWriter writer, SpotOrder value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, GeneratedModelsJsonContext.Default.SpotOrder);
}
