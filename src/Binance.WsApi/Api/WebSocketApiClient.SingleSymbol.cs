namespace Binance.WsApi;

// One symbol in, one item out: the ticker methods of the reference answer with a list whatever they are asked, so these
// overloads name the symbol and return its item (Binance answers a one-symbol request with an object anyway).
public partial class WebSocketApiClient
{
    /// <summary>Gets the latest price of one symbol (<c>ticker.price</c>, weight 2).</summary>
    /// <param name="symbol">The symbol, for example <c>BTCUSDT</c>.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<SpotPriceTicker>> GetSpotSymbolPriceTickerAsync(string symbol, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default) =>
        SingleAsync(GetSpotSymbolPriceTickerAsync(new SpotSymbolPriceTickerRequest { Symbol = Symbol(symbol) }, endpoint, cancellationToken), symbol);

    /// <summary>Gets the best bid and ask of one symbol (<c>ticker.book</c>, weight 2).</summary>
    /// <param name="symbol">The symbol.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<SpotBookTicker>> GetSpotSymbolOrderBookTickerAsync(string symbol, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default) =>
        SingleAsync(GetSpotSymbolOrderBookTickerAsync(new SpotSymbolOrderBookTickerRequest { Symbol = Symbol(symbol) }, endpoint, cancellationToken), symbol);

    /// <summary>Gets the 24-hour statistics of one symbol (<c>ticker.24hr</c>, FULL, weight 2).</summary>
    /// <param name="symbol">The symbol.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<SpotTicker>> GetSpot24hrTickerAsync(string symbol, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default) =>
        SingleAsync(GetSpot24hrTickerAsync(new SpotTicker24hrRequest { Symbol = Symbol(symbol) }, endpoint, cancellationToken), symbol);

    /// <summary>Gets the latest mark-independent price of one USD-M symbol (<c>ticker.price</c>).</summary>
    /// <param name="symbol">The symbol, for example <c>BTCUSDT</c>.</param>
    /// <param name="endpoint">A USD-M endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<FuturesPriceTicker>> GetFuturesSymbolPriceTickerAsync(string symbol, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default) =>
        SingleAsync(GetFuturesSymbolPriceTickerAsync(new FuturesSymbolPriceTickerRequest { Symbol = Symbol(symbol) }, endpoint, cancellationToken), symbol);

    /// <summary>Gets the best bid and ask of one USD-M symbol (<c>ticker.book</c>).</summary>
    /// <param name="symbol">The symbol.</param>
    /// <param name="endpoint">A USD-M endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<FuturesBookTicker>> GetFuturesSymbolOrderBookTickerAsync(string symbol, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default) =>
        SingleAsync(GetFuturesSymbolOrderBookTickerAsync(new FuturesSymbolOrderBookTickerRequest { Symbol = Symbol(symbol) }, endpoint, cancellationToken), symbol);

    private static string Symbol(string symbol)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        return symbol;
    }

    private static async Task<WsApiResponse<T>> SingleAsync<T>(Task<WsApiResponse<IReadOnlyList<T>>> list, string symbol)
    {
        WsApiResponse<IReadOnlyList<T>> response = await list.ConfigureAwait(false);
        return response.Result.Count == 1
            ? response.WithResult(response.Result[0])
            : throw WsApiErrors.UnexpectedItemCount(response.Endpoint, symbol, response.Result.Count, response.Id);
    }
}
