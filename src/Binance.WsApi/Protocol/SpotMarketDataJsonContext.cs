using System.Text.Json.Serialization;

namespace Binance.WsApi.Protocol;

/// <summary>
/// Source-generated metadata for the spot market-data results. The tickers are registered as lists read by
/// <see cref="OneOrManyJsonConverter{T}"/>: Binance sends one object for <c>symbol</c> and an array otherwise, and the
/// methods always return a list.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(OneOrManyJsonConverter<Ticker>), typeof(OneOrManyJsonConverter<PriceTicker>), typeof(OneOrManyJsonConverter<BookTicker>)])]
[JsonSerializable(typeof(OrderBook))]
[JsonSerializable(typeof(IReadOnlyList<Trade>))]
[JsonSerializable(typeof(IReadOnlyList<BlockTrade>))]
[JsonSerializable(typeof(IReadOnlyList<AggregateTrade>))]
[JsonSerializable(typeof(IReadOnlyList<Kline>))]
[JsonSerializable(typeof(AveragePrice))]
[JsonSerializable(typeof(ExecutionRules))]
[JsonSerializable(typeof(ReferencePrice))]
[JsonSerializable(typeof(ReferencePriceCalculation))]
[JsonSerializable(typeof(Ticker))]
[JsonSerializable(typeof(IReadOnlyList<Ticker>))]
[JsonSerializable(typeof(PriceTicker))]
[JsonSerializable(typeof(IReadOnlyList<PriceTicker>))]
[JsonSerializable(typeof(BookTicker))]
[JsonSerializable(typeof(IReadOnlyList<BookTicker>))]
internal sealed partial class SpotMarketDataJsonContext : JsonSerializerContext;
