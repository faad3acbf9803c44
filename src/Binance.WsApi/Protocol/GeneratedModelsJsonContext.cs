using System.Text.Json.Serialization;

namespace Binance.WsApi.Protocol;

/// <summary>
/// Plain source-generated metadata, without the hand-written readers, for the models those readers read (see
/// <c>Protocol/Readers</c>): the readers write through it, so a model serializes exactly as before, and the tests
/// read every documented example both ways to prove the two readers agree. Same options as the reading contexts.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    PropertyNameCaseInsensitive = false)]
[JsonSerializable(typeof(SpotOrderResult))]
[JsonSerializable(typeof(SpotOrder))]
[JsonSerializable(typeof(SpotCanceledOrder))]
[JsonSerializable(typeof(SpotOrderBook))]
[JsonSerializable(typeof(SpotAccountInformation))]
[JsonSerializable(typeof(ExecutionReportEvent))]
[JsonSerializable(typeof(FuturesOrderTradeUpdateEvent))]
internal sealed partial class GeneratedModelsJsonContext : JsonSerializerContext;
