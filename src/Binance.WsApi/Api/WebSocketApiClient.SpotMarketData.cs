using Binance.WsApi.Connection;
using Binance.WsApi.Protocol;

namespace Binance.WsApi;

// SPOT — Market data (the reference's getSpotOrderBook, getSpotRecentTrades, …). All security NONE.
// Methods whose result is one object for a symbol and an array for several (the tickers) always return a list: one
// method per reference method, one result type whatever the request.
public partial class WebSocketApiClient
{
    /// <summary>Gets an order book snapshot (<c>depth</c>; weight 5–250 by limit).</summary>
    /// <param name="request">Symbol and depth.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<SpotOrderBook>> GetSpotOrderBookAsync(SpotOrderBookRequest request, WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendCoreAsync(WsApiMarket.Spot, endpoint, "depth", request.ToParameters(), RequestAuth.None,
            SpotMarketDataJsonContext.Default.SpotOrderBook, null, cancellationToken);
    }

    /// <summary>Gets the most recent trades of a symbol (<c>trades.recent</c>, weight 25).</summary>
    /// <param name="request">Symbol and how many.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<IReadOnlyList<SpotTrade>>> GetSpotRecentTradesAsync(SpotRecentTradesRequest request, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendCoreAsync(WsApiMarket.Spot, endpoint, "trades.recent", request.ToParameters(), RequestAuth.None,
            SpotMarketDataJsonContext.Default.IReadOnlyListSpotTrade, null, cancellationToken);
    }

    /// <summary>Gets older trades of a symbol from a trade id on (<c>trades.historical</c>, weight 25).</summary>
    /// <param name="request">Symbol, first trade id and how many.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<IReadOnlyList<SpotTrade>>> GetSpotHistoricalTradesAsync(SpotHistoricalTradesRequest request, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendCoreAsync(WsApiMarket.Spot, endpoint, "trades.historical", request.ToParameters(), RequestAuth.None,
            SpotMarketDataJsonContext.Default.IReadOnlyListSpotTrade, null, cancellationToken);
    }

    /// <summary>Gets block trades of a symbol from a block trade id on (<c>blockTrades.historical</c>, weight 25).</summary>
    /// <param name="request">Symbol, first block trade id and how many.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<IReadOnlyList<SpotBlockTrade>>> GetSpotHistoricalBlockTradesAsync(SpotHistoricalBlockTradesRequest request,
        WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendCoreAsync(WsApiMarket.Spot, endpoint, "blockTrades.historical", request.ToParameters(), RequestAuth.None,
            SpotMarketDataJsonContext.Default.IReadOnlyListSpotBlockTrade, null, cancellationToken);
    }

    /// <summary>Gets aggregate trades of a symbol (<c>trades.aggregate</c>, weight 4).</summary>
    /// <param name="request">Symbol and either a first id or a time range.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<IReadOnlyList<SpotAggregateTrade>>> GetSpotAggregateTradesAsync(SpotAggregateTradesRequest request,
        WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendCoreAsync(WsApiMarket.Spot, endpoint, "trades.aggregate", request.ToParameters(), RequestAuth.None,
            SpotMarketDataJsonContext.Default.IReadOnlyListSpotAggregateTrade, null, cancellationToken);
    }

    /// <summary>Gets candlesticks of a symbol (<c>klines</c>, weight 2).</summary>
    /// <param name="request">Symbol, interval and range.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<IReadOnlyList<SpotKline>>> GetSpotKlinesAsync(SpotKlinesRequest request, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendCoreAsync(WsApiMarket.Spot, endpoint, "klines", request.ToParameters(), RequestAuth.None,
            SpotMarketDataJsonContext.Default.IReadOnlyListSpotKline, null, cancellationToken);
    }

    /// <summary>Gets candlesticks adjusted for charting (<c>uiKlines</c>, weight 2; same parameters and shape as <c>klines</c>).</summary>
    /// <param name="request">Symbol, interval and range.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<IReadOnlyList<SpotKline>>> GetSpotUiKlinesAsync(SpotKlinesRequest request, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendCoreAsync(WsApiMarket.Spot, endpoint, "uiKlines", request.ToParameters(), RequestAuth.None,
            SpotMarketDataJsonContext.Default.IReadOnlyListSpotKline, null, cancellationToken);
    }

    /// <summary>Gets the current average price of a symbol (<c>avgPrice</c>, weight 2).</summary>
    /// <param name="request">The symbol.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<SpotAveragePrice>> GetSpotAveragePriceAsync(SpotAveragePriceRequest request, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendCoreAsync(WsApiMarket.Spot, endpoint, "avgPrice", request.ToParameters(), RequestAuth.None,
            SpotMarketDataJsonContext.Default.SpotAveragePrice, null, cancellationToken);
    }

    /// <summary>Gets the execution rules (such as <c>PRICE_RANGE</c>) of symbols (<c>executionRules</c>, weight 2–40).</summary>
    /// <param name="request">Which symbols; all when null.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<SpotExecutionRules>> GetSpotExecutionRulesAsync(SpotExecutionRulesRequest? request = null, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default) =>
        SendCoreAsync(WsApiMarket.Spot, endpoint, "executionRules", request?.ToParameters(), RequestAuth.None,
            SpotMarketDataJsonContext.Default.SpotExecutionRules, null, cancellationToken);

    /// <summary>
    /// Gets the reference price of a symbol (<c>referencePrice</c>, weight 2). Every documented answer is a result:
    /// check <see cref="SpotReferencePrice.Status"/> — a symbol that never had a reference price comes back as
    /// <see cref="SpotReferencePriceStatus.NeverSet"/> with Binance's code (-2043) and message, not as an exception,
    /// because the server reports it with status 200.
    /// </summary>
    /// <param name="request">The symbol.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<SpotReferencePrice>> GetSpotReferencePriceAsync(SpotReferencePriceRequest request, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        Task<WsApiResponse<SpotReferencePrice>> sent = SendCoreAsync(WsApiMarket.Spot, endpoint, "referencePrice", request.ToParameters(),
            RequestAuth.None, SpotMarketDataJsonContext.Default.SpotReferencePrice, null, cancellationToken);
        return WithReferencePriceSymbolAsync(sent, request.Symbol);
    }

    // The "never set" answer is {code, msg} only: name the symbol so that the result stands on its own.
    private static async Task<WsApiResponse<SpotReferencePrice>> WithReferencePriceSymbolAsync(Task<WsApiResponse<SpotReferencePrice>> sent, string symbol)
    {
        WsApiResponse<SpotReferencePrice> response = await sent.ConfigureAwait(false);
        return !string.IsNullOrEmpty(response.Result.Symbol)
            ? response
            : response.WithResult(response.Result with { Symbol = symbol });
    }

    /// <summary>
    /// Gets how the reference price of a symbol is calculated (<c>referencePrice.calculation</c>, weight 2). A symbol
    /// without one fails with <see cref="BinanceApiException"/> -2043 (status 400).
    /// </summary>
    /// <param name="request">The symbol.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<SpotReferencePriceCalculation>> GetSpotReferencePriceCalculationAsync(SpotReferencePriceCalculationRequest request,
        WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendCoreAsync(WsApiMarket.Spot, endpoint, "referencePrice.calculation", request.ToParameters(), RequestAuth.None,
            SpotMarketDataJsonContext.Default.SpotReferencePriceCalculation, null, cancellationToken);
    }

    /// <summary>
    /// Gets 24-hour rolling price change statistics (<c>ticker.24hr</c>, weight 2–80 by symbol count), FULL or MINI.
    /// The result is always a list: one ticker for <see cref="SpotTicker24hrRequest.Symbol"/>, one per symbol otherwise.
    /// </summary>
    /// <param name="request">Which symbols (all when null) and the ticker type.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<IReadOnlyList<SpotTicker>>> GetSpot24hrTickerAsync(SpotTicker24hrRequest? request = null, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default) =>
        SendCoreAsync(WsApiMarket.Spot, endpoint, "ticker.24hr", request?.ToParameters(), RequestAuth.None,
            SpotMarketDataJsonContext.Default.IReadOnlyListSpotTicker, null, cancellationToken);

    /// <summary>
    /// Gets price change statistics of the current trading day (<c>ticker.tradingDay</c>, weight 4 per symbol, at
    /// most 200), FULL or MINI. The result is always a list.
    /// </summary>
    /// <param name="request">The symbol or symbols, time zone and ticker type.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<IReadOnlyList<SpotTicker>>> GetSpotTradingDayTickerAsync(SpotTradingDayTickerRequest request, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendCoreAsync(WsApiMarket.Spot, endpoint, "ticker.tradingDay", request.ToParameters(), RequestAuth.None,
            SpotMarketDataJsonContext.Default.IReadOnlyListSpotTicker, null, cancellationToken);
    }

    /// <summary>
    /// Gets price change statistics over a rolling window of your choice (<c>ticker</c>, weight 4 per symbol, 200 from
    /// 51 symbols), FULL or MINI. The result is always a list.
    /// </summary>
    /// <param name="request">The symbol or symbols, window size and ticker type.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<IReadOnlyList<SpotTicker>>> GetSpotTickerAsync(SpotRollingWindowTickerRequest request, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendCoreAsync(WsApiMarket.Spot, endpoint, "ticker", request.ToParameters(), RequestAuth.None,
            SpotMarketDataJsonContext.Default.IReadOnlyListSpotTicker, null, cancellationToken);
    }

    /// <summary>Gets the latest price of symbols (<c>ticker.price</c>, weight 2 for one symbol, 4 otherwise). The result is always a list.</summary>
    /// <param name="request">Which symbols; all when null.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<IReadOnlyList<SpotPriceTicker>>> GetSpotSymbolPriceTickerAsync(SpotSymbolPriceTickerRequest? request = null,
        WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default) =>
        SendCoreAsync(WsApiMarket.Spot, endpoint, "ticker.price", request?.ToParameters(), RequestAuth.None,
            SpotMarketDataJsonContext.Default.IReadOnlyListSpotPriceTicker, null, cancellationToken);

    /// <summary>Gets the best bid and ask of symbols (<c>ticker.book</c>, weight 2 for one symbol, 4 otherwise). The result is always a list.</summary>
    /// <param name="request">Which symbols; all when null.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<IReadOnlyList<SpotBookTicker>>> GetSpotSymbolOrderBookTickerAsync(SpotSymbolOrderBookTickerRequest? request = null,
        WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default) =>
        SendCoreAsync(WsApiMarket.Spot, endpoint, "ticker.book", request?.ToParameters(), RequestAuth.None,
            SpotMarketDataJsonContext.Default.IReadOnlyListSpotBookTicker, null, cancellationToken);
}
