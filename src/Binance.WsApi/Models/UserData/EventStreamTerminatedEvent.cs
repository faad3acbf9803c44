namespace Binance.WsApi.Models;

/// <summary>
/// <c>eventStreamTerminated</c>: the subscription ended (unsubscribe, logout, or an expired listen token). No more
/// events arrive on it until the client subscribes again.
/// </summary>
public sealed record EventStreamTerminatedEvent : UserDataEvent;
