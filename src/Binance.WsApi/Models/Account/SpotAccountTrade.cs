using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>One of the account's own trades (<c>myTrades</c>).</summary>
public sealed record SpotAccountTrade
{
    /// <summary>The symbol.</summary>
    public string Symbol { get; init; } = string.Empty;

    /// <summary>The trade id.</summary>
    public long Id { get; init; }

    /// <summary>The order that traded.</summary>
    public long OrderId { get; init; }

    /// <summary>The order list of that order, or -1.</summary>
    public long OrderListId { get; init; }

    /// <summary>The price.</summary>
    public decimal Price { get; init; }

    /// <summary>The quantity in the base asset.</summary>
    public decimal Qty { get; init; }

    /// <summary>The quantity in the quote asset.</summary>
    public decimal QuoteQty { get; init; }

    /// <summary>The commission paid.</summary>
    public decimal Commission { get; init; }

    /// <summary>The asset the commission was paid in.</summary>
    public string CommissionAsset { get; init; } = string.Empty;

    /// <summary>When it executed (ms since the epoch).</summary>
    public long Time { get; init; }

    /// <summary>True when the account bought.</summary>
    public bool IsBuyer { get; init; }

    /// <summary>True when the account's order was the maker.</summary>
    public bool IsMaker { get; init; }

    /// <summary>True when the trade was the best price match.</summary>
    public bool IsBestMatch { get; init; }

    /// <summary>When it executed, as a date.</summary>
    [JsonIgnore]
    public DateTimeOffset TimeUtc => DateTimeOffset.FromUnixTimeMilliseconds(Time);
}
