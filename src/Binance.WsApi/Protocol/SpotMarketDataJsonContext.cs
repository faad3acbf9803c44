using System.Text.Json.Serialization;

namespace Binance.WsApi.Protocol;

/// <summary>
/// Source-generated metadata for the spot market-data results. The tickers are registered as lists read by
/// <see cref="OneOrManyJsonConverter{T}"/>: Binance sends one object for <c>symbol</c> and an array otherwise, and the
/// methods always return a list. The order book (<c>depth</c>) is read by a hand-written reader.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(Readers.SpotOrderBookReader), typeof(OneOrManyJsonConverter<SpotTicker>), typeof(OneOrManyJsonConverter<SpotPriceTicker>), typeof(OneOrManyJsonConverter<SpotBookTicker>)])]
[JsonSerializable(typeof(SpotOrderBook))]
[JsonSerializable(typeof(IReadOnlyList<SpotTrade>))]
[JsonSerializable(typeof(IReadOnlyList<SpotBlockTrade>))]
[JsonSerializable(typeof(IReadOnlyList<SpotAggregateTrade>))]
[JsonSerializable(typeof(IReadOnlyList<SpotKline>))]
[JsonSerializable(typeof(SpotAveragePrice))]
[JsonSerializable(typeof(SpotExecutionRules))]
[JsonSerializable(typeof(SpotReferencePrice))]
[JsonSerializable(typeof(SpotReferencePriceCalculation))]
[JsonSerializable(typeof(SpotTicker))]
[JsonSerializable(typeof(IReadOnlyList<SpotTicker>))]
[JsonSerializable(typeof(SpotPriceTicker))]
[JsonSerializable(typeof(IReadOnlyList<SpotPriceTicker>))]
[JsonSerializable(typeof(SpotBookTicker))]
[JsonSerializable(typeof(IReadOnlyList<SpotBookTicker>))]
internal sealed partial class SpotMarketDataJsonContext : JsonSerializerContext;
