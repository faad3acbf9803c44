namespace Binance.WsApi.Models;

/// <summary>The result of <c>userDataStream.subscribe</c> / <c>.signature</c>: the subscription's id on the connection.</summary>
public sealed record UserDataSubscription
{
    /// <summary>The id that pushed events carry as <c>subscriptionId</c>.</summary>
    public long SubscriptionId { get; init; }

    /// <summary>When a listen-token subscription expires (ms since the epoch); null for the others.</summary>
    public long? ExpirationTime { get; init; }
}
