using Binance.WsApi.Connection;
using Binance.WsApi.Protocol;

namespace Binance.WsApi;

// FUTURES — Market data (the reference's getFuturesOrderBook, getFuturesSymbolPriceTicker,
// getFuturesSymbolOrderBookTicker). USD-M only: Binance offers no market data on the COIN-M WS API, so these take no
// FuturesMarket; an endpoint, when given, must be a USD-M one. Security NONE. As on spot, the tickers always return a
// list (one item for a symbol).
public partial class WebSocketApiClient
{
    /// <summary>
    /// Gets a USD-M order book snapshot (<c>depth</c>; weight 2–20 by limit) with its event and transaction times.
    /// USD-M only: COIN-M has no market data on the WS API.
    /// </summary>
    /// <param name="request">Symbol and depth (5, 10, 20, 50, 100, 500 or 1000).</param>
    /// <param name="endpoint">A USD-M endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <exception cref="ArgumentException">The request cannot be right, or the endpoint is not a USD-M one; nothing was sent.</exception>
    public virtual Task<WsApiResponse<FuturesOrderBook>> GetFuturesOrderBookAsync(FuturesOrderBookRequest request, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendCoreAsync(WsApiMarket.UsdM, endpoint, "depth", request.ToParameters(), RequestAuth.None,
            FuturesJsonContext.Default.FuturesOrderBook, null, cancellationToken);
    }

    /// <summary>
    /// Gets the latest price of one USD-M symbol or all (<c>ticker.price</c>; weight 1 for one, 2 for all). The result
    /// is always a list. USD-M only: COIN-M has no market data on the WS API.
    /// </summary>
    /// <param name="request">The symbol; all symbols when null or without one.</param>
    /// <param name="endpoint">A USD-M endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<IReadOnlyList<FuturesPriceTicker>>> GetFuturesSymbolPriceTickerAsync(FuturesSymbolPriceTickerRequest? request = null,
        WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default) =>
        SendCoreAsync(WsApiMarket.UsdM, endpoint, "ticker.price", request?.ToParameters(), RequestAuth.None,
            FuturesJsonContext.Default.IReadOnlyListFuturesPriceTicker, null, cancellationToken);

    /// <summary>
    /// Gets the best bid and ask of one USD-M symbol or all (<c>ticker.book</c>; weight 2 for one, 5 for all). The
    /// result is always a list. USD-M only: COIN-M has no market data on the WS API.
    /// </summary>
    /// <param name="request">The symbol; all symbols when null or without one.</param>
    /// <param name="endpoint">A USD-M endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<IReadOnlyList<FuturesBookTicker>>> GetFuturesSymbolOrderBookTickerAsync(FuturesSymbolOrderBookTickerRequest? request = null,
        WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default) =>
        SendCoreAsync(WsApiMarket.UsdM, endpoint, "ticker.book", request?.ToParameters(), RequestAuth.None,
            FuturesJsonContext.Default.IReadOnlyListFuturesBookTicker, null, cancellationToken);
}
