using System.Text.Json.Serialization.Metadata;
using Binance.WsApi.Connection;
using Binance.WsApi.Protocol;

namespace Binance.WsApi;

// FUTURES — Order management (the reference's submitNewFuturesOrder(market, …), modifyFuturesOrder, cancelFuturesOrder,
// getFuturesOrderStatus, and the USD-M-only submitNewFuturesAlgoOrder / cancelFuturesAlgoOrder). All SIGNED. Each
// method takes the market first and routes to that market's endpoint; an explicit endpoint must belong to it. As on
// spot, every placement carries a client id (the caller's or a generated one) so an order whose outcome is unknown can
// be looked up; a failure of the placement carries it in WsApiException.ClientOrderId.
public partial class WebSocketApiClient
{
    /// <summary>
    /// Places a futures order (<c>order.place</c>; weight 0). On USD-M, Binance has moved the conditional types
    /// (STOP, STOP_MARKET, TAKE_PROFIT, TAKE_PROFIT_MARKET, TRAILING_STOP_MARKET) to <c>algoOrder.place</c>
    /// (<see cref="SubmitNewFuturesAlgoOrderAsync"/>) and rejects them here with -4120 (STOP_ORDER_SWITCH_ALGO); the
    /// client does not block them, so the server's answer decides.
    /// </summary>
    /// <param name="market">USD-M or COIN-M.</param>
    /// <param name="request">The order. A missing <see cref="FuturesOrderRequest.NewClientOrderId"/> is generated.</param>
    /// <param name="endpoint">An endpoint of <paramref name="market"/>; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait (an order already sent may still execute: look it up by its client id).</param>
    /// <returns>The order (ACK: as accepted; RESULT: its state after matching, final for MARKET and IOC/FOK).</returns>
    /// <exception cref="ArgumentException">
    /// The request cannot be right (missing per-type parameter, non-positive amount, client id outside the futures rule,
    /// …) or the endpoint belongs to another market; nothing was sent.
    /// </exception>
    public virtual Task<WsApiResponse<FuturesOrder>> SubmitNewFuturesOrderAsync(FuturesMarket market, FuturesOrderRequest request,
        WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default)
    {
        FuturesChecks.ValidMarket(market);
        ArgumentNullException.ThrowIfNull(request);
        string clientOrderId = request.NewClientOrderId ?? ClientOrderIds.Next();
        FuturesOrderSubmitting?.Invoke(market, request.Symbol, clientOrderId);
        return SendFuturesOrderAsync(market, "order.place", request.ToParameters(clientOrderId), clientOrderId,
            FuturesJsonContext.Default.FuturesOrder, endpoint, cancellationToken);
    }

