using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>The body of a <see cref="FuturesAccountUpdateEvent"/> (Binance's <c>a</c>).</summary>
public sealed record FuturesAccountUpdate
{
    /// <summary><c>m</c>: event reason type (DEPOSIT, ORDER, FUNDING_FEE, MARGIN_TYPE_CHANGE, …).</summary>
    [JsonPropertyName("m")] public string Reason { get; init; } = string.Empty;

    /// <summary><c>B</c>: the balances that changed.</summary>
    [JsonPropertyName("B")] public IReadOnlyList<FuturesBalanceUpdate> Balances { get; init; } = [];

    /// <summary><c>P</c>: the positions that changed.</summary>
    [JsonPropertyName("P")] public IReadOnlyList<FuturesPositionUpdate> Positions { get; init; } = [];
}
