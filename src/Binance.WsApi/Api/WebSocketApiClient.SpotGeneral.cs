using Binance.WsApi.Connection;
using Binance.WsApi.Protocol;

namespace Binance.WsApi;

// SPOT — General: ping, time, exchangeInfo, session.status (the reference's testSpotConnectivity,
// getSpotServerTime, getSpotExchangeInfo, getSpotSessionStatus).
public partial class WebSocketApiClient
{
    /// <summary>Tests connectivity (<c>ping</c>, weight 1).</summary>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<EmptyResult>> TestSpotConnectivityAsync(WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default) =>
        SendCoreAsync(WsApiMarket.Spot, endpoint, "ping", null, RequestAuth.None, WsApiJsonContext.Default.EmptyResult, null, cancellationToken);

    /// <summary>Gets the server's clock (<c>time</c>, weight 1).</summary>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<ServerTime>> GetSpotServerTimeAsync(WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default) =>
        SendCoreAsync(WsApiMarket.Spot, endpoint, "time", null, RequestAuth.None, WsApiJsonContext.Default.ServerTime, null, cancellationToken);

    /// <summary>Gets trading rules, rate limits and symbols (<c>exchangeInfo</c>, weight 20).</summary>
    /// <param name="request">Which symbols; all when null.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<SpotExchangeInfo>> GetSpotExchangeInfoAsync(SpotExchangeInfoRequest? request = null, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default) =>
        ObserveExchangeLimitsAsync(SendCoreAsync(WsApiMarket.Spot, endpoint, "exchangeInfo", request?.ToParameters(), RequestAuth.None,
            WsApiJsonContext.Default.SpotExchangeInfo, null, cancellationToken));

    /// <summary>exchangeInfo states the limits' ceilings (including CONNECTIONS): the rate governor takes them.</summary>
    private async Task<WsApiResponse<SpotExchangeInfo>> ObserveExchangeLimitsAsync(Task<WsApiResponse<SpotExchangeInfo>> sending)
    {
        WsApiResponse<SpotExchangeInfo> response = await sending.ConfigureAwait(false);
        _connections[response.Endpoint].RateLimits.Observe(response.Result.RateLimits, withCounts: false);
        return response;
    }

    /// <summary>Gets the authentication status of the connection (<c>session.status</c>, weight 2).</summary>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<SessionStatus>> GetSpotSessionStatusAsync(WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default) =>
        SendCoreAsync(WsApiMarket.Spot, endpoint, "session.status", null, RequestAuth.None, WsApiJsonContext.Default.SessionStatus, null, cancellationToken);
}
