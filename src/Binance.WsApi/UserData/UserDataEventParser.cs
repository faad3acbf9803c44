using System.Text.Json;

namespace Binance.WsApi.UserData;

/// <summary>Turns the <c>event</c> object of a push (or an unwrapped listen-key event) into its typed model.</summary>
internal static class UserDataEventParser
{
    public static UserDataEvent Parse(ReadOnlySpan<byte> eventObject, string? eventType)
    {
        UserDataEvent? parsed = eventType switch
        {
            "executionReport" => JsonSerializer.Deserialize(eventObject, UserDataJsonContext.Default.ExecutionReportEvent),
            "outboundAccountPosition" => JsonSerializer.Deserialize(eventObject, UserDataJsonContext.Default.OutboundAccountPositionEvent),
            "balanceUpdate" => JsonSerializer.Deserialize(eventObject, UserDataJsonContext.Default.BalanceUpdateEvent),
            "externalLockUpdate" => JsonSerializer.Deserialize(eventObject, UserDataJsonContext.Default.ExternalLockUpdateEvent),
            "listStatus" => JsonSerializer.Deserialize(eventObject, UserDataJsonContext.Default.ListStatusEvent),
            "eventStreamTerminated" => JsonSerializer.Deserialize(eventObject, UserDataJsonContext.Default.EventStreamTerminatedEvent),
            "ORDER_TRADE_UPDATE" => JsonSerializer.Deserialize(eventObject, UserDataJsonContext.Default.FuturesOrderTradeUpdateEvent),
            "ACCOUNT_UPDATE" => JsonSerializer.Deserialize(eventObject, UserDataJsonContext.Default.FuturesAccountUpdateEvent),
            "MARGIN_CALL" => JsonSerializer.Deserialize(eventObject, UserDataJsonContext.Default.FuturesMarginCallEvent),
            "ACCOUNT_CONFIG_UPDATE" => JsonSerializer.Deserialize(eventObject, UserDataJsonContext.Default.FuturesAccountConfigUpdateEvent),
            "TRADE_LITE" => JsonSerializer.Deserialize(eventObject, UserDataJsonContext.Default.FuturesTradeLiteEvent),
            "listenKeyExpired" => JsonSerializer.Deserialize(eventObject, UserDataJsonContext.Default.ListenKeyExpiredEvent),
            _ => null,
        };

        if (parsed is not null)
        {
            return parsed;
        }

        // Unknown (or new) event types are kept whole rather than dropped.
        UnknownUserDataEvent unknown = JsonSerializer.Deserialize(eventObject, UserDataJsonContext.Default.UnknownUserDataEvent) ?? new UnknownUserDataEvent();
        unknown.Raw = JsonElement.Parse(eventObject);
        return unknown;
    }
}
