namespace Binance.WsApi;

/// <summary>An open order as an <see cref="AccountStateTracker"/> keeps it.</summary>
public sealed record TrackedOrder
{
    /// <summary>The symbol.</summary>
    public string Symbol { get; init; } = string.Empty;

    /// <summary>The exchange's order id.</summary>
    public long OrderId { get; init; }

    /// <summary>The order's client id.</summary>
    public string ClientOrderId { get; init; } = string.Empty;

    /// <summary>The side.</summary>
    public OrderSide Side { get; init; }

    /// <summary>The order type.</summary>
    public OrderType OrderType { get; init; }

    /// <summary>The limit price.</summary>
    public decimal Price { get; init; }

    /// <summary>The ordered quantity.</summary>
    public decimal Quantity { get; init; }

    /// <summary>The quantity filled so far.</summary>
    public decimal FilledQuantity { get; init; }

    /// <summary>The status (<c>NEW</c> or <c>PARTIALLY_FILLED</c> while open).</summary>
    public OrderStatus Status { get; init; }
}
