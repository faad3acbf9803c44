namespace Binance.WsApi.Models;

/// <summary>Parameters of <c>blockTrades.historical</c>.</summary>
/// <param name="Symbol">The symbol, for example <c>BTCUSDT</c>.</param>
/// <param name="FromId">The block trade id to start at (required by the server).</param>
public sealed record SpotHistoricalBlockTradesRequest(string Symbol, long FromId)
{
    /// <summary>How many block trades, 1 to 1000 (server default 500).</summary>
    public int? Limit { get; init; }

    internal WsApiParameters ToParameters()
    {
        Validate.Symbol(Symbol, nameof(Symbol));
        RequestChecks.NotNegative(FromId, nameof(FromId));
        RequestChecks.Limit(Limit, 1000);
        return new WsApiParameters(3)
            .Add("symbol", Symbol)
            .Add("fromId", FromId)
            .Add("limit", Limit);
    }
}
