using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>
/// <c>ACCOUNT_CONFIG_UPDATE</c> (futures listen-key stream): a symbol's leverage changed (<see cref="Leverage"/>) or
/// the multi-assets mode changed (<see cref="MultiAssets"/>); exactly one of them is set.
/// </summary>
public sealed record FuturesAccountConfigUpdateEvent : UserDataEvent
{
    /// <summary><c>T</c>: transaction time, ms since the epoch.</summary>
    [JsonPropertyName("T")] public long TransactionTime { get; init; }

    /// <summary><c>ac</c>: the new leverage of a symbol, or null.</summary>
    [JsonPropertyName("ac")] public FuturesLeverageConfig? Leverage { get; init; }

    /// <summary><c>ai</c>: the new multi-assets mode, or null.</summary>
    [JsonPropertyName("ai")] public FuturesMultiAssetsConfig? MultiAssets { get; init; }
}
