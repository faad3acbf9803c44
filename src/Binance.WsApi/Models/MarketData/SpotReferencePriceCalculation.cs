using System.Text.Json;
using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>
/// The result of <c>referencePrice.calculation</c>: how the symbol's reference price is computed. A symbol whose
/// reference price is not being calculated fails with <see cref="BinanceApiException"/> -2043 instead.
/// </summary>
public sealed record SpotReferencePriceCalculation
{
    /// <summary>The symbol.</summary>
    public string Symbol { get; init; } = string.Empty;

    /// <summary>How it is computed, for example <c>ARITHMETIC_MEAN</c> or <c>EXTERNAL</c>.</summary>
    public ReferencePriceCalculationType CalculationType { get; init; }

    /// <summary>ARITHMETIC_MEAN: how many buckets are averaged.</summary>
    public int? BucketCount { get; init; }

    /// <summary>ARITHMETIC_MEAN: the width of one bucket in milliseconds.</summary>
    public long? BucketWidthMs { get; init; }

    /// <summary>EXTERNAL: the id of the external calculation.</summary>
    public long? ExternalCalculationId { get; init; }

    /// <summary>Fields of calculation types this library does not model, as they came.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
