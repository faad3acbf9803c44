using System.Text.Json;
using System.Text.Json.Serialization;
using Binance.WsApi.Protocol;
using Binance.WsApi.Protocol.Readers;

namespace Binance.WsApi.UserData;

/// <summary>
/// Reads an <see cref="ExecutionReportEvent"/> in one pass, dispatching on the one-letter names (case-sensitive:
/// <c>c</c>/<c>C</c>, <c>p</c>/<c>P</c>, … are different fields). Hand-written because it is the event of every order
/// change; the generated reader boxed all 35 <c>init</c> properties.
/// </summary>
internal sealed class ExecutionReportReader : JsonConverter<ExecutionReportEvent>
{
    public override ExecutionReportEvent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonField.ExpectObject(ref reader, nameof(ExecutionReportEvent));
        string? eventType = null, symbol = null, clientOrderId = null, origClientOrderId = null, executionType = null, rejectReason = null, commissionAsset = null;
        long eventTime = 0, orderListId = 0, orderId = 0, transactionTime = 0, tradeId = 0, executionId = 0, creationTime = 0;
        long? preventedMatchId = null, workingTime = null;
        OrderSide side = default;
        OrderType orderType = default;
        TimeInForce timeInForce = default;
        OrderStatus status = default;
        SelfTradePreventionMode stp = default;
        ExpiryReason? expiryReason = null;
        decimal quantity = 0, price = 0, stopPrice = 0, iceberg = 0, lastQty = 0, cumQty = 0, lastPrice = 0, commission = 0, cumQuote = 0, lastQuote = 0, quoteOrderQty = 0;
        bool isWorking = false, isMaker = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            ReadOnlySpan<byte> name = JsonField.Name(ref reader);
            if (name.Length == 2 && name[0] == (byte)'e' && name[1] == (byte)'R')
            {
                reader.Read();
                expiryReason = JsonField.NullableEnum<ExpiryReason>(ref reader);
                continue;
            }

            if (name.Length != 1)
            {
                JsonField.SkipValue(ref reader);
                continue;
            }

            reader.Read();
            switch (name[0])
            {
                case (byte)'e': eventType = JsonField.Pooled(ref reader); break;
                case (byte)'E': eventTime = JsonField.Int64(ref reader); break;
                case (byte)'s': symbol = JsonField.Pooled(ref reader); break;
                case (byte)'c': clientOrderId = JsonField.ClientOrderId(ref reader); break;
                case (byte)'S': side = JsonField.Enum<OrderSide>(ref reader); break;
                case (byte)'o': orderType = JsonField.Enum<OrderType>(ref reader); break;
                case (byte)'f': timeInForce = JsonField.Enum<TimeInForce>(ref reader); break;
                case (byte)'q': quantity = JsonField.Decimal(ref reader); break;
                case (byte)'p': price = JsonField.Decimal(ref reader); break;
                case (byte)'P': stopPrice = JsonField.Decimal(ref reader); break;
                case (byte)'F': iceberg = JsonField.Decimal(ref reader); break;
                case (byte)'g': orderListId = JsonField.Int64(ref reader); break;
                case (byte)'C': origClientOrderId = JsonField.String(ref reader); break;
                case (byte)'x': executionType = JsonField.Pooled(ref reader); break;
                case (byte)'X': status = JsonField.Enum<OrderStatus>(ref reader); break;
                case (byte)'r': rejectReason = JsonField.Pooled(ref reader); break;
                case (byte)'i': orderId = JsonField.Int64(ref reader); break;
                case (byte)'l': lastQty = JsonField.Decimal(ref reader); break;
                case (byte)'z': cumQty = JsonField.Decimal(ref reader); break;
                case (byte)'L': lastPrice = JsonField.Decimal(ref reader); break;
                case (byte)'n': commission = JsonField.Decimal(ref reader); break;
                case (byte)'N': commissionAsset = JsonField.Pooled(ref reader); break;
                case (byte)'T': transactionTime = JsonField.Int64(ref reader); break;
                case (byte)'t': tradeId = JsonField.Int64(ref reader); break;
                case (byte)'v': preventedMatchId = JsonField.NullableInt64(ref reader); break;
                case (byte)'I': executionId = JsonField.Int64(ref reader); break;
                case (byte)'w': isWorking = JsonField.Boolean(ref reader); break;
                case (byte)'m': isMaker = JsonField.Boolean(ref reader); break;
                case (byte)'O': creationTime = JsonField.Int64(ref reader); break;
                case (byte)'Z': cumQuote = JsonField.Decimal(ref reader); break;
                case (byte)'Y': lastQuote = JsonField.Decimal(ref reader); break;
                case (byte)'Q': quoteOrderQty = JsonField.Decimal(ref reader); break;
                case (byte)'W': workingTime = JsonField.NullableInt64(ref reader); break;
                case (byte)'V': stp = JsonField.Enum<SelfTradePreventionMode>(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return new ExecutionReportEvent
        {
            EventType = eventType!,
            EventTime = eventTime,
            Symbol = symbol!,
            ClientOrderId = clientOrderId!,
            Side = side,
            OrderType = orderType,
            TimeInForce = timeInForce,
            Quantity = quantity,
            Price = price,
            StopPrice = stopPrice,
            IcebergQuantity = iceberg,
            OrderListId = orderListId,
            OriginalClientOrderId = origClientOrderId,
            ExecutionType = executionType!,
            OrderStatus = status,
            RejectReason = rejectReason!,
            OrderId = orderId,
            LastExecutedQuantity = lastQty,
            CumulativeFilledQuantity = cumQty,
            LastExecutedPrice = lastPrice,
            Commission = commission,
            CommissionAsset = commissionAsset,
            TransactionTime = transactionTime,
            TradeId = tradeId,
            PreventedMatchId = preventedMatchId,
            ExecutionId = executionId,
            IsWorking = isWorking,
            IsMaker = isMaker,
            OrderCreationTime = creationTime,
            CumulativeQuoteQuantity = cumQuote,
            LastQuoteQuantity = lastQuote,
            QuoteOrderQuantity = quoteOrderQty,
            WorkingTime = workingTime,
            SelfTradePreventionMode = stp,
            ExpiryReason = expiryReason,
        };
    }

    public override void Write(Utf8JsonWriter writer, ExecutionReportEvent value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, GeneratedModelsJsonContext.Default.ExecutionReportEvent);
}
