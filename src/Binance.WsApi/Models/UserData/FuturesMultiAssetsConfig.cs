using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>The multi-assets mode in a <see cref="FuturesAccountConfigUpdateEvent"/> (Binance's <c>ai</c>).</summary>
public sealed record FuturesMultiAssetsConfig
{
    /// <summary><c>j</c>: whether multi-assets mode is on.</summary>
    [JsonPropertyName("j")] public bool MultiAssetsMode { get; init; }
}
