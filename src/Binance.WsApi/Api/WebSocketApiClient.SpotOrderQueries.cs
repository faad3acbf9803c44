using Binance.WsApi.Connection;
using Binance.WsApi.Protocol;

namespace Binance.WsApi;

// SPOT — Order-shaped account queries (the reference's getSpotAllOrders, getSpotAllOrderLists; plus order.amendments,
// which the reference lacks). All USER_DATA = SIGNED.
public partial class WebSocketApiClient
{
    /// <summary>Lists the account's orders on a symbol, any status (<c>allOrders</c>; weight 20).</summary>
    /// <param name="request">The symbol and an optional id / time window.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<IReadOnlyList<SpotOrder>>> GetSpotAllOrdersAsync(SpotAllOrdersRequest request, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendCoreAsync(WsApiMarket.Spot, endpoint, "allOrders", request.ToParameters(), RequestAuth.Signed,
            SpotTradingJsonContext.Default.IReadOnlyListSpotOrder, null, cancellationToken);
    }

    /// <summary>Lists the account's order lists, any status (<c>allOrderLists</c>; weight 20).</summary>
    /// <param name="request">An optional id / time window.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<IReadOnlyList<SpotOrderList>>> GetSpotAllOrderListsAsync(SpotAllOrderListsRequest request,
        WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendCoreAsync(WsApiMarket.Spot, endpoint, "allOrderLists", request.ToParameters(), RequestAuth.Signed,
            SpotTradingJsonContext.Default.IReadOnlyListSpotOrderList, null, cancellationToken);
    }

    /// <summary>Lists the quantity amendments of one order (<c>order.amendments</c>; weight 4).</summary>
    /// <param name="request">The symbol and order id.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<IReadOnlyList<SpotOrderAmendment>>> GetSpotOrderAmendmentsAsync(SpotOrderAmendmentsRequest request,
        WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendCoreAsync(WsApiMarket.Spot, endpoint, "order.amendments", request.ToParameters(), RequestAuth.Signed,
            SpotTradingJsonContext.Default.IReadOnlyListSpotOrderAmendment, null, cancellationToken);
    }
}
