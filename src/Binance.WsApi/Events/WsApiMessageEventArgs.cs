using System.Text.Json;

namespace Binance.WsApi;

/// <summary>An incoming frame, parsed: a response or a pushed event.</summary>
public sealed class WsApiMessageEventArgs : EventArgs
{
    internal WsApiMessageEventArgs(WsApiEndpoint endpoint, bool isEvent, string? id, int? status, string? eventType, JsonElement message)
    {
        Endpoint = endpoint;
        IsEvent = isEvent;
        Id = id;
        Status = status;
        EventType = eventType;
        Message = message;
    }

    /// <summary>The endpoint it came from.</summary>
    public WsApiEndpoint Endpoint { get; }

    /// <summary>True for a push (<c>event</c>), false for a response.</summary>
    public bool IsEvent { get; }

    /// <summary>The response id, for responses.</summary>
    public string? Id { get; }

    /// <summary>The response status, for responses.</summary>
    public int? Status { get; }

    /// <summary>The event type (<c>e</c>), for pushes.</summary>
    public string? EventType { get; }

    /// <summary>The whole frame as JSON.</summary>
    public JsonElement Message { get; }
}
