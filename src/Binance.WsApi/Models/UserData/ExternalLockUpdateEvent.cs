using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary><c>externalLockUpdate</c>: an external system locked or unlocked part of a balance.</summary>
public sealed record ExternalLockUpdateEvent : UserDataEvent
{
    /// <summary><c>a</c>: asset.</summary>
    [JsonPropertyName("a")] public string Asset { get; init; } = string.Empty;

    /// <summary><c>d</c>: locked amount delta.</summary>
    [JsonPropertyName("d")] public decimal Delta { get; init; }

    /// <summary><c>T</c>: transaction time.</summary>
    [JsonPropertyName("T")] public long TransactionTime { get; init; }
}
