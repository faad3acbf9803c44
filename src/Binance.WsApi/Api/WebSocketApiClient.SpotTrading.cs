using System.Text.Json.Serialization.Metadata;
using Binance.WsApi.Connection;
using Binance.WsApi.Protocol;

namespace Binance.WsApi;

// SPOT — Order management (the reference's submitNewSpotOrder, testSpotOrder, …). All TRADE / USER_DATA = SIGNED.
// Every placement carries a client order id (the caller's, or one generated here), so an order whose outcome is
// unknown after a drop or a timeout can be looked up: the id is echoed in the result and set on the exception.
public partial class WebSocketApiClient
{
    /// <summary>
    /// Returns a fresh client order id (the configured prefix plus random characters), the same kind the client fills
    /// in when a placement names none. Useful to know an order's id before sending it.
    /// </summary>
    public virtual string NextClientOrderId() => ClientOrderIds.Next();

    /// <summary>Places a spot order (<c>order.place</c>; weight 1, 0 on success; 1 unfilled order).</summary>
    /// <param name="request">The order. A missing <see cref="SpotOrderRequest.NewClientOrderId"/> is generated.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait (an order already sent may still execute: look it up by its client id).</param>
    /// <returns>The placement result, shaped by <see cref="SpotOrderRequest.NewOrderRespType"/> (see <see cref="SpotOrderResult"/>).</returns>
    /// <exception cref="ArgumentException">The request cannot be right (missing per-type parameter, non-positive amount, …); nothing was sent.</exception>
    public virtual Task<WsApiResponse<SpotOrderResult>> SubmitNewSpotOrderAsync(SpotOrderRequest request, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        string clientOrderId = request.NewClientOrderId ?? ClientOrderIds.Next();
        return SendOrderAsync("order.place", request.ToParameters(clientOrderId), clientOrderId,
            SpotTradingJsonContext.Default.SpotOrderResult, endpoint, cancellationToken);
    }

    /// <summary>
    /// Tests an order (<c>order.test</c>; weight 1, or 20 with commission rates): validated, signature included, but
    /// never sent to the matching engine.
    /// </summary>
    /// <param name="request">The order and whether to compute commission rates.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>Empty, or the commission rates when <see cref="SpotOrderTestRequest.ComputeCommissionRates"/> is set.</returns>
    public virtual Task<WsApiResponse<SpotOrderTestResult>> TestSpotOrderAsync(SpotOrderTestRequest request, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendCoreAsync(WsApiMarket.Spot, endpoint, "order.test", request.ToParameters(), RequestAuth.Signed,
            SpotTradingJsonContext.Default.SpotOrderTestResult, null, cancellationToken);
    }

    /// <summary>Gets one order's state (<c>order.status</c>; weight 4).</summary>
    /// <param name="request">The symbol and the order's id or client id.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<SpotOrder>> GetSpotOrderStatusAsync(SpotOrderStatusRequest request, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendCoreAsync(WsApiMarket.Spot, endpoint, "order.status", request.ToParameters(), RequestAuth.Signed,
            SpotTradingJsonContext.Default.SpotOrder, null, cancellationToken);
    }

    /// <summary>
    /// Cancels an order (<c>order.cancel</c>; weight 1, 0 on success). Cancelling a leg of an order list cancels the
    /// whole list: the result's <see cref="SpotCancelResult.OrderList"/> is then set instead of <see cref="SpotCancelResult.Order"/>.
    /// </summary>
    /// <param name="request">The symbol and the order's id or client id.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<SpotCancelResult>> CancelSpotOrderAsync(SpotCancelOrderRequest request, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendCoreAsync(WsApiMarket.Spot, endpoint, "order.cancel", request.ToParameters(), RequestAuth.Signed,
            SpotTradingJsonContext.Default.SpotCancelResult, null, cancellationToken);
    }

    /// <summary>
    /// Cancels an order and places a new one (<c>order.cancelReplace</c>; weight 1, 0 on success; 1 unfilled order).
    /// Not transactional: when a step fails the call throws <see cref="SpotCancelReplaceException"/> with the
    /// outcome of each step (400 / -2022: nothing changed; 409 / -2021: one step succeeded).
    /// </summary>
    /// <param name="request">The order to cancel and the new order. A missing new client order id is generated.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <exception cref="SpotCancelReplaceException">A step failed; see its outcomes.</exception>
    public virtual Task<WsApiResponse<SpotCancelReplaceResult>> CancelReplaceSpotOrderAsync(SpotCancelReplaceRequest request,
        WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.NewOrder);
        string clientOrderId = request.NewOrder.NewClientOrderId ?? ClientOrderIds.Next();
        return SendOrderAsync("order.cancelReplace", request.ToParameters(clientOrderId), clientOrderId,
            SpotTradingJsonContext.Default.SpotCancelReplaceResult, endpoint, cancellationToken);
    }

    /// <summary>
    /// Reduces an open order's quantity keeping its queue priority (<c>order.amend.keepPriority</c>; weight 4).
    /// </summary>
    /// <param name="request">The order and its new, smaller quantity.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<SpotAmendOrderResult>> AmendSpotOrderKeepPriorityAsync(SpotAmendOrderRequest request,
        WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendCoreAsync(WsApiMarket.Spot, endpoint, "order.amend.keepPriority", request.ToParameters(), RequestAuth.Signed,
            SpotTradingJsonContext.Default.SpotAmendOrderResult, null, cancellationToken);
    }

    /// <summary>Lists open orders (<c>openOrders.status</c>; weight 6 for one symbol, 80 for all).</summary>
    /// <param name="request">The symbol, or none for all symbols.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<IReadOnlyList<SpotOrder>>> GetSpotOpenOrdersAsync(SpotOpenOrdersRequest request, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendCoreAsync(WsApiMarket.Spot, endpoint, "openOrders.status", request.ToParameters(), RequestAuth.Signed,
            SpotTradingJsonContext.Default.IReadOnlyListSpotOrder, null, cancellationToken);
    }

    /// <summary>
    /// Cancels every open order and order list on a symbol (<c>openOrders.cancelAll</c>; weight 1, 0 on success).
    /// Each item is a single order's report or a list's report (see <see cref="SpotCancelResult"/>).
    /// </summary>
    /// <param name="request">The symbol.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<IReadOnlyList<SpotCancelResult>>> CancelAllSpotOpenOrdersAsync(SpotCancelAllOpenOrdersRequest request,
        WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendCoreAsync(WsApiMarket.Spot, endpoint, "openOrders.cancelAll", request.ToParameters(), RequestAuth.Signed,
            SpotTradingJsonContext.Default.IReadOnlyListSpotCancelResult, null, cancellationToken);
    }

    /// <summary>
    /// Sends a placement and, when it fails, records the client order id it carried on the exception (only on an
    /// exception about this very request: a shared one, such as a rejected logon, names another method).
    /// </summary>
    private Task<WsApiResponse<T>> SendOrderAsync<T>(string method, WsApiParameters parameters, string? clientOrderId,
        JsonTypeInfo<T> resultType, WsApiEndpoint? endpoint, CancellationToken cancellationToken) =>
        SendCoreAsync(WsApiMarket.Spot, endpoint, method, parameters, RequestAuth.Signed, resultType, null, cancellationToken, clientOrderId);

    /// <summary>The text value of a parameter that was written (for example a generated list client id).</summary>
    private static string? SentText(WsApiParameters parameters, string name)
    {
        int index = parameters.IndexOf(name);
        return index >= 0 ? parameters.Entries[index].Text : null;
    }
}
