using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary><c>listenKeyExpired</c>: a listen-key stream expired (futures); a new listen key is needed.</summary>
public sealed record ListenKeyExpiredEvent : UserDataEvent
{
    /// <summary>The listen key that expired.</summary>
    [JsonPropertyName("listenKey")] public string? ListenKey { get; init; }
}
