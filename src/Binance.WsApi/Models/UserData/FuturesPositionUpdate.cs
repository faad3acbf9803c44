using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>One position of a <see cref="FuturesAccountUpdate"/> (Binance's <c>P</c> entries).</summary>
public sealed record FuturesPositionUpdate
{
    /// <summary><c>s</c>: symbol.</summary>
    [JsonPropertyName("s")] public string Symbol { get; init; } = string.Empty;

    /// <summary><c>pa</c>: position amount (negative for short in one-way mode).</summary>
    [JsonPropertyName("pa")] public decimal PositionAmount { get; init; }

    /// <summary><c>ep</c>: entry price.</summary>
    [JsonPropertyName("ep")] public decimal EntryPrice { get; init; }

    /// <summary><c>bep</c>: breakeven price.</summary>
    [JsonPropertyName("bep")] public decimal BreakevenPrice { get; init; }

    /// <summary><c>cr</c>: accumulated realized profit (pre-fee).</summary>
    [JsonPropertyName("cr")] public decimal AccumulatedRealized { get; init; }

    /// <summary><c>up</c>: unrealized profit.</summary>
    [JsonPropertyName("up")] public decimal UnrealizedProfit { get; init; }

    /// <summary><c>mt</c>: margin type (cross, isolated).</summary>
    [JsonPropertyName("mt")] public string MarginType { get; init; } = string.Empty;

    /// <summary><c>iw</c>: isolated wallet, if isolated.</summary>
    [JsonPropertyName("iw")] public decimal IsolatedWallet { get; init; }

    /// <summary><c>ps</c>: position side (BOTH, LONG, SHORT).</summary>
    [JsonPropertyName("ps")] public string PositionSide { get; init; } = string.Empty;
}
