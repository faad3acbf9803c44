using Binance.WsApi.Connection;
using Binance.WsApi.Protocol;

namespace Binance.WsApi;

// SPOT — SOR orders (the reference's placeSpotSOROrder, testSpotSOROrder). SIGNED.
public partial class WebSocketApiClient
{
    /// <summary>
    /// Places an order through smart order routing (<c>sor.order.place</c>; weight 1, 0 on success; 1 unfilled order).
    /// The result is an array (one report per order placed), each with <c>WorkingFloor</c>, <c>UsedSor</c> and SOR fills.
    /// </summary>
    /// <param name="request">The order (LIMIT or MARKET). A missing client order id is generated.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<IReadOnlyList<SpotOrderResult>>> PlaceSpotSorOrderAsync(SpotSorOrderRequest request, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        string clientOrderId = request.NewClientOrderId ?? ClientOrderIds.Next();
        return SendOrderAsync("sor.order.place", request.ToParameters(clientOrderId), clientOrderId,
            SpotTradingJsonContext.Default.IReadOnlyListSpotOrderResult, endpoint, cancellationToken);
    }

    /// <summary>Tests a smart-order-routing order without placing it (<c>sor.order.test</c>; weight 1, or 20 with commission rates).</summary>
    /// <param name="request">The order and whether to compute commission rates.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<SpotOrderTestResult>> TestSpotSorOrderAsync(SpotSorOrderTestRequest request, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendCoreAsync(WsApiMarket.Spot, endpoint, "sor.order.test", request.ToParameters(), RequestAuth.Signed,
            SpotTradingJsonContext.Default.SpotOrderTestResult, null, cancellationToken);
    }
}
