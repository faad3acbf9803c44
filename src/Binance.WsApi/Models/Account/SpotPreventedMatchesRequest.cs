namespace Binance.WsApi.Models;

/// <summary>
/// Parameters of <c>myPreventedMatches</c>: orders expired by self-trade prevention. Set exactly one of
/// <see cref="PreventedMatchId"/> (weight 2) and <see cref="OrderId"/> (weight 20); only with <see cref="OrderId"/>
/// can the results be paged with <see cref="FromPreventedMatchId"/> and <see cref="Limit"/>.
/// </summary>
/// <param name="Symbol">The symbol, for example <c>BTCUSDT</c>.</param>
public sealed record SpotPreventedMatchesRequest(string Symbol)
{
    /// <summary>One prevented match by id.</summary>
    public long? PreventedMatchId { get; init; }

    /// <summary>The prevented matches of this order.</summary>
    public long? OrderId { get; init; }

    /// <summary>With <see cref="OrderId"/>: prevented matches with this id or later.</summary>
    public long? FromPreventedMatchId { get; init; }

    /// <summary>With <see cref="OrderId"/>: how many, 1 to 1000 (server default 500).</summary>
    public int? Limit { get; init; }

    internal WsApiParameters ToParameters()
    {
        Validate.Symbol(Symbol, nameof(Symbol));
        if ((PreventedMatchId is null) == (OrderId is null))
        {
            throw new ArgumentException("Set exactly one of PreventedMatchId and OrderId.");
        }

        if (OrderId is null && (FromPreventedMatchId is not null || Limit is not null))
        {
            throw new ArgumentException("FromPreventedMatchId and Limit can only be used with OrderId.");
        }

        RequestChecks.NotNegative(PreventedMatchId, nameof(PreventedMatchId));
        RequestChecks.NotNegative(OrderId, nameof(OrderId));
        RequestChecks.NotNegative(FromPreventedMatchId, nameof(FromPreventedMatchId));
        RequestChecks.Limit(Limit, 1000);
        return new WsApiParameters(5)
            .Add("symbol", Symbol)
            .Add("preventedMatchId", PreventedMatchId)
            .Add("orderId", OrderId)
            .Add("fromPreventedMatchId", FromPreventedMatchId)
            .Add("limit", Limit);
    }
}
