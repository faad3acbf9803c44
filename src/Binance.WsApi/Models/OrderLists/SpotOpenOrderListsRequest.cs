namespace Binance.WsApi.Models;

/// <summary>Parameters of <c>openOrderLists.status</c> (the account's open order lists, all symbols).</summary>
public sealed record SpotOpenOrderListsRequest
{
    /// <summary>A receive window for this request instead of the client's.</summary>
    public TimeSpan? RecvWindow { get; init; }

    internal WsApiParameters ToParameters() => new WsApiParameters(1).AddRecvWindow(RecvWindow);
}
