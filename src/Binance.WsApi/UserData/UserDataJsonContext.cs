using System.Text.Json.Serialization;

namespace Binance.WsApi.UserData;

/// <summary>
/// Source-generated metadata for user data events. Property matching is case-sensitive on purpose: Binance uses
/// <c>c</c> and <c>C</c>, <c>p</c> and <c>P</c>, … as different fields. The order events (<c>executionReport</c>,
/// <c>ORDER_TRADE_UPDATE</c>) are read by hand-written readers.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, NumberHandling = JsonNumberHandling.AllowReadingFromString, PropertyNameCaseInsensitive = false,
    Converters = [typeof(ExecutionReportReader), typeof(FuturesOrderTradeUpdateReader)])]
[JsonSerializable(typeof(ExecutionReportEvent))]
[JsonSerializable(typeof(OutboundAccountPositionEvent))]
[JsonSerializable(typeof(BalanceUpdateEvent))]
[JsonSerializable(typeof(ExternalLockUpdateEvent))]
[JsonSerializable(typeof(ListStatusEvent))]
[JsonSerializable(typeof(EventStreamTerminatedEvent))]
[JsonSerializable(typeof(ListenKeyExpiredEvent))]
[JsonSerializable(typeof(FuturesOrderTradeUpdateEvent))]
[JsonSerializable(typeof(FuturesAccountUpdateEvent))]
[JsonSerializable(typeof(FuturesMarginCallEvent))]
[JsonSerializable(typeof(FuturesAccountConfigUpdateEvent))]
[JsonSerializable(typeof(FuturesTradeLiteEvent))]
[JsonSerializable(typeof(UnknownUserDataEvent))]
[JsonSerializable(typeof(UserDataSubscription))]
[JsonSerializable(typeof(ListenKeyResult))]
internal sealed partial class UserDataJsonContext : JsonSerializerContext;
