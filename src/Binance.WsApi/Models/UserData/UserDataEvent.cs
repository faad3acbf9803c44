using System.Text.Json;
using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>
/// A user data stream event: an order update, a balance change, a stream notice. The concrete type tells which;
/// an event type this library does not know yet arrives as <see cref="UnknownUserDataEvent"/>, never dropped.
/// </summary>
public abstract record UserDataEvent
{
    /// <summary>The event type, Binance's <c>e</c> (for example <c>executionReport</c>).</summary>
    [JsonPropertyName("e")]
    public string EventType { get; init; } = string.Empty;

    /// <summary>When the event was generated, ms since the epoch (Binance's <c>E</c>).</summary>
    [JsonPropertyName("E")]
    public long EventTime { get; init; }

    /// <summary>The subscription it belongs to on a WS API connection (spot); null on listen-key streams.</summary>
    [JsonIgnore]
    public long? SubscriptionId { get; internal set; }

    /// <summary>The endpoint whose connection delivered it.</summary>
    [JsonIgnore]
    public WsApiEndpoint Endpoint { get; internal set; }
}

/// <summary>An event of a type this library does not model (yet), kept whole.</summary>
public sealed record UnknownUserDataEvent : UserDataEvent
{
    /// <summary>The event object as received.</summary>
    [JsonIgnore]
    public JsonElement Raw { get; internal set; }
}
