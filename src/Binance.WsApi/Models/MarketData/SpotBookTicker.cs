namespace Binance.WsApi.Models;

/// <summary>The best bid and ask of one symbol (<c>ticker.book</c>).</summary>
public sealed record SpotBookTicker
{
    /// <summary>The symbol.</summary>
    public string Symbol { get; init; } = string.Empty;

    /// <summary>The best bid price.</summary>
    public decimal BidPrice { get; init; }

    /// <summary>The quantity at the best bid.</summary>
    public decimal BidQty { get; init; }

    /// <summary>The best ask price.</summary>
    public decimal AskPrice { get; init; }

    /// <summary>The quantity at the best ask.</summary>
    public decimal AskQty { get; init; }
}
