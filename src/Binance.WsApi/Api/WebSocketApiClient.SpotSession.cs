using Binance.WsApi.Connection;
using Binance.WsApi.Protocol;

namespace Binance.WsApi;

// SPOT — Session methods beyond the reference client: session.logout and session.subscriptions. (session.logon is
// automatic with Ed25519 keys; session.status is with the general methods.)
public partial class WebSocketApiClient
{
    /// <summary>
    /// Logs the connection off (<c>session.logout</c>, weight 2); the socket stays open for public requests. Once the
    /// server confirms, the client treats the connection as not logged on
    /// (<see cref="WsApiConnection.IsLoggedOn"/> is false) and no longer logs it on again by itself after a reconnect.
    /// A later signed request logs on again first (Ed25519). The server also ends the user data subscription bound to
    /// the logon. Signed requests sent while the logout is in flight may reach the server after it and be refused.
    /// </summary>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The session status after the logout (no API key).</returns>
    public virtual Task<WsApiResponse<SessionStatus>> LogoutSpotSessionAsync(WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default) =>
        LogoutCoreAsync(WsApiMarket.Spot, endpoint, cancellationToken);

    /// <summary>Lists the user data stream subscriptions active on the connection (<c>session.subscriptions</c>, weight 2).</summary>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<IReadOnlyList<SpotSessionSubscription>>> GetSpotSessionSubscriptionsAsync(WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default) =>
        SendCoreAsync(WsApiMarket.Spot, endpoint, "session.subscriptions", null, RequestAuth.None,
            SpotAccountJsonContext.Default.IReadOnlyListSpotSessionSubscription, null, cancellationToken);

    /// <summary>Sends <c>session.logout</c> on a market's connection and keeps the client's logon state in step with the server's.</summary>
    internal Task<WsApiResponse<SessionStatus>> LogoutCoreAsync(WsApiMarket market, WsApiEndpoint? endpoint, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        WsApiEndpoint target = ResolveEndpoint(market, endpoint);
        return _connections[target].LogoutAsync(null, cancellationToken);
    }
}
