using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>One position of a <see cref="FuturesMarginCallEvent"/> (Binance's <c>p</c> entries).</summary>
public sealed record FuturesMarginCallPosition
{
    /// <summary><c>s</c>: symbol.</summary>
    [JsonPropertyName("s")] public string Symbol { get; init; } = string.Empty;

    /// <summary><c>ps</c>: position side.</summary>
    [JsonPropertyName("ps")] public string PositionSide { get; init; } = string.Empty;

    /// <summary><c>pa</c>: position amount.</summary>
    [JsonPropertyName("pa")] public decimal PositionAmount { get; init; }

    /// <summary><c>mt</c>: margin type.</summary>
    [JsonPropertyName("mt")] public string MarginType { get; init; } = string.Empty;

    /// <summary><c>iw</c>: isolated wallet, if isolated.</summary>
    [JsonPropertyName("iw")] public decimal IsolatedWallet { get; init; }

    /// <summary><c>mp</c>: mark price.</summary>
    [JsonPropertyName("mp")] public decimal MarkPrice { get; init; }

    /// <summary><c>up</c>: unrealized profit.</summary>
    [JsonPropertyName("up")] public decimal UnrealizedProfit { get; init; }

    /// <summary><c>mm</c>: maintenance margin required.</summary>
    [JsonPropertyName("mm")] public decimal MaintenanceMargin { get; init; }
}
