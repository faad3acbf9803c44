using System.Text.Json.Serialization;

namespace Binance.WsApi.Protocol;

/// <summary>Source-generated metadata for the spot market-data results.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(OrderBook))]
internal sealed partial class SpotMarketDataJsonContext : JsonSerializerContext;
