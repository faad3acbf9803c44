namespace Binance.WsApi.Models;

/// <summary>A USD-M algo (conditional) order as <c>algoOrder.place</c> returns it.</summary>
public sealed record FuturesAlgoOrder
{
    /// <summary>The exchange's algo order id.</summary>
    public long AlgoId { get; init; }

    /// <summary>The algo order's client id (the one sent, or Binance's when none was).</summary>
    public string ClientAlgoId { get; init; } = string.Empty;

    /// <summary>The algo kind (<c>CONDITIONAL</c>).</summary>
    public FuturesAlgoType AlgoType { get; init; }

    /// <summary>The order type placed when triggered.</summary>
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

    /// <summary>The algo order's status.</summary>
    public AlgoOrderStatus AlgoStatus { get; init; }

    /// <summary>The trigger price.</summary>
    public decimal TriggerPrice { get; init; }

    /// <summary>The limit price once triggered (0 for market kinds).</summary>
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
