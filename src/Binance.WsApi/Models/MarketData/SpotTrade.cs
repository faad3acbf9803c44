using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>One public trade, as <c>trades.recent</c> and <c>trades.historical</c> return it.</summary>
public sealed record SpotTrade
{
    /// <summary>The trade id.</summary>
    public long Id { get; init; }

    /// <summary>The price.</summary>
    public decimal Price { get; init; }

    /// <summary>The quantity in the base asset.</summary>
    public decimal Qty { get; init; }

    /// <summary>The quantity in the quote asset (price × quantity).</summary>
    public decimal QuoteQty { get; init; }

    /// <summary>When it executed (ms since the epoch).</summary>
    public long Time { get; init; }

    /// <summary>True when the buyer was the maker (the taker sold).</summary>
    public bool IsBuyerMaker { get; init; }

    /// <summary>True when the trade was the best price match.</summary>
    public bool IsBestMatch { get; init; }

    /// <summary>When it executed, as a date.</summary>
    [JsonIgnore]
    public DateTimeOffset TimeUtc => DateTimeOffset.FromUnixTimeMilliseconds(Time);
}
