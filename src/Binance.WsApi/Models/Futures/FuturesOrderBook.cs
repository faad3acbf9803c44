using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>The result of USD-M <c>depth</c>: an order book snapshot with its event and transaction times (RPI orders excluded).</summary>
public sealed record FuturesOrderBook
{
    /// <summary>The book's update id at the time of the snapshot.</summary>
    public long LastUpdateId { get; init; }

    /// <summary>The message time in milliseconds (wire <c>E</c>).</summary>
    [JsonPropertyName("E")]
    public long EventTime { get; init; }

    /// <summary>The matching engine's transaction time in milliseconds (wire <c>T</c>).</summary>
    [JsonPropertyName("T")]
    public long TransactionTime { get; init; }

    /// <summary>Bids, best (highest) first.</summary>
    public IReadOnlyList<PriceLevel> Bids { get; init; } = [];

    /// <summary>Asks, best (lowest) first.</summary>
    public IReadOnlyList<PriceLevel> Asks { get; init; } = [];
}
