namespace Binance.WsApi.Models;

/// <summary>Parameters of <c>openOrders.cancelAll</c>: cancels every open order and order list on the symbol.</summary>
/// <param name="Symbol">The symbol.</param>
public sealed record SpotCancelAllOpenOrdersRequest(string Symbol)
{
    /// <summary>A receive window for this request instead of the client's.</summary>
    public TimeSpan? RecvWindow { get; init; }

    internal WsApiParameters ToParameters()
    {
        Validate.Symbol(Symbol, nameof(Symbol));
        return new WsApiParameters(2).Add("symbol", Symbol).AddRecvWindow(RecvWindow);
    }
}
