using System.Text.Json;
using System.Text.Json.Serialization;

namespace Binance.WsApi.Protocol.Readers;

/// <summary>
/// Reads a <see cref="SpotOrderResult"/> (ACK, RESULT or FULL) in one pass. Hand-written because it is on every order
/// placement: the source-generated reader boxes every <c>init</c> property into an argument array first. Writing goes
/// through the generated metadata, so the written form is unchanged.
/// </summary>
internal sealed class SpotOrderResultReader : JsonConverter<SpotOrderResult>
{
    public override SpotOrderResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonField.ExpectObject(ref reader, nameof(SpotOrderResult));
        SpotOrderBaseFields b = default;
        long transactTime = 0;
        decimal? price = null, origQty = null, executedQty = null, origQuoteOrderQty = null, cumulativeQuoteQty = null;
        OrderStatus? status = null;
        TimeInForce? timeInForce = null;
        OrderType? type = null;
        OrderSide? side = null;
        long? workingTime = null;
        SelfTradePreventionMode? stp = null;
        IReadOnlyList<SpotOrderFill>? fills = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (b.TryRead(ref reader))
            {
                continue;
            }

            if (reader.ValueTextEquals("transactTime"u8))
            {
                reader.Read();
                transactTime = JsonField.Int64(ref reader);
            }
            else if (reader.ValueTextEquals("price"u8))
            {
                reader.Read();
                price = JsonField.NullableDecimal(ref reader);
            }
            else if (reader.ValueTextEquals("origQty"u8))
            {
                reader.Read();
                origQty = JsonField.NullableDecimal(ref reader);
            }
            else if (reader.ValueTextEquals("executedQty"u8))
            {
                reader.Read();
                executedQty = JsonField.NullableDecimal(ref reader);
            }
            else if (reader.ValueTextEquals("origQuoteOrderQty"u8))
            {
                reader.Read();
                origQuoteOrderQty = JsonField.NullableDecimal(ref reader);
            }
            else if (reader.ValueTextEquals("cummulativeQuoteQty"u8))
            {
                reader.Read();
                cumulativeQuoteQty = JsonField.NullableDecimal(ref reader);
            }
            else if (reader.ValueTextEquals("status"u8))
            {
                reader.Read();
                status = JsonField.NullableEnum<OrderStatus>(ref reader);
            }
            else if (reader.ValueTextEquals("timeInForce"u8))
            {
                reader.Read();
                timeInForce = JsonField.NullableEnum<TimeInForce>(ref reader);
            }
            else if (reader.ValueTextEquals("type"u8))
            {
                reader.Read();
                type = JsonField.NullableEnum<OrderType>(ref reader);
            }
            else if (reader.ValueTextEquals("side"u8))
            {
                reader.Read();
                side = JsonField.NullableEnum<OrderSide>(ref reader);
            }
            else if (reader.ValueTextEquals("workingTime"u8))
            {
                reader.Read();
                workingTime = JsonField.NullableInt64(ref reader);
            }
            else if (reader.ValueTextEquals("selfTradePreventionMode"u8))
            {
                reader.Read();
                stp = JsonField.NullableEnum<SelfTradePreventionMode>(ref reader);
            }
            else if (reader.ValueTextEquals("fills"u8))
            {
                reader.Read();
                fills = ReadFills(ref reader);
            }
            else
            {
                JsonField.SkipValue(ref reader);
            }
        }

        return new SpotOrderResult(b)
        {
            TransactTime = transactTime,
            Price = price,
            OrigQty = origQty,
            ExecutedQty = executedQty,
            OrigQuoteOrderQty = origQuoteOrderQty,
            CumulativeQuoteQty = cumulativeQuoteQty,
            Status = status,
            TimeInForce = timeInForce,
            Type = type,
            Side = side,
            WorkingTime = workingTime,
            SelfTradePreventionMode = stp,
            Fills = fills!,
        };
    }

    public override void Write(Utf8JsonWriter writer, SpotOrderResult value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, GeneratedModelsJsonContext.Default.SpotOrderResult);

    // null for a JSON null (the model then reports no fills); the array is sized by a look-ahead pass.
    private static SpotOrderFill[]? ReadFills(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        int count = JsonArrays.Count(reader, "fills");
        var fills = count == 0 ? [] : new SpotOrderFill[count];
        for (int i = 0; i < count; i++)
        {
            reader.Read();
            fills[i] = ReadFill(ref reader);
        }

        reader.Read(); // the array's end
        return fills;
    }

    private static SpotOrderFill ReadFill(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null!;
        }

        JsonField.ExpectObject(ref reader, nameof(SpotOrderFill));
        decimal price = 0, quantity = 0, commission = 0;
        string? commissionAsset = null;
        long tradeId = 0;
        SorMatchType? matchType = null;
        long? allocId = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("price"u8))
            {
                reader.Read();
                price = JsonField.Decimal(ref reader);
            }
            else if (reader.ValueTextEquals("qty"u8))
            {
                reader.Read();
                quantity = JsonField.Decimal(ref reader);
            }
            else if (reader.ValueTextEquals("commission"u8))
            {
                reader.Read();
                commission = JsonField.Decimal(ref reader);
            }
            else if (reader.ValueTextEquals("commissionAsset"u8))
            {
                reader.Read();
                commissionAsset = JsonField.Pooled(ref reader);
            }
            else if (reader.ValueTextEquals("tradeId"u8))
            {
                reader.Read();
                tradeId = JsonField.Int64(ref reader);
            }
            else if (reader.ValueTextEquals("matchType"u8))
            {
                reader.Read();
                matchType = JsonField.NullableEnum<SorMatchType>(ref reader);
            }
            else if (reader.ValueTextEquals("allocId"u8))
            {
                reader.Read();
                allocId = JsonField.NullableInt64(ref reader);
            }
            else
            {
                JsonField.SkipValue(ref reader);
            }
        }

        return new SpotOrderFill
        {
            Price = price,
            Quantity = quantity,
            Commission = commission,
            CommissionAsset = commissionAsset!,
            TradeId = tradeId,
            MatchType = matchType,
            AllocId = allocId,
        };
    }
}
