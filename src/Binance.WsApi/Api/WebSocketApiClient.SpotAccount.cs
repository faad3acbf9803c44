using Binance.WsApi.Connection;
using Binance.WsApi.Protocol;

namespace Binance.WsApi;

// SPOT — Account (the reference's getSpotAccountInformation, getSpotOrderRateLimits, getSpotMyTrades,
// getSpotPreventedMatches, getSpotAllocations, getSpotAccountCommission; plus myFilters). All SIGNED: the client adds
// apiKey, timestamp, recvWindow and signature, or only the timestamp on an Ed25519 session it logs on by itself.
// The order queries of this group (order.status, openOrders.status, allOrders, …) live with the trading methods.
public partial class WebSocketApiClient
{
    /// <summary>Gets the account's commissions, permissions and balances (<c>account.status</c>, weight 20).</summary>
    /// <param name="request">Whether to leave out zero balances; everything when null.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<SpotAccountInformation>> GetSpotAccountInformationAsync(SpotAccountInformationRequest? request = null,
        WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default) =>
        SendCoreAsync(WsApiMarket.Spot, endpoint, "account.status", request?.ToParameters(), RequestAuth.Signed,
            SpotAccountJsonContext.Default.SpotAccountInformation, null, cancellationToken);

    /// <summary>
    /// Gets the account's unfilled order counts, one <see cref="RateLimit"/> (type <c>ORDERS</c>, with
    /// <see cref="RateLimit.Count"/>) per interval (<c>account.rateLimits.orders</c>, weight 40).
    /// </summary>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<IReadOnlyList<RateLimit>>> GetSpotOrderRateLimitsAsync(WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default) =>
        SendCoreAsync(WsApiMarket.Spot, endpoint, "account.rateLimits.orders", null, RequestAuth.Signed,
            SpotAccountJsonContext.Default.IReadOnlyListRateLimit, null, cancellationToken);

    /// <summary>Gets the account's trades on a symbol (<c>myTrades</c>, weight 20; 5 with an order id).</summary>
    /// <param name="request">Symbol and filter (order, first id or time range).</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<IReadOnlyList<SpotAccountTrade>>> GetSpotMyTradesAsync(SpotMyTradesRequest request, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendCoreAsync(WsApiMarket.Spot, endpoint, "myTrades", request.ToParameters(), RequestAuth.Signed,
            SpotAccountJsonContext.Default.IReadOnlyListSpotAccountTrade, null, cancellationToken);
    }

    /// <summary>
    /// Gets the matches self-trade prevention stopped, by prevented match id or by order (<c>myPreventedMatches</c>,
    /// weight 2 by id, 20 by order).
    /// </summary>
    /// <param name="request">Symbol and prevented match id or order id.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<IReadOnlyList<SpotPreventedMatch>>> GetSpotPreventedMatchesAsync(SpotPreventedMatchesRequest request,
        WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendCoreAsync(WsApiMarket.Spot, endpoint, "myPreventedMatches", request.ToParameters(), RequestAuth.Signed,
            SpotAccountJsonContext.Default.IReadOnlyListSpotPreventedMatch, null, cancellationToken);
    }

    /// <summary>Gets the allocations that SOR orders produced (<c>myAllocations</c>, weight 20).</summary>
    /// <param name="request">Symbol and filter (time range, order, first allocation id).</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<IReadOnlyList<SpotAllocation>>> GetSpotAllocationsAsync(SpotAllocationsRequest request, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendCoreAsync(WsApiMarket.Spot, endpoint, "myAllocations", request.ToParameters(), RequestAuth.Signed,
            SpotAccountJsonContext.Default.IReadOnlyListSpotAllocation, null, cancellationToken);
    }

    /// <summary>Gets the account's commission rates on a symbol (<c>account.commission</c>, weight 20).</summary>
    /// <param name="request">The symbol.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<SpotAccountCommission>> GetSpotAccountCommissionAsync(SpotAccountCommissionRequest request, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendCoreAsync(WsApiMarket.Spot, endpoint, "account.commission", request.ToParameters(), RequestAuth.Signed,
            SpotAccountJsonContext.Default.SpotAccountCommission, null, cancellationToken);
    }

    /// <summary>
    /// Gets the filters that apply to the account on a symbol — exchange, symbol and asset filters; the only place
    /// <c>MAX_ASSET</c> shows (<c>myFilters</c>, weight 40). Not in the reference client.
    /// </summary>
    /// <param name="request">The symbol.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<SpotAccountFilters>> GetSpotMyFiltersAsync(SpotMyFiltersRequest request, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendCoreAsync(WsApiMarket.Spot, endpoint, "myFilters", request.ToParameters(), RequestAuth.Signed,
            SpotAccountJsonContext.Default.SpotAccountFilters, null, cancellationToken);
    }
}
