using Binance.WsApi.Reconciliation;

namespace Binance.WsApi;

// Reconciling placements: opt-in methods that turn an unknown outcome into a definite one by looking the order up by its
// client order id, instead of leaving that to the caller after every drop or timeout.
public partial class WebSocketApiClient
{
    /// <summary>
    /// Places a spot order (<c>order.place</c>) and, when its answer is lost (sent, then a drop, a timeout or a 5xx),
    /// looks it up by client order id (<c>order.status</c>) until its state is known: placed (with the exchange's
    /// view of the order) or never placed. The order is placed at most once. A refusal by Binance throws
    /// <see cref="BinanceApiException"/> as usual; a failure before sending throws with
    /// <see cref="RequestSendState.NotSent"/> (safe to retry).
    /// </summary>
    /// <param name="request">The order; a client order id is generated when it has none.</param>
    /// <param name="policy">Deadline and settle time; <see cref="ReconcilePolicy.Default"/> when null.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Stops waiting (the outcome then stays unknown to the caller).</param>
    /// <exception cref="OrderOutcomeUnknownException">No lookup settled the outcome before the deadline.</exception>
    public virtual Task<OrderOutcome<SpotOrderBase>> PlaceSpotOrderReconciledAsync(SpotOrderRequest request, ReconcilePolicy? policy = null,
        WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        policy ??= ReconcilePolicy.Default;
        policy.Validate();
        string id = request.NewClientOrderId ?? NextClientOrderId();
        SpotOrderRequest sent = request with { NewClientOrderId = id };
        return OrderReconciler.PlaceAsync<SpotOrderBase>("order.place", id,
            async ct => (await SubmitNewSpotOrderAsync(sent, endpoint, ct).ConfigureAwait(false)).Result,
            async ct => (await GetSpotOrderStatusAsync(new SpotOrderStatusRequest(sent.Symbol) { OrigClientOrderId = id }, endpoint, ct).ConfigureAwait(false)).Result,
            policy, policy.SettleTime(request.RecvWindow, _options.RecvWindow), _options.ReconnectPolicy, _options.TimeProvider, cancellationToken);
    }

    /// <summary>
    /// Places a futures order (<c>order.place</c>) and settles a lost answer by looking it up (<c>order.status</c> by
    /// client order id), as <see cref="PlaceSpotOrderReconciledAsync"/> does for spot.
    /// </summary>
    /// <param name="market">USD-M or COIN-M.</param>
    /// <param name="request">The order; a client order id is generated when it has none.</param>
    /// <param name="policy">Deadline and settle time; <see cref="ReconcilePolicy.Default"/> when null.</param>
    /// <param name="endpoint">An endpoint of that market; its default when null.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <exception cref="OrderOutcomeUnknownException">No lookup settled the outcome before the deadline.</exception>
    public virtual Task<OrderOutcome<FuturesOrder>> PlaceFuturesOrderReconciledAsync(FuturesMarket market, FuturesOrderRequest request,
        ReconcilePolicy? policy = null, WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        policy ??= ReconcilePolicy.Default;
        policy.Validate();
        string id = request.NewClientOrderId ?? NextClientOrderId();
        FuturesOrderRequest sent = request with { NewClientOrderId = id };
        return OrderReconciler.PlaceAsync("order.place", id,
            async ct => (await SubmitNewFuturesOrderAsync(market, sent, endpoint, ct).ConfigureAwait(false)).Result,
            async ct => (await GetFuturesOrderStatusAsync(market, new FuturesOrderStatusRequest(sent.Symbol) { OrigClientOrderId = id }, endpoint, ct)
                .ConfigureAwait(false)).Result,
            policy, policy.SettleTime(request.RecvWindow, _options.RecvWindow), _options.ReconnectPolicy, _options.TimeProvider, cancellationToken);
    }

    /// <summary>
    /// Places an order list (OCO, OTO, OTOCO, OPO, OPOCO or the legacy OCO) and settles a lost answer by looking the
    /// list up by its list client order id (<c>orderList.status</c>), as <see cref="PlaceSpotOrderReconciledAsync"/>
    /// does for one order.
    /// </summary>
    /// <param name="request">The list; a list client order id is generated when it has none.</param>
    /// <param name="policy">Deadline and settle time; <see cref="ReconcilePolicy.Default"/> when null.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <exception cref="OrderOutcomeUnknownException">No lookup settled the outcome before the deadline.</exception>
    public virtual Task<OrderOutcome<SpotOrderListBase>> PlaceSpotOrderListReconciledAsync(SpotOrderListRequestBase request,
        ReconcilePolicy? policy = null, WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        policy ??= ReconcilePolicy.Default;
        policy.Validate();
        string id = request.ListClientOrderId ?? NextClientOrderId();
        SpotOrderListRequestBase sent = request with { ListClientOrderId = id };
        return OrderReconciler.PlaceAsync<SpotOrderListBase>(OrderListMethod(sent), id,
            async ct => (await PlaceAnyOrderListAsync(sent, endpoint, ct).ConfigureAwait(false)).Result,
            async ct => (await GetSpotOrderListStatusAsync(new SpotOrderListStatusRequest { OrigClientOrderId = id }, endpoint, ct).ConfigureAwait(false)).Result,
            policy, policy.SettleTime(sent.RecvWindow, _options.RecvWindow), _options.ReconnectPolicy, _options.TimeProvider, cancellationToken);
    }

