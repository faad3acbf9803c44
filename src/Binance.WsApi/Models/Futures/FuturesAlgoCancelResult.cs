namespace Binance.WsApi.Models;

/// <summary>The result of USD-M <c>algoOrder.cancel</c>: which algo order was cancelled, with Binance's code and message.</summary>
public sealed record FuturesAlgoCancelResult
{
    /// <summary>The exchange's algo order id.</summary>
    public long AlgoId { get; init; }

    /// <summary>The algo order's client id.</summary>
    public string ClientAlgoId { get; init; } = string.Empty;

    /// <summary>Binance's code, a string (<c>"200"</c> on success).</summary>
    public string Code { get; init; } = string.Empty;

    /// <summary>Binance's message (<c>"success"</c>).</summary>
    public string Msg { get; init; } = string.Empty;
}
