namespace Binance.WsApi.Models;

/// <summary>One order of an order list, by its ids.</summary>
public sealed record SpotOrderListOrder
{
    /// <summary>The symbol.</summary>
    public string Symbol { get; init; } = string.Empty;

    /// <summary>The exchange's order id.</summary>
    public long OrderId { get; init; }

    /// <summary>The order's client id.</summary>
    public string ClientOrderId { get; init; } = string.Empty;
}