    /// <summary>
    /// Cancels an order and places a new one (<c>order.cancelReplace</c>) and reports each step's outcome. When the
    /// answer is lost (sent, then a drop, a timeout or a 5xx), both orders are looked up once the connection is back
    /// (<c>order.status</c>): the cancelled one by <see cref="SpotCancelReplaceRequest.CancelOrderId"/> or
    /// <see cref="SpotCancelReplaceRequest.CancelOrigClientOrderId"/>, the new one by its client order id, until each
    /// step is settled or the policy's deadline passes (a step still open is then
    /// <see cref="CancelReplaceStepState.Unknown"/>; no exception). A step failure answered by Binance (400 / -2022,
    /// 409 / -2021) is an outcome too, not an exception. The request is sent at most once. Other refusals throw
    /// <see cref="BinanceApiException"/> as usual; a failure before sending throws with <see cref="RequestSendState.NotSent"/>.
    /// </summary>
    /// <param name="request">The order to cancel and the new order; a new client order id is generated when it has none.</param>
    /// <param name="policy">Deadline and settle time; <see cref="ReconcilePolicy.Default"/> when null.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Stops waiting (the outcome then stays unknown to the caller).</param>
    public virtual Task<SpotCancelReplaceOutcome> CancelReplaceSpotOrderReconciledAsync(SpotCancelReplaceRequest request,
        ReconcilePolicy? policy = null, WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.NewOrder);
        policy ??= ReconcilePolicy.Default;
        policy.Validate();
        string id = request.NewOrder.NewClientOrderId ?? NextClientOrderId();
        SpotCancelReplaceRequest sent = request with { NewOrder = request.NewOrder with { NewClientOrderId = id } };
        string symbol = sent.NewOrder.Symbol;
        var canceled = new SpotOrderStatusRequest(symbol) { OrderId = sent.CancelOrderId, OrigClientOrderId = sent.CancelOrderId is null ? sent.CancelOrigClientOrderId : null };
        return CancelReplaceReconciler.RunAsync(id,
            async ct => (await CancelReplaceSpotOrderAsync(sent, endpoint, ct).ConfigureAwait(false)).Result,
            async ct => (await GetSpotOrderStatusAsync(canceled, endpoint, ct).ConfigureAwait(false)).Result,
            async ct => (await GetSpotOrderStatusAsync(new SpotOrderStatusRequest(symbol) { OrigClientOrderId = id }, endpoint, ct).ConfigureAwait(false)).Result,
            policy, policy.SettleTime(sent.RecvWindow ?? sent.NewOrder.RecvWindow, _options.RecvWindow), _options.ReconnectPolicy, _options.TimeProvider,
            cancellationToken);
    }

    private Task<WsApiResponse<SpotOrderListResult>> PlaceAnyOrderListAsync(SpotOrderListRequestBase request, WsApiEndpoint? endpoint,
        CancellationToken cancellationToken) => request switch
        {
            SpotOcoOrderListRequest oco => PlaceSpotOcoOrderListAsync(oco, endpoint, cancellationToken),
            SpotOtoOrderListRequest oto => PlaceSpotOtoOrderListAsync(oto, endpoint, cancellationToken),
            SpotOtocoOrderListRequest otoco => PlaceSpotOtocoOrderListAsync(otoco, endpoint, cancellationToken),
            SpotOpoOrderListRequest opo => PlaceSpotOpoOrderListAsync(opo, endpoint, cancellationToken),
            SpotOpocoOrderListRequest opoco => PlaceSpotOpocoOrderListAsync(opoco, endpoint, cancellationToken),
            SpotOrderListRequest legacy => PlaceSpotOrderListAsync(legacy, endpoint, cancellationToken),
            _ => throw new ArgumentException($"Unknown order list request type {request.GetType().Name}.", nameof(request)),
        };

    private static string OrderListMethod(SpotOrderListRequestBase request) => request switch
    {
        SpotOcoOrderListRequest => "orderList.place.oco",
        SpotOtoOrderListRequest => "orderList.place.oto",
        SpotOtocoOrderListRequest => "orderList.place.otoco",
        SpotOpoOrderListRequest => "orderList.place.opo",
        SpotOpocoOrderListRequest => "orderList.place.opoco",
        _ => "orderList.place",
    };
}
