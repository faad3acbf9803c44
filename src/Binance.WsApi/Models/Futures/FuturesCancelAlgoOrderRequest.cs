namespace Binance.WsApi.Models;

/// <summary>Parameters of USD-M <c>algoOrder.cancel</c>: one algo order by <see cref="AlgoId"/> or <see cref="ClientAlgoId"/>.</summary>
public sealed record FuturesCancelAlgoOrderRequest
{
    /// <summary>The exchange's algo order id.</summary>
    public long? AlgoId { get; init; }

    /// <summary>The algo order's client id.</summary>
    public string? ClientAlgoId { get; init; }

    /// <summary>A receive window for this request instead of the client's, in whole milliseconds.</summary>
    public TimeSpan? RecvWindow { get; init; }

    internal WsApiParameters ToParameters()
    {
        OrderChecks.OneOf(AlgoId, ClientAlgoId, nameof(AlgoId), nameof(ClientAlgoId));
        FuturesChecks.ClientId(ClientAlgoId, nameof(ClientAlgoId));
        return new WsApiParameters(3)
            .Add("algoId", AlgoId)
            .Add("clientAlgoId", ClientAlgoId)
            .Add("recvWindow", FuturesChecks.RecvWindowMs(RecvWindow));
    }
}
