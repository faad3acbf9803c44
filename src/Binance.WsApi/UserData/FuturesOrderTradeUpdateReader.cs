using System.Text.Json;
using System.Text.Json.Serialization;
using Binance.WsApi.Protocol;
using Binance.WsApi.Protocol.Readers;

namespace Binance.WsApi.UserData;

/// <summary>
/// Reads a <see cref="FuturesOrderTradeUpdateEvent"/> and its <see cref="FuturesOrderUpdate"/> in one pass, names
/// matched case-sensitively (<c>T</c>/<c>t</c>, <c>S</c>/<c>s</c>, …). Hand-written for the same reason as
/// <see cref="ExecutionReportReader"/>: it is the event of every futures order change.
/// </summary>
internal sealed class FuturesOrderTradeUpdateReader : JsonConverter<FuturesOrderTradeUpdateEvent>
{
    public override FuturesOrderTradeUpdateEvent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonField.ExpectObject(ref reader, nameof(FuturesOrderTradeUpdateEvent));
        string? eventType = null;
        long eventTime = 0, transactionTime = 0;
        FuturesOrderUpdate? order = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("e"u8))
            {
                reader.Read();
                eventType = JsonField.Pooled(ref reader);
            }
            else if (reader.ValueTextEquals("E"u8))
            {
                reader.Read();
                eventTime = JsonField.Int64(ref reader);
            }
            else if (reader.ValueTextEquals("T"u8))
            {
                reader.Read();
                transactionTime = JsonField.Int64(ref reader);
            }
            else if (reader.ValueTextEquals("o"u8))
            {
                reader.Read();
                order = reader.TokenType == JsonTokenType.Null ? null : ReadOrder(ref reader);
            }
            else
            {
                JsonField.SkipValue(ref reader);
            }
        }

        return new FuturesOrderTradeUpdateEvent { EventType = eventType!, EventTime = eventTime, TransactionTime = transactionTime, Order = order! };
    }

    public override void Write(Utf8JsonWriter writer, FuturesOrderTradeUpdateEvent value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, GeneratedModelsJsonContext.Default.FuturesOrderTradeUpdateEvent);

    private static FuturesOrderUpdate ReadOrder(ref Utf8JsonReader reader)
    {
        JsonField.ExpectObject(ref reader, nameof(FuturesOrderUpdate));
        string? symbol = null, clientOrderId = null, side = null, orderType = null, timeInForce = null, executionType = null, status = null;
        string? commissionAsset = null, workingType = null, originalType = null, positionSide = null, stp = null, priceMatch = null;
        decimal quantity = 0, price = 0, averagePrice = 0, stopPrice = 0, lastQty = 0, cumQty = 0, lastPrice = 0, commission = 0;
        decimal bids = 0, asks = 0, realized = 0;
        long orderId = 0, tradeTime = 0, tradeId = 0, si = 0, ss = 0, gtd = 0;
        bool isMaker = false, reduceOnly = false, closePosition = false, priceProtect = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            ReadOnlySpan<byte> name = JsonField.Name(ref reader);
            reader.Read();
            if (name.Length == 1)
            {
                switch (name[0])
                {
                    case (byte)'s': symbol = JsonField.Pooled(ref reader); break;
                    case (byte)'c': clientOrderId = JsonField.ClientOrderId(ref reader); break;
                    case (byte)'S': side = JsonField.Pooled(ref reader); break;
                    case (byte)'o': orderType = JsonField.Pooled(ref reader); break;
                    case (byte)'f': timeInForce = JsonField.Pooled(ref reader); break;
                    case (byte)'q': quantity = JsonField.Decimal(ref reader); break;
                    case (byte)'p': price = JsonField.Decimal(ref reader); break;
                    case (byte)'x': executionType = JsonField.Pooled(ref reader); break;
                    case (byte)'X': status = JsonField.Pooled(ref reader); break;
                    case (byte)'i': orderId = JsonField.Int64(ref reader); break;
                    case (byte)'l': lastQty = JsonField.Decimal(ref reader); break;
                    case (byte)'z': cumQty = JsonField.Decimal(ref reader); break;
                    case (byte)'L': lastPrice = JsonField.Decimal(ref reader); break;
                    case (byte)'N': commissionAsset = JsonField.Pooled(ref reader); break;
                    case (byte)'n': commission = JsonField.Decimal(ref reader); break;
                    case (byte)'T': tradeTime = JsonField.Int64(ref reader); break;
                    case (byte)'t': tradeId = JsonField.Int64(ref reader); break;
                    case (byte)'b': bids = JsonField.Decimal(ref reader); break;
                    case (byte)'a': asks = JsonField.Decimal(ref reader); break;
                    case (byte)'m': isMaker = JsonField.Boolean(ref reader); break;
                    case (byte)'R': reduceOnly = JsonField.Boolean(ref reader); break;
                    case (byte)'V': stp = JsonField.Pooled(ref reader); break;
                    default: reader.Skip(); break;
                }
            }
            else if (name.SequenceEqual("ap"u8))
            {
                averagePrice = JsonField.Decimal(ref reader);
            }
            else if (name.SequenceEqual("sp"u8))
            {
                stopPrice = JsonField.Decimal(ref reader);
            }
            else if (name.SequenceEqual("wt"u8))
            {
                workingType = JsonField.Pooled(ref reader);
            }
            else if (name.SequenceEqual("ot"u8))
            {
                originalType = JsonField.Pooled(ref reader);
            }
            else if (name.SequenceEqual("ps"u8))
            {
                positionSide = JsonField.Pooled(ref reader);
            }
            else if (name.SequenceEqual("cp"u8))
            {
                closePosition = JsonField.Boolean(ref reader);
            }
            else if (name.SequenceEqual("rp"u8))
            {
                realized = JsonField.Decimal(ref reader);
            }
            else if (name.SequenceEqual("pP"u8))
            {
                priceProtect = JsonField.Boolean(ref reader);
            }
            else if (name.SequenceEqual("si"u8))
            {
                si = JsonField.Int64(ref reader);
            }
            else if (name.SequenceEqual("ss"u8))
            {
                ss = JsonField.Int64(ref reader);
            }
            else if (name.SequenceEqual("pm"u8))
            {
                priceMatch = JsonField.Pooled(ref reader);
            }
            else if (name.SequenceEqual("gtd"u8))
            {
                gtd = JsonField.Int64(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return new FuturesOrderUpdate
        {
            Symbol = symbol!,
            ClientOrderId = clientOrderId!,
            Side = side!,
            OrderType = orderType!,
            TimeInForce = timeInForce!,
            OriginalQuantity = quantity,
            OriginalPrice = price,
            AveragePrice = averagePrice,
            StopPrice = stopPrice,
            ExecutionType = executionType!,
            OrderStatus = status!,
            OrderId = orderId,
            LastFilledQuantity = lastQty,
            CumulativeFilledQuantity = cumQty,
            LastFilledPrice = lastPrice,
            CommissionAsset = commissionAsset,
            Commission = commission,
            TradeTime = tradeTime,
            TradeId = tradeId,
            BidsNotional = bids,
            AsksNotional = asks,
            IsMaker = isMaker,
            IsReduceOnly = reduceOnly,
            WorkingType = workingType,
            OriginalOrderType = originalType,
            PositionSide = positionSide,
            ClosePosition = closePosition,
            RealizedProfit = realized,
            PriceProtect = priceProtect,
            Si = si,
            Ss = ss,
            SelfTradePreventionMode = stp,
            PriceMatch = priceMatch,
            GoodTillDate = gtd,
        };
    }
}
