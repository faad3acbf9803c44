using Binance.WsApi.Connection;
using Binance.WsApi.Protocol;

namespace Binance.WsApi;

// SPOT — Market data (the reference's getSpotOrderBook, getSpotRecentTrades, …). All security NONE.
public sealed partial class WebSocketApiClient
{
    /// <summary>Gets an order book snapshot (<c>depth</c>; weight 5–250 by limit).</summary>
    /// <param name="request">Symbol and depth.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public Task<WsApiResponse<OrderBook>> GetSpotOrderBookAsync(OrderBookRequest request, WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendCoreAsync(WsApiMarket.Spot, endpoint, "depth", request.ToParameters(), RequestAuth.None,
            SpotMarketDataJsonContext.Default.OrderBook, null, cancellationToken);
    }
}
