using System.Text.Json.Serialization;

namespace Binance.WsApi.Protocol;

/// <summary>Source-generated metadata for the spot account results (and the session methods' own results); <c>account.status</c> is read by a hand-written reader.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(Readers.SpotAccountInformationReader)])]
[JsonSerializable(typeof(SpotAccountInformation))]
[JsonSerializable(typeof(IReadOnlyList<RateLimit>))]
[JsonSerializable(typeof(IReadOnlyList<SpotAccountTrade>))]
[JsonSerializable(typeof(IReadOnlyList<SpotPreventedMatch>))]
[JsonSerializable(typeof(IReadOnlyList<SpotAllocation>))]
[JsonSerializable(typeof(SpotAccountCommission))]
[JsonSerializable(typeof(SpotAccountFilters))]
[JsonSerializable(typeof(IReadOnlyList<SpotSessionSubscription>))]
internal sealed partial class SpotAccountJsonContext : JsonSerializerContext;
