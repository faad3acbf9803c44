namespace Binance.WsApi.Models;

/// <summary>
/// Parameters of <c>trades.aggregate</c>. Page by <see cref="FromId"/> or filter by time with
/// <see cref="StartTime"/>/<see cref="EndTime"/> (not both); with neither, the most recent aggregate trades come back.
/// </summary>
/// <param name="Symbol">The symbol, for example <c>BTCUSDT</c>.</param>
public sealed record SpotAggregateTradesRequest(string Symbol)
{
    /// <summary>Aggregate trades with this id or later.</summary>
    public long? FromId { get; init; }

    /// <summary>Earliest execution time (ms since the epoch).</summary>
    public long? StartTime { get; init; }

    /// <summary>Latest execution time (ms since the epoch).</summary>
    public long? EndTime { get; init; }

    /// <summary>How many aggregate trades, 1 to 1000 (server default 500).</summary>
    public int? Limit { get; init; }

    internal WsApiParameters ToParameters()
    {
        Validate.Symbol(Symbol, nameof(Symbol));
        if (FromId is not null && (StartTime is not null || EndTime is not null))
        {
            throw new ArgumentException("FromId cannot be combined with StartTime or EndTime.", nameof(FromId));
        }

        RequestChecks.NotNegative(FromId, nameof(FromId));
        RequestChecks.TimeRange(StartTime, EndTime);
        RequestChecks.Limit(Limit, 1000);
        return new WsApiParameters(5)
            .Add("symbol", Symbol)
            .Add("fromId", FromId)
            .Add("startTime", StartTime)
            .Add("endTime", EndTime)
            .Add("limit", Limit);
    }
}
