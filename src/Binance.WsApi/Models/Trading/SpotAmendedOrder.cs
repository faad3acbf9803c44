namespace Binance.WsApi.Models;

/// <summary>The order after <c>order.amend.keepPriority</c>.</summary>
public sealed record SpotAmendedOrder
{
    /// <summary>The symbol.</summary>
    public string Symbol { get; init; } = string.Empty;

    /// <summary>The exchange's order id (unchanged by the amendment).</summary>
    public long OrderId { get; init; }

    /// <summary>The order list id; -1 for a single order.</summary>
    public long OrderListId { get; init; } = -1;

    /// <summary>The client id before the amendment.</summary>
    public string OrigClientOrderId { get; init; } = string.Empty;

    /// <summary>The client id after the amendment.</summary>
    public string ClientOrderId { get; init; } = string.Empty;

    /// <summary>The limit price.</summary>
    public decimal Price { get; init; }

    /// <summary>The quantity after the amendment.</summary>
    public decimal Qty { get; init; }

    /// <summary>The quantity filled so far.</summary>
    public decimal ExecutedQty { get; init; }

    /// <summary>The quantity expired by self-trade prevention.</summary>
    public decimal PreventedQty { get; init; }

    /// <summary>The quote quantity of a MARKET order by quote amount.</summary>
    public decimal QuoteOrderQty { get; init; }

    /// <summary>The quote amount filled so far.</summary>
    public decimal CumulativeQuoteQty { get; init; }

    /// <summary>The order's status.</summary>
    public OrderStatus Status { get; init; }

    /// <summary>The time in force.</summary>
    public TimeInForce TimeInForce { get; init; }

    /// <summary>The order type.</summary>
    public OrderType Type { get; init; }

    /// <summary>The side.</summary>
    public OrderSide Side { get; init; }

    /// <summary>When the order started working, in milliseconds.</summary>
    public long WorkingTime { get; init; }

    /// <summary>The self-trade prevention mode in effect.</summary>
    public SelfTradePreventionMode SelfTradePreventionMode { get; init; }
}
