namespace Binance.WsApi.Models;

/// <summary>Parameters of <c>trades.recent</c>.</summary>
/// <param name="Symbol">The symbol, for example <c>BTCUSDT</c>.</param>
public sealed record SpotRecentTradesRequest(string Symbol)
{
    /// <summary>How many trades, 1 to 1000 (server default 500).</summary>
    public int? Limit { get; init; }

    internal WsApiParameters ToParameters()
    {
        Validate.Symbol(Symbol, nameof(Symbol));
        RequestChecks.Limit(Limit, 1000);
        return new WsApiParameters(2)
            .Add("symbol", Symbol)
            .Add("limit", Limit);
    }
}
