using System.Text.Json.Serialization;

namespace Binance.WsApi.Protocol;

/// <summary>
/// Source-generated metadata for the spot trading, order-list and SOR results and the order queries. The order reports
/// of every round trip (placement, status, cancellation) are read by the hand-written readers of <c>Protocol/Readers</c>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(Readers.SpotOrderResultReader), typeof(Readers.SpotOrderReader), typeof(Readers.SpotCanceledOrderReader)])]
[JsonSerializable(typeof(SpotOrderResult))]
[JsonSerializable(typeof(IReadOnlyList<SpotOrderResult>))]
[JsonSerializable(typeof(SpotOrderTestResult))]
[JsonSerializable(typeof(SpotOrder))]
[JsonSerializable(typeof(IReadOnlyList<SpotOrder>))]
[JsonSerializable(typeof(SpotCanceledOrder))]
[JsonSerializable(typeof(SpotCanceledOrderList))]
[JsonSerializable(typeof(SpotCancelResult))]
[JsonSerializable(typeof(IReadOnlyList<SpotCancelResult>))]
[JsonSerializable(typeof(SpotCancelReplaceResult))]
[JsonSerializable(typeof(SpotAmendOrderResult))]
[JsonSerializable(typeof(IReadOnlyList<SpotOrderAmendment>))]
[JsonSerializable(typeof(SpotOrderList))]
[JsonSerializable(typeof(IReadOnlyList<SpotOrderList>))]
[JsonSerializable(typeof(SpotOrderListResult))]
internal sealed partial class SpotTradingJsonContext : JsonSerializerContext;
