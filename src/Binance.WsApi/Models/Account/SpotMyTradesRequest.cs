namespace Binance.WsApi.Models;

/// <summary>
/// Parameters of <c>myTrades</c>. Filter by <see cref="OrderId"/>, or page by <see cref="FromId"/>, or by time with
/// <see cref="StartTime"/>/<see cref="EndTime"/> (at most 24 hours apart); time cannot be combined with the other
/// two. With no filter the most recent trades come back. Weight 20, or 5 with <see cref="OrderId"/>.
/// </summary>
/// <param name="Symbol">The symbol, for example <c>BTCUSDT</c>.</param>
public sealed record SpotMyTradesRequest(string Symbol)
{
    /// <summary>Only the trades of this order.</summary>
    public long? OrderId { get; init; }

    /// <summary>Earliest execution time (ms since the epoch).</summary>
    public long? StartTime { get; init; }

    /// <summary>Latest execution time (ms since the epoch).</summary>
    public long? EndTime { get; init; }

    /// <summary>Trades with this id or later.</summary>
    public long? FromId { get; init; }

    /// <summary>How many trades, 1 to 1000 (server default 500).</summary>
    public int? Limit { get; init; }

    internal WsApiParameters ToParameters()
    {
        Validate.Symbol(Symbol, nameof(Symbol));
        bool byTime = StartTime is not null || EndTime is not null;
        if (byTime && FromId is not null)
        {
            throw new ArgumentException("FromId cannot be combined with StartTime or EndTime.", nameof(FromId));
        }

        if (byTime && OrderId is not null)
        {
            throw new ArgumentException("OrderId cannot be combined with StartTime or EndTime.", nameof(OrderId));
        }

        RequestChecks.NotNegative(OrderId, nameof(OrderId));
        RequestChecks.NotNegative(FromId, nameof(FromId));
        RequestChecks.TimeRange(StartTime, EndTime, TimeSpan.FromHours(24));
        RequestChecks.Limit(Limit, 1000);
        return new WsApiParameters(6)
            .Add("symbol", Symbol)
            .Add("orderId", OrderId)
            .Add("startTime", StartTime)
            .Add("endTime", EndTime)
            .Add("fromId", FromId)
            .Add("limit", Limit);
    }
}
