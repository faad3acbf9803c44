using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>
/// The report of a cancelled order (<c>order.cancel</c>, <c>openOrders.cancelAll</c>, a cancel-replace's cancel, the
/// leg reports of a cancelled order list).
/// </summary>
public sealed record SpotCanceledOrder : SpotOrderBase
{
    /// <summary>An empty report (set the properties with an initializer).</summary>
    public SpotCanceledOrder()
    {
    }

    /// <summary>A report whose base fields a hand-written reader collected.</summary>
    internal SpotCanceledOrder(in Protocol.Readers.SpotOrderBaseFields b)
        : base(b)
    {
    }

    /// <summary>The client id the order had before the cancellation.</summary>
    public string? OrigClientOrderId { get; init; }

    /// <summary>When the order was cancelled, in milliseconds.</summary>
    public long TransactTime { get; init; }

    /// <summary>The limit price.</summary>
    public decimal Price { get; init; }

    /// <summary>The ordered quantity.</summary>
    public decimal OrigQty { get; init; }

    /// <summary>The quantity filled before the cancellation.</summary>
    public decimal ExecutedQty { get; init; }

    /// <summary>The quote quantity of a MARKET order by quote amount.</summary>
    public decimal OrigQuoteOrderQty { get; init; }

    /// <summary>The quote amount filled before the cancellation (wire name <c>cummulativeQuoteQty</c>).</summary>
    [JsonPropertyName("cummulativeQuoteQty")]
    public decimal CumulativeQuoteQty { get; init; }

    /// <summary>The order's status (CANCELED).</summary>
    public OrderStatus Status { get; init; }

    /// <summary>The time in force.</summary>
    public TimeInForce TimeInForce { get; init; }

    /// <summary>The order type.</summary>
    public OrderType Type { get; init; }

    /// <summary>The side.</summary>
    public OrderSide Side { get; init; }

    /// <summary>The self-trade prevention mode in effect.</summary>
    public SelfTradePreventionMode SelfTradePreventionMode { get; init; }
}
