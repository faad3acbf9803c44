namespace Binance.WsApi.Models;

/// <summary>The latest price of one USD-M symbol (<c>ticker.price</c>).</summary>
public sealed record FuturesPriceTicker
{
    /// <summary>The symbol.</summary>
    public string Symbol { get; init; } = string.Empty;

    /// <summary>The last price.</summary>
    public decimal Price { get; init; }

    /// <summary>The transaction time of that price, in milliseconds.</summary>
    public long Time { get; init; }
}
