namespace Binance.WsApi.Models;

/// <summary>
/// Optional parameters of the futures account queries without filters (<c>account.balance</c>,
/// <c>account.status</c> and their USD-M <c>v2/</c> versions): only a receive window.
/// </summary>
public sealed record FuturesAccountRequest
{
    /// <summary>A receive window for this request instead of the client's, in whole milliseconds.</summary>
    public TimeSpan? RecvWindow { get; init; }

    internal WsApiParameters? ToParameters() =>
        RecvWindow is null ? null : new WsApiParameters(1).Add("recvWindow", FuturesChecks.RecvWindowMs(RecvWindow));
}
