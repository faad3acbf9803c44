using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>One balance of a <see cref="FuturesAccountUpdate"/> (Binance's <c>B</c> entries).</summary>
public sealed record FuturesBalanceUpdate
{
    /// <summary><c>a</c>: asset.</summary>
    [JsonPropertyName("a")] public string Asset { get; init; } = string.Empty;

    /// <summary><c>wb</c>: wallet balance.</summary>
    [JsonPropertyName("wb")] public decimal WalletBalance { get; init; }

    /// <summary><c>cw</c>: cross wallet balance.</summary>
    [JsonPropertyName("cw")] public decimal CrossWalletBalance { get; init; }

    /// <summary><c>bc</c>: balance change except PnL and commission.</summary>
    [JsonPropertyName("bc")] public decimal BalanceChange { get; init; }
}
