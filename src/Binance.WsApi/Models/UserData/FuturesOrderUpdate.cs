using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>
/// The order of a <see cref="FuturesOrderTradeUpdateEvent"/> (Binance's <c>o</c>). Enumerations stay strings: futures
/// add order types and statuses over time, and an unknown value must not make the whole event unreadable.
/// </summary>
public sealed record FuturesOrderUpdate
{
    /// <summary><c>s</c>: symbol.</summary>
    [JsonPropertyName("s")] public string Symbol { get; init; } = string.Empty;

    /// <summary><c>c</c>: client order id.</summary>
    [JsonPropertyName("c")] public string ClientOrderId { get; init; } = string.Empty;

    /// <summary><c>S</c>: side (BUY, SELL).</summary>
    [JsonPropertyName("S")] public string Side { get; init; } = string.Empty;

    /// <summary><c>o</c>: order type (LIMIT, MARKET, STOP, TAKE_PROFIT, LIQUIDATION, …).</summary>
    [JsonPropertyName("o")] public string OrderType { get; init; } = string.Empty;

    /// <summary><c>f</c>: time in force (GTC, IOC, FOK, GTX, GTD).</summary>
    [JsonPropertyName("f")] public string TimeInForce { get; init; } = string.Empty;

    /// <summary><c>q</c>: original quantity.</summary>
    [JsonPropertyName("q")] public decimal OriginalQuantity { get; init; }

    /// <summary><c>p</c>: original price.</summary>
    [JsonPropertyName("p")] public decimal OriginalPrice { get; init; }

    /// <summary><c>ap</c>: average fill price.</summary>
    [JsonPropertyName("ap")] public decimal AveragePrice { get; init; }

    /// <summary><c>sp</c>: stop price.</summary>
    [JsonPropertyName("sp")] public decimal StopPrice { get; init; }

    /// <summary><c>x</c>: execution type (NEW, CANCELED, CALCULATED, EXPIRED, TRADE, AMENDMENT).</summary>
    [JsonPropertyName("x")] public string ExecutionType { get; init; } = string.Empty;

    /// <summary><c>X</c>: order status (NEW, PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED, EXPIRED_IN_MATCH).</summary>
    [JsonPropertyName("X")] public string OrderStatus { get; init; } = string.Empty;

    /// <summary><c>i</c>: order id.</summary>
    [JsonPropertyName("i")] public long OrderId { get; init; }

    /// <summary><c>l</c>: last filled quantity.</summary>
    [JsonPropertyName("l")] public decimal LastFilledQuantity { get; init; }

    /// <summary><c>z</c>: cumulative filled quantity.</summary>
    [JsonPropertyName("z")] public decimal CumulativeFilledQuantity { get; init; }

    /// <summary><c>L</c>: last filled price.</summary>
    [JsonPropertyName("L")] public decimal LastFilledPrice { get; init; }

    /// <summary><c>N</c>: commission asset (absent when there was no trade).</summary>
    [JsonPropertyName("N")] public string? CommissionAsset { get; init; }

    /// <summary><c>n</c>: commission (absent when there was no trade).</summary>
    [JsonPropertyName("n")] public decimal Commission { get; init; }

    /// <summary><c>T</c>: order trade time, ms since the epoch.</summary>
    [JsonPropertyName("T")] public long TradeTime { get; init; }

    /// <summary><c>t</c>: trade id.</summary>
    [JsonPropertyName("t")] public long TradeId { get; init; }

    /// <summary><c>b</c>: bids notional.</summary>
    [JsonPropertyName("b")] public decimal BidsNotional { get; init; }

    /// <summary><c>a</c>: asks notional.</summary>
    [JsonPropertyName("a")] public decimal AsksNotional { get; init; }

    /// <summary><c>m</c>: whether this trade was on the maker side.</summary>
    [JsonPropertyName("m")] public bool IsMaker { get; init; }

    /// <summary><c>R</c>: whether the order is reduce-only.</summary>
    [JsonPropertyName("R")] public bool IsReduceOnly { get; init; }

    /// <summary><c>wt</c>: stop price working type (CONTRACT_PRICE, MARK_PRICE).</summary>
    [JsonPropertyName("wt")] public string? WorkingType { get; init; }

    /// <summary><c>ot</c>: original order type.</summary>
    [JsonPropertyName("ot")] public string? OriginalOrderType { get; init; }

    /// <summary><c>ps</c>: position side (BOTH, LONG, SHORT).</summary>
    [JsonPropertyName("ps")] public string? PositionSide { get; init; }

    /// <summary><c>cp</c>: whether the order closes the whole position (conditional orders).</summary>
    [JsonPropertyName("cp")] public bool ClosePosition { get; init; }

    /// <summary><c>rp</c>: realized profit of this trade.</summary>
    [JsonPropertyName("rp")] public decimal RealizedProfit { get; init; }

    /// <summary><c>pP</c>: whether price protection is on (conditional orders).</summary>
    [JsonPropertyName("pP")] public bool PriceProtect { get; init; }

    /// <summary><c>si</c>: ignored by Binance (iceberg quantity field kept for the wire).</summary>
    [JsonPropertyName("si")] public long Si { get; init; }

    /// <summary><c>ss</c>: ignored by Binance (stop status field kept for the wire).</summary>
    [JsonPropertyName("ss")] public long Ss { get; init; }

    /// <summary><c>V</c>: self-trade prevention mode.</summary>
    [JsonPropertyName("V")] public string? SelfTradePreventionMode { get; init; }

    /// <summary><c>pm</c>: price match mode.</summary>
    [JsonPropertyName("pm")] public string? PriceMatch { get; init; }

    /// <summary><c>gtd</c>: auto-cancel time of a GTD order, ms since the epoch (0 otherwise).</summary>
    [JsonPropertyName("gtd")] public long GoodTillDate { get; init; }
}
