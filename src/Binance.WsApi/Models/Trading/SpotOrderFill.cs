using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>One trade of an order, in a FULL placement response.</summary>
public sealed record SpotOrderFill
{
    /// <summary>The trade price.</summary>
    public decimal Price { get; init; }

    /// <summary>The traded quantity (wire name <c>qty</c>).</summary>
    [JsonPropertyName("qty")]
    public decimal Quantity { get; init; }

    /// <summary>The commission paid.</summary>
    public decimal Commission { get; init; }

    /// <summary>The asset the commission was paid in.</summary>
    public string CommissionAsset { get; init; } = string.Empty;

    /// <summary>The trade id (-1 for a SOR allocation).</summary>
    public long TradeId { get; init; }

    /// <summary>For smart order routing: how the fill was matched.</summary>
    public SorMatchType? MatchType { get; init; }

    /// <summary>For smart order routing: the allocation id.</summary>
    public long? AllocId { get; init; }
}
