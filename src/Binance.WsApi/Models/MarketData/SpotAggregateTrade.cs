using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>
/// One aggregate trade of <c>trades.aggregate</c>: the fills of one taker order at one price and time, summed. The
/// wire uses one-letter names (<c>a p q f l T m M</c>); they are spelled out here.
/// </summary>
public sealed record SpotAggregateTrade
{
    /// <summary>The aggregate trade id (<c>a</c>).</summary>
    [JsonPropertyName("a")]
    public long AggregateTradeId { get; init; }

    /// <summary>The price (<c>p</c>).</summary>
    [JsonPropertyName("p")]
    public decimal Price { get; init; }

    /// <summary>The summed quantity (<c>q</c>).</summary>
    [JsonPropertyName("q")]
    public decimal Quantity { get; init; }

    /// <summary>The first trade id included (<c>f</c>).</summary>
    [JsonPropertyName("f")]
    public long FirstTradeId { get; init; }

    /// <summary>The last trade id included (<c>l</c>).</summary>
    [JsonPropertyName("l")]
    public long LastTradeId { get; init; }

    /// <summary>When it executed (<c>T</c>, ms since the epoch).</summary>
    [JsonPropertyName("T")]
    public long Time { get; init; }

    /// <summary>True when the buyer was the maker (<c>m</c>).</summary>
    [JsonPropertyName("m")]
    public bool IsBuyerMaker { get; init; }

    /// <summary>True when it was the best price match (<c>M</c>).</summary>
    [JsonPropertyName("M")]
    public bool IsBestMatch { get; init; }
}
