using System.Text.Json.Serialization;

namespace Binance.WsApi.Protocol;

/// <summary>Source-generated metadata for the spot account results (and the session methods' own results).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(SpotAccountInformation))]
[JsonSerializable(typeof(IReadOnlyList<RateLimit>))]
[JsonSerializable(typeof(IReadOnlyList<SpotAccountTrade>))]
[JsonSerializable(typeof(IReadOnlyList<SpotPreventedMatch>))]
[JsonSerializable(typeof(IReadOnlyList<SpotAllocation>))]
[JsonSerializable(typeof(SpotAccountCommission))]
[JsonSerializable(typeof(SpotAccountFilters))]
[JsonSerializable(typeof(IReadOnlyList<SpotSessionSubscription>))]
internal sealed partial class SpotAccountJsonContext : JsonSerializerContext;
