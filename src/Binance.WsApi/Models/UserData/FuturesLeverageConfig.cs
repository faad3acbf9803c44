using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>A symbol's leverage in a <see cref="FuturesAccountConfigUpdateEvent"/> (Binance's <c>ac</c>).</summary>
public sealed record FuturesLeverageConfig
{
    /// <summary><c>s</c>: symbol.</summary>
    [JsonPropertyName("s")] public string Symbol { get; init; } = string.Empty;

    /// <summary><c>l</c>: leverage.</summary>
    [JsonPropertyName("l")] public int Leverage { get; init; }
}
