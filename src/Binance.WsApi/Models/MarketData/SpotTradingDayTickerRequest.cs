namespace Binance.WsApi.Models;

/// <summary>
/// Parameters of <c>ticker.tradingDay</c>. Set exactly one of <see cref="Symbol"/> and <see cref="Symbols"/>.
/// Weight: 4 per symbol, capped at 200.
/// </summary>
public sealed record SpotTradingDayTickerRequest
{
    /// <summary>One symbol.</summary>
    public string? Symbol { get; init; }

    /// <summary>Several symbols.</summary>
    public IReadOnlyList<string>? Symbols { get; init; }

    /// <summary>
    /// The offset that decides when the trading day starts: hours (<c>8</c>) or hours and minutes (<c>05:45</c>),
    /// within −12:00 … +14:00. UTC when null.
    /// </summary>
    public string? TimeZone { get; init; }

    /// <summary><see cref="TickerType.Full"/> (server default) or <see cref="TickerType.Mini"/>.</summary>
    public TickerType? Type { get; init; }

    /// <summary>Only symbols with this status; for a single symbol a mismatch is an error (-1220).</summary>
    public SymbolStatus? SymbolStatus { get; init; }

    internal WsApiParameters ToParameters()
    {
        SymbolSelection.ExactlyOne(Symbol, Symbols);
        RequestChecks.TimeZone(TimeZone);
        return new WsApiParameters(4)
            .Add("symbol", Symbol)
            .Add("symbols", Symbols)
            .Add("timeZone", TimeZone)
            .Add("type", Type)
            .Add("symbolStatus", SymbolStatus);
    }
}
