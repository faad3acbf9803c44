using System.Text.Json;
using System.Text.Json.Serialization;

namespace Binance.WsApi.Protocol;

/// <summary>
/// Source-generated serialization metadata for every response model (trim- and AOT-safe, no reflection).
/// Decimals arrive as JSON strings, hence <see cref="JsonNumberHandling.AllowReadingFromString"/>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(EmptyResult))]
[JsonSerializable(typeof(ServerTime))]
[JsonSerializable(typeof(SpotExchangeInfo))]
[JsonSerializable(typeof(SpotSymbolInfo))]
[JsonSerializable(typeof(SessionStatus))]
[JsonSerializable(typeof(List<RateLimit>))]
[JsonSerializable(typeof(IReadOnlyList<RateLimit>))]
internal sealed partial class WsApiJsonContext : JsonSerializerContext;
