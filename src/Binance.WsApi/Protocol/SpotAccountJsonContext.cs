using System.Text.Json.Serialization;

namespace Binance.WsApi.Protocol;

/// <summary>Source-generated metadata for the spot account results (and the session methods' own results).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(AccountInformation))]
[JsonSerializable(typeof(IReadOnlyList<RateLimit>))]
[JsonSerializable(typeof(IReadOnlyList<AccountTrade>))]
[JsonSerializable(typeof(IReadOnlyList<PreventedMatch>))]
[JsonSerializable(typeof(IReadOnlyList<Allocation>))]
[JsonSerializable(typeof(AccountCommission))]
[JsonSerializable(typeof(AccountFilters))]
[JsonSerializable(typeof(IReadOnlyList<SessionSubscription>))]
internal sealed partial class SpotAccountJsonContext : JsonSerializerContext;
