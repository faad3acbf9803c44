using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>
/// <c>ORDER_TRADE_UPDATE</c> (futures listen-key stream): one state change of a futures order (new, trade, cancel,
/// expiry, amendment). The order itself is in <see cref="Order"/>.
/// </summary>
public sealed record FuturesOrderTradeUpdateEvent : UserDataEvent
{
    /// <summary><c>T</c>: transaction time, ms since the epoch.</summary>
    [JsonPropertyName("T")] public long TransactionTime { get; init; }

    /// <summary><c>o</c>: the order.</summary>
    [JsonPropertyName("o")] public FuturesOrderUpdate Order { get; init; } = new();
}
