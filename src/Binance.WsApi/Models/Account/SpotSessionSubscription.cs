namespace Binance.WsApi.Models;

/// <summary>One active user data stream subscription on a connection (<c>session.subscriptions</c>).</summary>
public sealed record SpotSessionSubscription
{
    /// <summary>The subscription id, which events of that subscription carry.</summary>
    public int SubscriptionId { get; init; }
}
