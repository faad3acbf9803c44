using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary><c>balanceUpdate</c>: a deposit, withdrawal or transfer changed a balance.</summary>
public sealed record BalanceUpdateEvent : UserDataEvent
{
    /// <summary><c>a</c>: asset.</summary>
    [JsonPropertyName("a")] public string Asset { get; init; } = string.Empty;

    /// <summary><c>d</c>: balance delta.</summary>
    [JsonPropertyName("d")] public decimal Delta { get; init; }

    /// <summary><c>T</c>: clear time.</summary>
    [JsonPropertyName("T")] public long ClearTime { get; init; }
}
