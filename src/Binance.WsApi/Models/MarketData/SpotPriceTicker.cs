namespace Binance.WsApi.Models;

/// <summary>The latest price of one symbol (<c>ticker.price</c>).</summary>
public sealed record SpotPriceTicker
{
    /// <summary>The symbol.</summary>
    public string Symbol { get; init; } = string.Empty;

    /// <summary>The last price.</summary>
    public decimal Price { get; init; }
}
