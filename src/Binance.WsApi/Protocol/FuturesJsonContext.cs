using System.Text.Json.Serialization;

namespace Binance.WsApi.Protocol;

/// <summary>
/// Source-generated metadata for the futures results (USD-M and COIN-M). The tickers are registered as lists read by
/// <see cref="OneOrManyJsonConverter{T}"/>: Binance sends one object for <c>symbol</c> and an array otherwise, and the
/// methods always return a list.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(OneOrManyJsonConverter<FuturesPriceTicker>), typeof(OneOrManyJsonConverter<FuturesBookTicker>)])]
[JsonSerializable(typeof(FuturesOrderBook))]
[JsonSerializable(typeof(FuturesPriceTicker))]
[JsonSerializable(typeof(IReadOnlyList<FuturesPriceTicker>))]
[JsonSerializable(typeof(FuturesBookTicker))]
[JsonSerializable(typeof(IReadOnlyList<FuturesBookTicker>))]
[JsonSerializable(typeof(FuturesOrder))]
[JsonSerializable(typeof(FuturesAlgoOrder))]
[JsonSerializable(typeof(FuturesAlgoCancelResult))]
[JsonSerializable(typeof(IReadOnlyList<FuturesPosition>))]
[JsonSerializable(typeof(IReadOnlyList<FuturesPositionV2>))]
[JsonSerializable(typeof(IReadOnlyList<FuturesBalance>))]
[JsonSerializable(typeof(FuturesAccountStatus))]
[JsonSerializable(typeof(SessionStatus))]
internal sealed partial class FuturesJsonContext : JsonSerializerContext;
