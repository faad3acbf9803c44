namespace Binance.WsApi;

/// <summary>
/// The user data stream was subscribed again after the connection was replaced. Events that happened between the
/// drop and this moment may have been missed: reconcile (query open orders and the account) if that matters.
/// </summary>
public sealed class UserDataStreamResubscribedEventArgs : EventArgs
{
    internal UserDataStreamResubscribedEventArgs(WsApiEndpoint endpoint, long subscriptionId, int attempts)
    {
        Endpoint = endpoint;
        SubscriptionId = subscriptionId;
        Attempts = attempts;
    }

    internal UserDataStreamResubscribedEventArgs(WsApiEndpoint endpoint, string listenKey, int attempts)
        : this(endpoint, -1, attempts)
    {
        ListenKey = listenKey;
    }

    /// <summary>The listen key of a reconnected futures user data stream; null for a WS API subscription.</summary>
    public string? ListenKey { get; }

    /// <summary>The endpoint whose stream was resubscribed.</summary>
    public WsApiEndpoint Endpoint { get; }

    /// <summary>The new subscription id; -1 for a futures listen-key stream (see <see cref="ListenKey"/>).</summary>
    public long SubscriptionId { get; }

    /// <summary>How many attempts it took.</summary>
    public int Attempts { get; }

    /// <summary>Always true: events between the drop and the resubscription may be missing.</summary>
    public bool EventsMayHaveBeenMissed => true;
}
