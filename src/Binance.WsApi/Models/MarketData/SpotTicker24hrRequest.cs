namespace Binance.WsApi.Models;

/// <summary>
/// Parameters of <c>ticker.24hr</c>. Set <see cref="Symbol"/> or <see cref="Symbols"/>, or neither for every symbol.
/// Weight: 2 for 1–20 symbols, 40 for 21–100, 80 for more or all.
/// </summary>
public sealed record SpotTicker24hrRequest
{
    /// <summary>One symbol.</summary>
    public string? Symbol { get; init; }

    /// <summary>Several symbols.</summary>
    public IReadOnlyList<string>? Symbols { get; init; }

    /// <summary><see cref="TickerType.Full"/> (server default) or <see cref="TickerType.Mini"/>.</summary>
    public TickerType? Type { get; init; }

    /// <summary>
    /// Only symbols with this status; for a single symbol a mismatch is an error (-1220), for several the others are
    /// left out.
    /// </summary>
    public SymbolStatus? SymbolStatus { get; init; }

    internal WsApiParameters ToParameters()
    {
        SymbolSelection.AtMostOne(Symbol, Symbols);
        return new WsApiParameters(3)
            .Add("symbol", Symbol)
            .Add("symbols", Symbols)
            .Add("type", Type)
            .Add("symbolStatus", SymbolStatus);
    }
}
