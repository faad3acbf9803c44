using System.Text.Json;
using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>
/// A symbol or exchange filter from <c>exchangeInfo</c>. One flat record for every filter type: the properties of
/// the filter's <see cref="FilterType"/> are set, the others are null, and fields this library does not know yet are
/// kept in <see cref="ExtensionData"/>, so a new filter never breaks parsing.
/// </summary>
public sealed record SpotSymbolFilter
{
    /// <summary>The filter type, for example <c>PRICE_FILTER</c>, <c>LOT_SIZE</c>, <c>NOTIONAL</c>.</summary>
    public string FilterType { get; init; } = string.Empty;

    /// <summary>PRICE_FILTER: lowest price.</summary>
    public decimal? MinPrice { get; init; }

    /// <summary>PRICE_FILTER: highest price.</summary>
    public decimal? MaxPrice { get; init; }

    /// <summary>PRICE_FILTER: price step.</summary>
    public decimal? TickSize { get; init; }

    /// <summary>LOT_SIZE / MARKET_LOT_SIZE: lowest quantity.</summary>
    public decimal? MinQty { get; init; }

    /// <summary>LOT_SIZE / MARKET_LOT_SIZE: highest quantity.</summary>
    public decimal? MaxQty { get; init; }

    /// <summary>LOT_SIZE / MARKET_LOT_SIZE: quantity step.</summary>
    public decimal? StepSize { get; init; }

    /// <summary>MIN_NOTIONAL / NOTIONAL: lowest price × quantity.</summary>
    public decimal? MinNotional { get; init; }

    /// <summary>NOTIONAL: highest price × quantity.</summary>
    public decimal? MaxNotional { get; init; }

    /// <summary>MIN_NOTIONAL: whether the filter applies to market orders.</summary>
    public bool? ApplyToMarket { get; init; }

    /// <summary>NOTIONAL: whether the minimum applies to market orders.</summary>
    public bool? ApplyMinToMarket { get; init; }

    /// <summary>NOTIONAL: whether the maximum applies to market orders.</summary>
    public bool? ApplyMaxToMarket { get; init; }

    /// <summary>MIN_NOTIONAL / NOTIONAL / PERCENT_PRICE: minutes of the average price used.</summary>
    public int? AvgPriceMins { get; init; }

    /// <summary>PERCENT_PRICE: upper multiplier of the average price.</summary>
    public decimal? MultiplierUp { get; init; }

    /// <summary>PERCENT_PRICE: lower multiplier of the average price.</summary>
    public decimal? MultiplierDown { get; init; }

    /// <summary>PERCENT_PRICE_BY_SIDE: upper multiplier for bids.</summary>
    public decimal? BidMultiplierUp { get; init; }

    /// <summary>PERCENT_PRICE_BY_SIDE: lower multiplier for bids.</summary>
    public decimal? BidMultiplierDown { get; init; }

    /// <summary>PERCENT_PRICE_BY_SIDE: upper multiplier for asks.</summary>
    public decimal? AskMultiplierUp { get; init; }

    /// <summary>PERCENT_PRICE_BY_SIDE: lower multiplier for asks.</summary>
    public decimal? AskMultiplierDown { get; init; }

    /// <summary>ICEBERG_PARTS: most parts an iceberg order may have.</summary>
    public int? Limit { get; init; }

    /// <summary>MAX_NUM_ORDERS / EXCHANGE_MAX_NUM_ORDERS: most open orders.</summary>
    public int? MaxNumOrders { get; init; }

    /// <summary>MAX_NUM_ALGO_ORDERS / EXCHANGE_MAX_NUM_ALGO_ORDERS: most open stop orders.</summary>
    public int? MaxNumAlgoOrders { get; init; }

    /// <summary>MAX_NUM_ICEBERG_ORDERS: most open iceberg orders.</summary>
    public int? MaxNumIcebergOrders { get; init; }

    /// <summary>MAX_NUM_ORDER_LISTS / EXCHANGE_MAX_NUM_ORDER_LISTS: most open order lists.</summary>
    public int? MaxNumOrderLists { get; init; }

    /// <summary>MAX_NUM_ORDER_AMENDS: most amendments of one order.</summary>
    public int? MaxNumOrderAmends { get; init; }

    /// <summary>MAX_POSITION: largest position.</summary>
    public decimal? MaxPosition { get; init; }

    /// <summary>TRAILING_DELTA: lowest trailing delta above the market (BIPS).</summary>
    public int? MinTrailingAboveDelta { get; init; }

    /// <summary>TRAILING_DELTA: highest trailing delta above the market (BIPS).</summary>
    public int? MaxTrailingAboveDelta { get; init; }

    /// <summary>TRAILING_DELTA: lowest trailing delta below the market (BIPS).</summary>
    public int? MinTrailingBelowDelta { get; init; }

    /// <summary>TRAILING_DELTA: highest trailing delta below the market (BIPS).</summary>
    public int? MaxTrailingBelowDelta { get; init; }

    /// <summary>Fields of filters this library does not model, as they came.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
