using System.Text.Json;
using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>A per-asset filter of <c>myFilters</c>, for example <c>MAX_ASSET</c> (the most of an asset an order may buy or sell).</summary>
public sealed record SpotAssetFilter
{
    /// <summary>The filter type, for example <c>MAX_ASSET</c>.</summary>
    public string FilterType { get; init; } = string.Empty;

    /// <summary>The asset it applies to.</summary>
    public string Asset { get; init; } = string.Empty;

    /// <summary>MAX_ASSET: the largest quantity of the asset per order.</summary>
    public decimal? Limit { get; init; }

    /// <summary>Fields of filters this library does not model, as they came.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
