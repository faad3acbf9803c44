using System.Text.Json;
using System.Text.Json.Serialization;

namespace Binance.WsApi.Protocol.Readers;

/// <summary>Reads a <see cref="SpotCanceledOrder"/> (<c>order.cancel</c>, <c>openOrders.cancelAll</c>, list legs) in one pass.</summary>
internal sealed class SpotCanceledOrderReader : JsonConverter<SpotCanceledOrder>
{
    public override SpotCanceledOrder Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonField.ExpectObject(ref reader, nameof(SpotCanceledOrder));
        SpotOrderBaseFields b = default;
        SpotOrderStateFields s = default;
        string? origClientOrderId = null;
        long transactTime = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (b.TryRead(ref reader) || s.TryRead(ref reader))
            {
                continue;
            }

            if (reader.ValueTextEquals("origClientOrderId"u8))
            {
                reader.Read();
                origClientOrderId = JsonField.String(ref reader);
            }
            else if (reader.ValueTextEquals("transactTime"u8))
            {
                reader.Read();
                transactTime = JsonField.Int64(ref reader);
            }
            else
            {
                JsonField.SkipValue(ref reader);
            }
        }

        return new SpotCanceledOrder(b)
        {
            OrigClientOrderId = origClientOrderId,
            TransactTime = transactTime,
            Price = s.Price,
            OrigQty = s.OrigQty,
            ExecutedQty = s.ExecutedQty,
            OrigQuoteOrderQty = s.OrigQuoteOrderQty,
            CumulativeQuoteQty = s.CumulativeQuoteQty,
            Status = s.Status,
            TimeInForce = s.TimeInForce,
            Type = s.Type,
            Side = s.Side,
            SelfTradePreventionMode = s.SelfTradePreventionMode,
        };
    }

    public override void Write(Utf8JsonWriter writer, SpotCanceledOrder value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, GeneratedModelsJsonContext.Default.SpotCanceledOrder);
}
