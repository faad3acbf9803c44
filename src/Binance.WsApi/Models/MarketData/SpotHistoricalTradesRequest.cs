namespace Binance.WsApi.Models;

/// <summary>Parameters of <c>trades.historical</c>.</summary>
/// <param name="Symbol">The symbol, for example <c>BTCUSDT</c>.</param>
public sealed record SpotHistoricalTradesRequest(string Symbol)
{
    /// <summary>The trade id to start at; the most recent trades when null.</summary>
    public long? FromId { get; init; }

    /// <summary>How many trades, 1 to 1000 (server default 500).</summary>
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
