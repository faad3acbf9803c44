using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>An order's current state, as <c>order.status</c>, <c>openOrders.status</c> and <c>allOrders</c> report it.</summary>
public sealed record SpotOrder : SpotOrderBase
{
    /// <summary>An empty report (set the properties with an initializer).</summary>
    public SpotOrder()
    {
    }

    /// <summary>A report whose base fields a hand-written reader collected.</summary>
    internal SpotOrder(in Protocol.Readers.SpotOrderBaseFields b)
        : base(b)
    {
    }

    /// <summary>The limit price (0 for MARKET).</summary>
    public decimal Price { get; init; }

    /// <summary>The ordered quantity.</summary>
    public decimal OrigQty { get; init; }

    /// <summary>The quantity filled so far.</summary>
    public decimal ExecutedQty { get; init; }

    /// <summary>The quote amount filled so far (wire name <c>cummulativeQuoteQty</c>).</summary>
    [JsonPropertyName("cummulativeQuoteQty")]
    public decimal CumulativeQuoteQty { get; init; }

    /// <summary>The quote quantity of a MARKET order by quote amount.</summary>
    public decimal OrigQuoteOrderQty { get; init; }

    /// <summary>The order's status.</summary>
    public OrderStatus Status { get; init; }

    /// <summary>The time in force.</summary>
    public TimeInForce TimeInForce { get; init; }

    /// <summary>The order type.</summary>
    public OrderType Type { get; init; }

    /// <summary>The side.</summary>
    public OrderSide Side { get; init; }

    /// <summary>When the order was created, in milliseconds.</summary>
    public long Time { get; init; }

    /// <summary>When the order last changed, in milliseconds.</summary>
    public long UpdateTime { get; init; }

    /// <summary>True while the order is on the book (false for an untriggered stop or a pending list leg).</summary>
    public bool IsWorking { get; init; }

    /// <summary>When the order started working, in milliseconds (-1 while not working).</summary>
    public long WorkingTime { get; init; }

    /// <summary>The self-trade prevention mode in effect.</summary>
    public SelfTradePreventionMode SelfTradePreventionMode { get; init; }
}