    /// <summary>
    /// Changes the quantity and price of an open LIMIT order (<c>order.modify</c>; 1 order count, weight 0 on USD-M,
    /// 1 on COIN-M). The order keeps its ids but is re-queued; it is cancelled instead when the new quantity is not above
    /// the filled quantity or a GTX order would trade. Nothing new is placed, so no client id is generated; a failure
    /// carries the request's <see cref="FuturesModifyOrderRequest.OrigClientOrderId"/> (when given) in
    /// <see cref="WsApiException.ClientOrderId"/>.
    /// </summary>
    /// <param name="market">USD-M or COIN-M.</param>
    /// <param name="request">The order (by id or client id), its side, the new quantity and price.</param>
    /// <param name="endpoint">An endpoint of <paramref name="market"/>; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<FuturesOrder>> ModifyFuturesOrderAsync(FuturesMarket market, FuturesModifyOrderRequest request,
        WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default)
    {
        FuturesChecks.ValidMarket(market);
        ArgumentNullException.ThrowIfNull(request);
        return SendFuturesOrderAsync(market, "order.modify", request.ToParameters(), request.OrigClientOrderId,
            FuturesJsonContext.Default.FuturesOrder, endpoint, cancellationToken);
    }

    /// <summary>Cancels a futures order (<c>order.cancel</c>; weight 1).</summary>
    /// <param name="market">USD-M or COIN-M.</param>
    /// <param name="request">The symbol and the order's id or client id.</param>
    /// <param name="endpoint">An endpoint of <paramref name="market"/>; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<FuturesOrder>> CancelFuturesOrderAsync(FuturesMarket market, FuturesCancelOrderRequest request,
        WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default)
    {
        FuturesChecks.ValidMarket(market);
        ArgumentNullException.ThrowIfNull(request);
        return SendCoreAsync(market.ToMarket(), endpoint, "order.cancel", request.ToParameters(), RequestAuth.Signed,
            FuturesJsonContext.Default.FuturesOrder, null, cancellationToken);
    }

    /// <summary>Gets one futures order's state (<c>order.status</c>; weight 1).</summary>
    /// <param name="market">USD-M or COIN-M.</param>
    /// <param name="request">The symbol and the order's id or client id.</param>
    /// <param name="endpoint">An endpoint of <paramref name="market"/>; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<FuturesOrder>> GetFuturesOrderStatusAsync(FuturesMarket market, FuturesOrderStatusRequest request,
        WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default)
    {
        FuturesChecks.ValidMarket(market);
        ArgumentNullException.ThrowIfNull(request);
        return SendCoreAsync(market.ToMarket(), endpoint, "order.status", request.ToParameters(), RequestAuth.Signed,
            FuturesJsonContext.Default.FuturesOrder, null, cancellationToken);
    }

    /// <summary>
    /// Places a USD-M algo order (<c>algoOrder.place</c>; weight 0). CONDITIONAL (documented): STOP_MARKET,
    /// TAKE_PROFIT_MARKET, STOP, TAKE_PROFIT or TRAILING_STOP_MARKET, held by Binance until triggered. TWAP / VP
    /// (<see cref="FuturesAlgoOrderRequest.Twap(string, OrderSide, decimal, TimeSpan)"/>,
    /// <see cref="FuturesAlgoOrderRequest.Vp(string, OrderSide, decimal, FuturesAlgoUrgency)"/>): worked over time in child
    /// orders; an extension that the emulator implements (Binance documents them on REST only). USD-M only (COIN-M has
    /// no algo methods).
    /// </summary>
    /// <param name="request">The algo order. A missing <see cref="FuturesAlgoOrderRequest.ClientAlgoId"/> is generated.</param>
    /// <param name="endpoint">A USD-M endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait (an order already sent may still be placed: look it up by its client id).</param>
    public virtual Task<WsApiResponse<FuturesAlgoOrder>> SubmitNewFuturesAlgoOrderAsync(FuturesAlgoOrderRequest request, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        string clientAlgoId = request.ClientAlgoId ?? ClientOrderIds.Next();
        return SendFuturesOrderAsync(FuturesMarket.UsdM, "algoOrder.place", request.ToParameters(clientAlgoId), clientAlgoId,
            FuturesJsonContext.Default.FuturesAlgoOrder, endpoint, cancellationToken);
    }

    /// <summary>
    /// Cancels a USD-M algo order (<c>algoOrder.cancel</c>; weight 1): a conditional one before it triggers, or a TWAP / VP
    /// one still working (what its child orders executed stays executed). USD-M only.
    /// </summary>
    /// <param name="request">The algo order's id or client id.</param>
    /// <param name="endpoint">A USD-M endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<FuturesAlgoCancelResult>> CancelFuturesAlgoOrderAsync(FuturesCancelAlgoOrderRequest request,
        WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendCoreAsync(WsApiMarket.UsdM, endpoint, "algoOrder.cancel", request.ToParameters(), RequestAuth.Signed,
            FuturesJsonContext.Default.FuturesAlgoCancelResult, null, cancellationToken);
    }

    /// <summary>
    /// Sends a futures placement or modification to its market and, when it fails, records the client id it carried on
    /// the exception (only on an exception about this very request, as for spot).
    /// </summary>
    private Task<WsApiResponse<T>> SendFuturesOrderAsync<T>(FuturesMarket market, string method, WsApiParameters parameters,
        string? clientOrderId, JsonTypeInfo<T> resultType, WsApiEndpoint? endpoint, CancellationToken cancellationToken) =>
        SendCoreAsync(market.ToMarket(), endpoint, method, parameters, RequestAuth.Signed, resultType, null, cancellationToken, clientOrderId);
}
