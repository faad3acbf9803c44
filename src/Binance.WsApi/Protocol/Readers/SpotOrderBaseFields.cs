using System.Text.Json;

namespace Binance.WsApi.Protocol.Readers;

/// <summary>
/// The <see cref="SpotOrderBase"/> properties while an order report is read. A field missing from the JSON keeps its
/// default (null, 0), which is what the source-generated reader passed for a missing <c>init</c> property too.
/// </summary>
internal struct SpotOrderBaseFields
{
    public string? Symbol;
    public long OrderId;
    public long OrderListId;
    public string? ClientOrderId;
    public decimal? IcebergQty;
    public decimal? StopPrice;
    public int? TrailingDelta;
    public long? TrailingTime;
    public long? StrategyId;
    public int? StrategyType;
    public long? PreventedMatchId;
    public decimal? PreventedQuantity;
    public bool? UsedSor;
    public WorkingFloor? WorkingFloor;
    public PegPriceType? PegPriceType;
    public PegOffsetType? PegOffsetType;
    public int? PegOffsetValue;
    public decimal? PeggedPrice;
    public ExpiryReason? ExpiryReason;

    /// <summary>Reads the property the reader stands on when it is one of the base's; false (reader unmoved) otherwise.</summary>
    public bool TryRead(ref Utf8JsonReader reader)
    {
        if (reader.ValueTextEquals("symbol"u8))
        {
            reader.Read();
            Symbol = JsonField.Pooled(ref reader);
        }
        else if (reader.ValueTextEquals("orderId"u8))
        {
            reader.Read();
            OrderId = JsonField.Int64(ref reader);
        }
        else if (reader.ValueTextEquals("orderListId"u8))
        {
            reader.Read();
            OrderListId = JsonField.Int64(ref reader);
        }
        else if (reader.ValueTextEquals("clientOrderId"u8))
        {
            // Client order ids are unique per order: not pooled, but shared with the request that sent them.
            reader.Read();
            ClientOrderId = JsonField.ClientOrderId(ref reader);
        }
        else
        {
            return TryReadConditional(ref reader);
        }

        return true;
    }

    // The fields Binance adds only when they apply; kept out of TryRead so the common ones are matched first.
    private bool TryReadConditional(ref Utf8JsonReader reader)
    {
        if (reader.ValueTextEquals("icebergQty"u8))
        {
            reader.Read();
            IcebergQty = JsonField.NullableDecimal(ref reader);
        }
        else if (reader.ValueTextEquals("stopPrice"u8))
        {
            reader.Read();
            StopPrice = JsonField.NullableDecimal(ref reader);
        }
        else if (reader.ValueTextEquals("trailingDelta"u8))
        {
            reader.Read();
            TrailingDelta = JsonField.NullableInt32(ref reader);
        }
        else if (reader.ValueTextEquals("trailingTime"u8))
        {
            reader.Read();
            TrailingTime = JsonField.NullableInt64(ref reader);
        }
        else if (reader.ValueTextEquals("strategyId"u8))
        {
            reader.Read();
            StrategyId = JsonField.NullableInt64(ref reader);
        }
        else if (reader.ValueTextEquals("strategyType"u8))
        {
            reader.Read();
            StrategyType = JsonField.NullableInt32(ref reader);
        }
        else if (reader.ValueTextEquals("preventedMatchId"u8))
        {
            reader.Read();
            PreventedMatchId = JsonField.NullableInt64(ref reader);
        }
        else if (reader.ValueTextEquals("preventedQuantity"u8))
        {
            reader.Read();
            PreventedQuantity = JsonField.NullableDecimal(ref reader);
        }
        else if (reader.ValueTextEquals("usedSor"u8))
        {
            reader.Read();
            UsedSor = JsonField.NullableBoolean(ref reader);
        }
        else if (reader.ValueTextEquals("workingFloor"u8))
        {
            reader.Read();
            WorkingFloor = JsonField.NullableEnum<WorkingFloor>(ref reader);
        }
        else if (reader.ValueTextEquals("pegPriceType"u8))
        {
            reader.Read();
            PegPriceType = JsonField.NullableEnum<PegPriceType>(ref reader);
        }
        else if (reader.ValueTextEquals("pegOffsetType"u8))
        {
            reader.Read();
            PegOffsetType = JsonField.NullableEnum<PegOffsetType>(ref reader);
        }
        else if (reader.ValueTextEquals("pegOffsetValue"u8))
        {
            reader.Read();
            PegOffsetValue = JsonField.NullableInt32(ref reader);
        }
        else if (reader.ValueTextEquals("peggedPrice"u8))
        {
            reader.Read();
            PeggedPrice = JsonField.NullableDecimal(ref reader);
        }
        else if (reader.ValueTextEquals("expiryReason"u8))
        {
            reader.Read();
            ExpiryReason = JsonField.NullableEnum<ExpiryReason>(ref reader);
        }
        else
        {
            return false;
        }

        return true;
    }
}
