using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>
/// A USD-M algo order as <c>algoOrder.place</c> returns it: a CONDITIONAL one (documented), or a TWAP / VP one (the
/// extension described on <see cref="FuturesAlgoOrderRequest"/>), which adds <see cref="ExecutedQty"/> and
/// <see cref="DurationSeconds"/> or <see cref="Urgency"/>.
/// </summary>
public sealed record FuturesAlgoOrder
{
    /// <summary>The exchange's algo order id.</summary>
    public long AlgoId { get; init; }

    /// <summary>The algo order's client id (the one sent, or Binance's when none was).</summary>
    public string ClientAlgoId { get; init; } = string.Empty;

    /// <summary>The algo kind (<c>CONDITIONAL</c>, <c>TWAP</c>, <c>VP</c>).</summary>
    public FuturesAlgoType AlgoType { get; init; }

    /// <summary>The order type placed when triggered (TWAP / VP: the child orders' type, MARKET or LIMIT).</summary>
    public FuturesOrderType OrderType { get; init; }

    /// <summary>The symbol.</summary>
    public string Symbol { get; init; } = string.Empty;

    /// <summary>The side.</summary>
    public OrderSide Side { get; init; }

    /// <summary>The position side.</summary>
    public PositionSide PositionSide { get; init; }

    /// <summary>The time in force.</summary>
    public TimeInForce TimeInForce { get; init; }

    /// <summary>The quantity.</summary>
    public decimal Quantity { get; init; }

    /// <summary>The algo order's status (TWAP / VP: NEW, WORKING, FINISHED, CANCELED or EXPIRED).</summary>
    public AlgoOrderStatus AlgoStatus { get; init; }

    /// <summary>TWAP / VP: the quantity its child orders have executed (null on CONDITIONAL answers).</summary>
    public decimal? ExecutedQty { get; init; }

    /// <summary>TWAP: the duration in seconds, as sent (wire <c>duration</c>).</summary>
    [JsonPropertyName("duration")]
    public long? DurationSeconds { get; init; }

    /// <summary>VP: the urgency, as sent.</summary>
    public FuturesAlgoUrgency? Urgency { get; init; }

    /// <summary>The trigger price.</summary>
    public decimal TriggerPrice { get; init; }

    /// <summary>The limit price once triggered (0 for market kinds; TWAP / VP: the limit price of the child orders, 0 for MARKET).</summary>
    public decimal Price { get; init; }

    /// <summary>The iceberg quantity, when set (null in the documented example).</summary>
    public decimal? IcebergQuantity { get; init; }

    /// <summary>The self-trade prevention mode.</summary>
    public SelfTradePreventionMode SelfTradePreventionMode { get; init; }

    /// <summary>Which price triggers the order.</summary>
    public WorkingType WorkingType { get; init; }

    /// <summary>The price match mode.</summary>
    public PriceMatch PriceMatch { get; init; }

    /// <summary>Whether the order closes the whole position.</summary>
    public bool ClosePosition { get; init; }

    /// <summary>Whether trigger price protection is on.</summary>
    public bool PriceProtect { get; init; }

    /// <summary>Whether the order only reduces the position.</summary>
    public bool ReduceOnly { get; init; }

    /// <summary>A trailing stop's activation price, when the response carries it.</summary>
    public decimal? ActivatePrice { get; init; }

    /// <summary>A trailing stop's callback rate, when the response carries it.</summary>
    public decimal? CallbackRate { get; init; }

    /// <summary>When the algo order was created, in milliseconds.</summary>
    public long CreateTime { get; init; }

    /// <summary>When it last changed, in milliseconds.</summary>
    public long UpdateTime { get; init; }

    /// <summary>When it triggered, in milliseconds (0 until then).</summary>
    public long TriggerTime { get; init; }

    /// <summary>The cancel time of a GTD order in milliseconds (0 otherwise).</summary>
    public long GoodTillDate { get; init; }
}
