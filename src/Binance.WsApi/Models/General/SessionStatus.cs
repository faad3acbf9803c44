namespace Binance.WsApi.Models;

/// <summary>The result of <c>session.logon</c>, <c>session.status</c> and <c>session.logout</c>.</summary>
public sealed record SessionStatus
{
    /// <summary>The API key the session is logged on with, or null when it is not.</summary>
    public string? ApiKey { get; init; }

    /// <summary>When the session logged on (ms since the epoch), or null.</summary>
    public long? AuthorizedSince { get; init; }

    /// <summary>When the connection was opened (ms since the epoch).</summary>
    public long ConnectedSince { get; init; }

    /// <summary>Whether responses carry <c>rateLimits</c> by default on this connection.</summary>
    public bool ReturnRateLimits { get; init; }

    /// <summary>The server's clock (ms since the epoch).</summary>
    public long ServerTime { get; init; }

    /// <summary>
    /// Spot only: true with at least one active user data subscription, false with none, null when the feature is not
    /// available (futures never send it).
    /// </summary>
    public bool? UserDataStream { get; init; }

    /// <summary>True when the session is logged on.</summary>
    public bool IsLoggedOn => ApiKey is not null;
}
