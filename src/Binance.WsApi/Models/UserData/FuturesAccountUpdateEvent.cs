using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary><c>ACCOUNT_UPDATE</c> (futures listen-key stream): balances and positions that changed, and why.</summary>
public sealed record FuturesAccountUpdateEvent : UserDataEvent
{
    /// <summary><c>T</c>: transaction time, ms since the epoch.</summary>
    [JsonPropertyName("T")] public long TransactionTime { get; init; }

    /// <summary><c>a</c>: the update.</summary>
    [JsonPropertyName("a")] public FuturesAccountUpdate Update { get; init; } = new();
}
