using System.Text.Json;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Market;

/// <summary>
/// A symbol filter (docs/protocol.md §8.9) with typed values, so the matching engine can evaluate it, and a writer for
/// its exchangeInfo JSON. A value of 0 means "disabled" where Binance says so.
/// </summary>
internal abstract record SymbolFilter(string FilterType)
{
    public void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("filterType", FilterType);
        WriteFields(writer);
        writer.WriteEndObject();
    }

    protected abstract void WriteFields(Utf8JsonWriter writer);
}

/// <summary>PRICE_FILTER. PlainText: futures print values unpadded ("0.10" → "0.1"); spot pads to eight places.</summary>
internal sealed record PriceFilter(decimal MinPrice, decimal MaxPrice, decimal TickSize, bool PlainText = false) : SymbolFilter("PRICE_FILTER")
{
    protected override void WriteFields(Utf8JsonWriter w)
    {
        Func<decimal, string> text = PlainText ? DecimalText.Plain : DecimalText.F8;
        w.WriteString("minPrice", text(MinPrice));
        w.WriteString("maxPrice", text(MaxPrice));
        w.WriteString("tickSize", text(TickSize));
    }
}

/// <summary>LOT_SIZE or MARKET_LOT_SIZE (same fields).</summary>
internal sealed record LotSizeFilter(string Type, decimal MinQty, decimal MaxQty, decimal StepSize, bool PlainText = false) : SymbolFilter(Type)
{
    public static LotSizeFilter Lot(decimal min, decimal max, decimal step, bool plain = false) => new("LOT_SIZE", min, max, step, plain);

    public static LotSizeFilter MarketLot(decimal min, decimal max, decimal step, bool plain = false) => new("MARKET_LOT_SIZE", min, max, step, plain);

    protected override void WriteFields(Utf8JsonWriter w)
    {
        Func<decimal, string> text = PlainText ? DecimalText.Plain : DecimalText.F8;
        w.WriteString("minQty", text(MinQty));
        w.WriteString("maxQty", text(MaxQty));
        w.WriteString("stepSize", text(StepSize));
    }
}

internal sealed record IcebergPartsFilter(int Limit) : SymbolFilter("ICEBERG_PARTS")
{
    protected override void WriteFields(Utf8JsonWriter w) => w.WriteNumber("limit", Limit);
}

internal sealed record TrailingDeltaFilter(int MinAbove, int MaxAbove, int MinBelow, int MaxBelow) : SymbolFilter("TRAILING_DELTA")
{
    protected override void WriteFields(Utf8JsonWriter w)
    {
        w.WriteNumber("minTrailingAboveDelta", MinAbove);
        w.WriteNumber("maxTrailingAboveDelta", MaxAbove);
        w.WriteNumber("minTrailingBelowDelta", MinBelow);
        w.WriteNumber("maxTrailingBelowDelta", MaxBelow);
    }
}

internal sealed record PercentPriceBySideFilter(
    decimal BidMultiplierUp, decimal BidMultiplierDown, decimal AskMultiplierUp, decimal AskMultiplierDown, int AvgPriceMins)
    : SymbolFilter("PERCENT_PRICE_BY_SIDE")
{
    protected override void WriteFields(Utf8JsonWriter w)
    {
        w.WriteString("bidMultiplierUp", DecimalText.Plain(BidMultiplierUp));
        w.WriteString("bidMultiplierDown", DecimalText.Plain(BidMultiplierDown));
        w.WriteString("askMultiplierUp", DecimalText.Plain(AskMultiplierUp));
        w.WriteString("askMultiplierDown", DecimalText.Plain(AskMultiplierDown));
        w.WriteNumber("avgPriceMins", AvgPriceMins);
    }
}

internal sealed record NotionalFilter(
    decimal MinNotional, bool ApplyMinToMarket, decimal MaxNotional, bool ApplyMaxToMarket, int AvgPriceMins)
    : SymbolFilter("NOTIONAL")
{
    protected override void WriteFields(Utf8JsonWriter w)
    {
        w.WriteString("minNotional", DecimalText.F8(MinNotional));
        w.WriteBoolean("applyMinToMarket", ApplyMinToMarket);
        w.WriteString("maxNotional", DecimalText.F8(MaxNotional));
        w.WriteBoolean("applyMaxToMarket", ApplyMaxToMarket);
        w.WriteNumber("avgPriceMins", AvgPriceMins);
    }
}

/// <summary>The older MIN_NOTIONAL filter, still shown on some symbols.</summary>
internal sealed record MinNotionalFilter(decimal MinNotional, bool ApplyToMarket, int AvgPriceMins) : SymbolFilter("MIN_NOTIONAL")
{
    protected override void WriteFields(Utf8JsonWriter w)
    {
        w.WriteString("minNotional", DecimalText.F8(MinNotional));
        w.WriteBoolean("applyToMarket", ApplyToMarket);
        w.WriteNumber("avgPriceMins", AvgPriceMins);
    }
}

/// <summary>Count limits: MAX_NUM_ORDERS, MAX_NUM_ALGO_ORDERS, MAX_NUM_ICEBERG_ORDERS, MAX_NUM_ORDER_LISTS, MAX_NUM_ORDER_AMENDS.</summary>
internal sealed record CountFilter(string Type, string FieldName, int Limit) : SymbolFilter(Type)
{
    public static CountFilter MaxNumOrders(int n) => new("MAX_NUM_ORDERS", "maxNumOrders", n);

    public static CountFilter MaxNumAlgoOrders(int n) => new("MAX_NUM_ALGO_ORDERS", "maxNumAlgoOrders", n);

    public static CountFilter MaxNumIcebergOrders(int n) => new("MAX_NUM_ICEBERG_ORDERS", "maxNumIcebergOrders", n);

    public static CountFilter MaxNumOrderLists(int n) => new("MAX_NUM_ORDER_LISTS", "maxNumOrderLists", n);

    public static CountFilter MaxNumOrderAmends(int n) => new("MAX_NUM_ORDER_AMENDS", "maxNumOrderAmends", n);

    protected override void WriteFields(Utf8JsonWriter w) => w.WriteNumber(FieldName, Limit);
}

/// <summary>Futures PERCENT_PRICE (multipliers with four places, as fapi prints them).</summary>
internal sealed record FuturesPercentPriceFilter(decimal MultiplierUp, decimal MultiplierDown, int MultiplierDecimal)
    : SymbolFilter("PERCENT_PRICE")
{
    protected override void WriteFields(Utf8JsonWriter w)
    {
        w.WriteString("multiplierUp", DecimalText.Fixed(MultiplierUp, 4));
        w.WriteString("multiplierDown", DecimalText.Fixed(MultiplierDown, 4));
        w.WriteString("multiplierDecimal", MultiplierDecimal.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}

/// <summary>Futures MIN_NOTIONAL: a single "notional" field.</summary>
internal sealed record FuturesMinNotionalFilter(decimal Notional) : SymbolFilter("MIN_NOTIONAL")
{
    protected override void WriteFields(Utf8JsonWriter w) => w.WriteString("notional", DecimalText.Plain(Notional));
}
