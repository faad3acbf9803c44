namespace Binance.WsApi.Models;

/// <summary>Parameters of <c>klines</c> and <c>uiKlines</c> (the two take the same ones).</summary>
/// <param name="Symbol">The symbol, for example <c>BTCUSDT</c>.</param>
/// <param name="Interval">The candle length, for example <see cref="KlineInterval.OneHour"/>.</param>
public sealed record SpotKlinesRequest(string Symbol, KlineInterval Interval)
{
    /// <summary>Earliest open time (ms since the epoch, always UTC).</summary>
    public long? StartTime { get; init; }

    /// <summary>Latest open time (ms since the epoch, always UTC).</summary>
    public long? EndTime { get; init; }

    /// <summary>
    /// The offset the intervals are aligned to: hours (<c>8</c>, <c>-1</c>) or hours and minutes (<c>05:45</c>),
    /// within −12:00 … +14:00. UTC when null. Start and end times stay UTC.
    /// </summary>
    public string? TimeZone { get; init; }

    /// <summary>How many klines, 1 to 1000 (server default 500).</summary>
    public int? Limit { get; init; }

    internal WsApiParameters ToParameters()
    {
        Validate.Symbol(Symbol, nameof(Symbol));
        if (string.IsNullOrEmpty(Interval.Value))
        {
            throw new ArgumentException("An interval is required (for example KlineInterval.OneHour).", nameof(Interval));
        }

        RequestChecks.TimeRange(StartTime, EndTime);
        RequestChecks.TimeZone(TimeZone);
        RequestChecks.Limit(Limit, 1000);
        return new WsApiParameters(6)
            .Add("symbol", Symbol)
            .Add("interval", Interval.Value)
            .Add("startTime", StartTime)
            .Add("endTime", EndTime)
            .Add("timeZone", TimeZone)
            .Add("limit", Limit);
    }
}
