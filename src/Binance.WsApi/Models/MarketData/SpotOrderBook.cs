namespace Binance.WsApi.Models;

/// <summary>The result of <c>depth</c>: an order book snapshot.</summary>
public sealed record SpotOrderBook
{
    /// <summary>The book's update id at the time of the snapshot.</summary>
    public long LastUpdateId { get; init; }

    /// <summary>Bids, best (highest) first.</summary>
    public IReadOnlyList<PriceLevel> Bids { get; init; } = [];

    /// <summary>Asks, best (lowest) first.</summary>
    public IReadOnlyList<PriceLevel> Asks { get; init; } = [];
}
