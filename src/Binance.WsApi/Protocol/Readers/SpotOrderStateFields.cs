using System.Text.Json;

namespace Binance.WsApi.Protocol.Readers;

/// <summary>
/// The non-nullable state an order report carries in <see cref="SpotOrder"/> and <see cref="SpotCanceledOrder"/>
/// (quantities, status, type, side), while it is read. Missing fields keep their defaults, as in the generated reader.
/// </summary>
internal struct SpotOrderStateFields
{
    public decimal Price;
    public decimal OrigQty;
    public decimal ExecutedQty;
    public decimal CumulativeQuoteQty;
    public decimal OrigQuoteOrderQty;
    public OrderStatus Status;
    public TimeInForce TimeInForce;
    public OrderType Type;
    public OrderSide Side;
    public SelfTradePreventionMode SelfTradePreventionMode;

    /// <summary>Reads the property the reader stands on when it is one of these; false (reader unmoved) otherwise.</summary>
    public bool TryRead(ref Utf8JsonReader reader)
    {
        if (reader.ValueTextEquals("price"u8))
        {
            reader.Read();
            Price = JsonField.Decimal(ref reader);
        }
        else if (reader.ValueTextEquals("origQty"u8))
        {
            reader.Read();
            OrigQty = JsonField.Decimal(ref reader);
        }
        else if (reader.ValueTextEquals("executedQty"u8))
        {
            reader.Read();
            ExecutedQty = JsonField.Decimal(ref reader);
        }
        else if (reader.ValueTextEquals("cummulativeQuoteQty"u8))
        {
            reader.Read();
            CumulativeQuoteQty = JsonField.Decimal(ref reader);
        }
        else if (reader.ValueTextEquals("origQuoteOrderQty"u8))
        {
            reader.Read();
            OrigQuoteOrderQty = JsonField.Decimal(ref reader);
        }
        else if (reader.ValueTextEquals("status"u8))
        {
            reader.Read();
            Status = JsonField.Enum<OrderStatus>(ref reader);
        }
        else if (reader.ValueTextEquals("timeInForce"u8))
        {
            reader.Read();
            TimeInForce = JsonField.Enum<TimeInForce>(ref reader);
        }
        else if (reader.ValueTextEquals("type"u8))
        {
            reader.Read();
            Type = JsonField.Enum<OrderType>(ref reader);
        }
        else if (reader.ValueTextEquals("side"u8))
        {
            reader.Read();
            Side = JsonField.Enum<OrderSide>(ref reader);
        }
        else if (reader.ValueTextEquals("selfTradePreventionMode"u8))
        {
            reader.Read();
            SelfTradePreventionMode = JsonField.Enum<SelfTradePreventionMode>(ref reader);
        }
        else
        {
            return false;
        }

        return true;
    }
}
