namespace Binance.WsApi.Models;

/// <summary>One quantity amendment of an order, from <c>order.amendments</c>.</summary>
public sealed record SpotOrderAmendment
{
    /// <summary>The symbol.</summary>
    public string Symbol { get; init; } = string.Empty;

    /// <summary>The exchange's order id.</summary>
    public long OrderId { get; init; }

    /// <summary>The amendment's execution id.</summary>
    public long ExecutionId { get; init; }

    /// <summary>The client id before the amendment.</summary>
    public string OrigClientOrderId { get; init; } = string.Empty;

    /// <summary>The client id after the amendment.</summary>
    public string NewClientOrderId { get; init; } = string.Empty;

    /// <summary>The quantity before.</summary>
    public decimal OrigQty { get; init; }

    /// <summary>The quantity after.</summary>
    public decimal NewQty { get; init; }

    /// <summary>When the amendment happened, in milliseconds.</summary>
    public long Time { get; init; }
}
