using Binance.WsApi.Connection;
using Binance.WsApi.Protocol;

namespace Binance.WsApi;

// FUTURES — Session. session.logon is automatic for Ed25519 keys on futures endpoints as on spot (the connection logs
// on per endpoint); these expose session.status and session.logout on a futures connection. The futures result has no
// userDataStream field, so SessionStatus.UserDataStream stays null.
public partial class WebSocketApiClient
{
    /// <summary>Gets the authentication status of a futures connection (<c>session.status</c>, weight 2).</summary>
    /// <param name="market">USD-M or COIN-M.</param>
    /// <param name="endpoint">An endpoint of <paramref name="market"/>; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<SessionStatus>> GetFuturesSessionStatusAsync(FuturesMarket market, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default)
    {
        FuturesChecks.ValidMarket(market);
        return SendCoreAsync(market.ToMarket(), endpoint, "session.status", null, RequestAuth.None,
            FuturesJsonContext.Default.SessionStatus, null, cancellationToken);
    }

    /// <summary>
    /// Logs a futures connection off (<c>session.logout</c>, weight 2), keeping the client's logon state in step as
    /// <see cref="LogoutSpotSessionAsync"/> does; a later signed request logs on again first (Ed25519).
    /// </summary>
    /// <param name="market">USD-M or COIN-M.</param>
    /// <param name="endpoint">An endpoint of <paramref name="market"/>; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<SessionStatus>> LogoutFuturesSessionAsync(FuturesMarket market, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default)
    {
        FuturesChecks.ValidMarket(market);
        return LogoutCoreAsync(market.ToMarket(), endpoint, cancellationToken);
    }
}
