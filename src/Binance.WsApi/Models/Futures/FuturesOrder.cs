namespace Binance.WsApi.Models;

/// <summary>
/// A futures order as <c>order.place</c>, <c>order.modify</c>, <c>order.cancel</c> and <c>order.status</c> return it,
/// on USD-M and COIN-M. The two markets differ in a few fields, which are nullable here: USD-M sends
/// <see cref="CumQuote"/>, COIN-M sends <see cref="Pair"/> and <see cref="CumBase"/>; <c>order.status</c> adds
/// <see cref="Time"/>; trailing stops add <see cref="ActivatePrice"/> and <see cref="PriceRate"/>. Fields a response
/// leaves out are null (or their type's default); fields the library does not know are ignored.
/// </summary>
public sealed record FuturesOrder
{
    /// <summary>The exchange's order id (kept by <c>order.modify</c>).</summary>
    public long OrderId { get; init; }

    /// <summary>The symbol.</summary>
    public string Symbol { get; init; } = string.Empty;

    /// <summary>The underlying pair, for example <c>BTCUSD</c>. COIN-M only.</summary>
    public string? Pair { get; init; }

    /// <summary>The order's status.</summary>
    public OrderStatus Status { get; init; }

    /// <summary>The order's client id (the one sent, or Binance's when none was).</summary>
    public string ClientOrderId { get; init; } = string.Empty;

    /// <summary>The limit price (0 for market kinds).</summary>
    public decimal Price { get; init; }

    /// <summary>The average fill price (0 before any fill).</summary>
    public decimal AvgPrice { get; init; }

    /// <summary>The ordered quantity (contracts on COIN-M).</summary>
    public decimal OrigQty { get; init; }

    /// <summary>The quantity filled so far.</summary>
    public decimal ExecutedQty { get; init; }

    /// <summary>The cumulative filled quantity. Absent from <c>order.status</c> on USD-M.</summary>
    public decimal? CumQty { get; init; }

    /// <summary>The cumulative filled quote amount. USD-M only.</summary>
    public decimal? CumQuote { get; init; }

    /// <summary>The cumulative filled base amount. COIN-M only.</summary>
    public decimal? CumBase { get; init; }

    /// <summary>The time in force.</summary>
    public TimeInForce TimeInForce { get; init; }

    /// <summary>The current type (a triggered stop reports its new type here and the original in <see cref="OrigType"/>).</summary>
    public FuturesOrderType Type { get; init; }

    /// <summary>Whether the order only reduces the position.</summary>
    public bool ReduceOnly { get; init; }

    /// <summary>Whether the order closes the whole position when triggered.</summary>
    public bool ClosePosition { get; init; }

    /// <summary>The side.</summary>
    public OrderSide Side { get; init; }

    /// <summary>The position side.</summary>
    public PositionSide PositionSide { get; init; }

    /// <summary>The trigger price (0 when none).</summary>
    public decimal StopPrice { get; init; }

    /// <summary>Which price triggers the order.</summary>
    public WorkingType WorkingType { get; init; }

    /// <summary>Whether trigger price protection is on.</summary>
    public bool PriceProtect { get; init; }

    /// <summary>The type the order was placed with.</summary>
    public FuturesOrderType OrigType { get; init; }

    /// <summary>The price match mode, when the response carries it.</summary>
    public PriceMatch? PriceMatch { get; init; }

    /// <summary>The self-trade prevention mode, when the response carries it.</summary>
    public SelfTradePreventionMode? SelfTradePreventionMode { get; init; }

    /// <summary>The cancel time of a GTD order in milliseconds (0 otherwise), when the response carries it.</summary>
    public long? GoodTillDate { get; init; }

    /// <summary>The trailing stop's activation price. Trailing stops only.</summary>
    public decimal? ActivatePrice { get; init; }

    /// <summary>The trailing stop's callback rate in percent. Trailing stops only.</summary>
    public decimal? PriceRate { get; init; }

    /// <summary>When the order was created, in milliseconds. <c>order.status</c> only.</summary>
    public long? Time { get; init; }

    /// <summary>When the order last changed, in milliseconds.</summary>
    public long UpdateTime { get; init; }
}
