namespace Binance.WsApi.Models;

/// <summary>Parameters of <c>openOrders.status</c>. Without a symbol it lists every symbol's open orders (weight 80 instead of 6).</summary>
public sealed record SpotOpenOrdersRequest
{
    /// <summary>The symbol; null for all symbols.</summary>
    public string? Symbol { get; init; }

    /// <summary>A receive window for this request instead of the client's.</summary>
    public TimeSpan? RecvWindow { get; init; }

    internal WsApiParameters ToParameters()
    {
        if (Symbol is not null)
        {
            Validate.Symbol(Symbol, nameof(Symbol));
        }

        return new WsApiParameters(2).Add("symbol", Symbol).AddRecvWindow(RecvWindow);
    }
}
