using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>
/// <c>executionReport</c>: one state change of a spot order (new, trade, cancel, expiry, amend, rejection).
/// Property names are readable; the wire's one-letter names are in each summary.
/// </summary>
public sealed record ExecutionReportEvent : UserDataEvent
{
    /// <summary><c>s</c>: symbol.</summary>
    [JsonPropertyName("s")] public string Symbol { get; init; } = string.Empty;

    /// <summary><c>c</c>: client order id.</summary>
    [JsonPropertyName("c")] public string ClientOrderId { get; init; } = string.Empty;

    /// <summary><c>S</c>: side.</summary>
    [JsonPropertyName("S")] public OrderSide Side { get; init; }

    /// <summary><c>o</c>: order type.</summary>
    [JsonPropertyName("o")] public OrderType OrderType { get; init; }

    /// <summary><c>f</c>: time in force.</summary>
    [JsonPropertyName("f")] public TimeInForce TimeInForce { get; init; }

    /// <summary><c>q</c>: order quantity.</summary>
    [JsonPropertyName("q")] public decimal Quantity { get; init; }

    /// <summary><c>p</c>: order price.</summary>
    [JsonPropertyName("p")] public decimal Price { get; init; }

    /// <summary><c>P</c>: stop price.</summary>
    [JsonPropertyName("P")] public decimal StopPrice { get; init; }

    /// <summary><c>F</c>: iceberg quantity.</summary>
    [JsonPropertyName("F")] public decimal IcebergQuantity { get; init; }

    /// <summary><c>g</c>: order list id (-1 when not in a list).</summary>
    [JsonPropertyName("g")] public long OrderListId { get; init; }

    /// <summary><c>C</c>: original client order id (of the order being cancelled), empty otherwise.</summary>
    [JsonPropertyName("C")] public string? OriginalClientOrderId { get; init; }

    /// <summary><c>x</c>: execution type (NEW, CANCELED, REPLACED, REJECTED, TRADE, EXPIRED, TRADE_PREVENTION).</summary>
    [JsonPropertyName("x")] public string ExecutionType { get; init; } = string.Empty;

    /// <summary><c>X</c>: order status after this event.</summary>
    [JsonPropertyName("X")] public OrderStatus OrderStatus { get; init; }

    /// <summary><c>r</c>: reject reason (NONE unless rejected).</summary>
    [JsonPropertyName("r")] public string RejectReason { get; init; } = string.Empty;

    /// <summary><c>i</c>: order id.</summary>
    [JsonPropertyName("i")] public long OrderId { get; init; }

    /// <summary><c>l</c>: quantity of this trade.</summary>
    [JsonPropertyName("l")] public decimal LastExecutedQuantity { get; init; }

    /// <summary><c>z</c>: cumulative filled quantity.</summary>
    [JsonPropertyName("z")] public decimal CumulativeFilledQuantity { get; init; }

    /// <summary><c>L</c>: price of this trade.</summary>
    [JsonPropertyName("L")] public decimal LastExecutedPrice { get; init; }

    /// <summary><c>n</c>: commission of this trade.</summary>
    [JsonPropertyName("n")] public decimal Commission { get; init; }

    /// <summary><c>N</c>: commission asset; null until a trade.</summary>
    [JsonPropertyName("N")] public string? CommissionAsset { get; init; }

    /// <summary><c>T</c>: transaction time.</summary>
    [JsonPropertyName("T")] public long TransactionTime { get; init; }

    /// <summary><c>t</c>: trade id (-1 when not a trade).</summary>
    [JsonPropertyName("t")] public long TradeId { get; init; }

    /// <summary><c>v</c>: prevented match id (STP), when present.</summary>
    [JsonPropertyName("v")] public long? PreventedMatchId { get; init; }

    /// <summary><c>I</c>: execution id.</summary>
    [JsonPropertyName("I")] public long ExecutionId { get; init; }

    /// <summary><c>w</c>: whether the order is on the book.</summary>
    [JsonPropertyName("w")] public bool IsWorking { get; init; }

    /// <summary><c>m</c>: whether this trade was the maker side.</summary>
    [JsonPropertyName("m")] public bool IsMaker { get; init; }

    /// <summary><c>O</c>: order creation time.</summary>
    [JsonPropertyName("O")] public long OrderCreationTime { get; init; }

    /// <summary><c>Z</c>: cumulative quote quantity transacted.</summary>
    [JsonPropertyName("Z")] public decimal CumulativeQuoteQuantity { get; init; }

    /// <summary><c>Y</c>: quote quantity of this trade.</summary>
    [JsonPropertyName("Y")] public decimal LastQuoteQuantity { get; init; }

    /// <summary><c>Q</c>: quote order quantity.</summary>
    [JsonPropertyName("Q")] public decimal QuoteOrderQuantity { get; init; }

    /// <summary><c>W</c>: working time (when the order went on the book).</summary>
    [JsonPropertyName("W")] public long? WorkingTime { get; init; }

    /// <summary><c>V</c>: self-trade prevention mode.</summary>
    [JsonPropertyName("V")] public SelfTradePreventionMode SelfTradePreventionMode { get; init; }

    /// <summary><c>eR</c>: expiry reason, when present.</summary>
    [JsonPropertyName("eR")] public ExpiryReason? ExpiryReason { get; init; }

    /// <summary>The average fill price so far (Z / z), or 0 before any fill.</summary>
    [JsonIgnore]
    public decimal AveragePrice => CumulativeFilledQuantity == 0 ? 0 : CumulativeQuoteQuantity / CumulativeFilledQuantity;
}
