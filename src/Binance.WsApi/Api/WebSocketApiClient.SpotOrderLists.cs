using Binance.WsApi.Protocol;

namespace Binance.WsApi;

// SPOT — Order lists (the reference's placeSpotOrderList, placeSpotOCOOrderList, …). All SIGNED.
// Every placement fills a missing list client id and leg client ids, so a list whose outcome is unknown can be
// looked up with orderList.status by the list client id (set on the exception too).
public partial class WebSocketApiClient
{
    /// <summary>Places a legacy OCO (<c>orderList.place</c>, deprecated; weight 1). Prefer <see cref="PlaceSpotOcoOrderListAsync"/>.</summary>
    /// <param name="request">The list.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<SpotOrderListResult>> PlaceSpotOrderListAsync(SpotOrderListRequest request, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendOrderListAsync("orderList.place", request.ToParameters(ClientOrderIds), endpoint, cancellationToken);
    }

    /// <summary>Places an OCO list (<c>orderList.place.oco</c>; weight 1; 2 unfilled orders).</summary>
    /// <param name="request">The list.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<SpotOrderListResult>> PlaceSpotOcoOrderListAsync(SpotOcoOrderListRequest request, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendOrderListAsync("orderList.place.oco", request.ToParameters(ClientOrderIds), endpoint, cancellationToken);
    }

    /// <summary>Places an OTO list (<c>orderList.place.oto</c>; weight 1; 2 unfilled orders).</summary>
    /// <param name="request">The list.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<SpotOrderListResult>> PlaceSpotOtoOrderListAsync(SpotOtoOrderListRequest request, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendOrderListAsync("orderList.place.oto", request.ToParameters(ClientOrderIds), endpoint, cancellationToken);
    }

    /// <summary>Places an OTOCO list (<c>orderList.place.otoco</c>; weight 1; 3 unfilled orders).</summary>
    /// <param name="request">The list.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<SpotOrderListResult>> PlaceSpotOtocoOrderListAsync(SpotOtocoOrderListRequest request, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendOrderListAsync("orderList.place.otoco", request.ToParameters(ClientOrderIds), endpoint, cancellationToken);
    }

    /// <summary>Places an OPO list (<c>orderList.place.opo</c>; weight 1; 2 unfilled orders). The result reports contingency type OTO.</summary>
    /// <param name="request">The list.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<SpotOrderListResult>> PlaceSpotOpoOrderListAsync(SpotOpoOrderListRequest request, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendOrderListAsync("orderList.place.opo", request.ToParameters(ClientOrderIds), endpoint, cancellationToken);
    }

    /// <summary>Places an OPOCO list (<c>orderList.place.opoco</c>; weight 1; 3 unfilled orders). The result reports contingency type OTO.</summary>
    /// <param name="request">The list.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<SpotOrderListResult>> PlaceSpotOpocoOrderListAsync(SpotOpocoOrderListRequest request, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendOrderListAsync("orderList.place.opoco", request.ToParameters(ClientOrderIds), endpoint, cancellationToken);
    }

    /// <summary>Gets one order list's status (<c>orderList.status</c>; weight 4).</summary>
    /// <param name="request">The list's id or client id.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<SpotOrderList>> GetSpotOrderListStatusAsync(SpotOrderListStatusRequest request, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendCoreAsync(WsApiMarket.Spot, endpoint, "orderList.status", request.ToParameters(), Connection.RequestAuth.Signed,
            SpotTradingJsonContext.Default.SpotOrderList, null, cancellationToken);
    }

    /// <summary>Cancels an order list (<c>orderList.cancel</c>; weight 1, 0 on success).</summary>
    /// <param name="request">The symbol and the list's id or client id.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<SpotCanceledOrderList>> CancelSpotOrderListAsync(SpotCancelOrderListRequest request, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendCoreAsync(WsApiMarket.Spot, endpoint, "orderList.cancel", request.ToParameters(), Connection.RequestAuth.Signed,
            SpotTradingJsonContext.Default.SpotCanceledOrderList, null, cancellationToken);
    }

    /// <summary>Lists the open order lists (<c>openOrderLists.status</c>; weight 6).</summary>
    /// <param name="request">Only a receive window; pass <c>new SpotOpenOrderListsRequest()</c>.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<IReadOnlyList<SpotOrderList>>> GetSpotOpenOrderListsAsync(SpotOpenOrderListsRequest request,
        WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendCoreAsync(WsApiMarket.Spot, endpoint, "openOrderLists.status", request.ToParameters(), Connection.RequestAuth.Signed,
            SpotTradingJsonContext.Default.IReadOnlyListSpotOrderList, null, cancellationToken);
    }

    private Task<WsApiResponse<SpotOrderListResult>> SendOrderListAsync(string method, WsApiParameters parameters, WsApiEndpoint? endpoint,
        CancellationToken cancellationToken) =>
        SendOrderAsync(method, parameters, SentText(parameters, "listClientOrderId"), SpotTradingJsonContext.Default.SpotOrderListResult,
            endpoint, cancellationToken);
}
