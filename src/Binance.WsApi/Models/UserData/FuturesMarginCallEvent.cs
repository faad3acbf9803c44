using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary><c>MARGIN_CALL</c> (futures listen-key stream): positions at risk of liquidation.</summary>
public sealed record FuturesMarginCallEvent : UserDataEvent
{
    /// <summary><c>cw</c>: cross wallet balance (only for crossed positions).</summary>
    [JsonPropertyName("cw")] public decimal? CrossWalletBalance { get; init; }

    /// <summary><c>p</c>: the positions under margin call.</summary>
    [JsonPropertyName("p")] public IReadOnlyList<FuturesMarginCallPosition> Positions { get; init; } = [];
}
