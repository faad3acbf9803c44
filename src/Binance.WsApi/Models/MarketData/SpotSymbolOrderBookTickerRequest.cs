namespace Binance.WsApi.Models;

/// <summary>
/// Parameters of <c>ticker.book</c>. Set <see cref="Symbol"/> or <see cref="Symbols"/>, or neither for every symbol.
/// Weight: 2 for one symbol, 4 otherwise.
/// </summary>
public sealed record SpotSymbolOrderBookTickerRequest
{
    /// <summary>One symbol.</summary>
    public string? Symbol { get; init; }

    /// <summary>Several symbols.</summary>
    public IReadOnlyList<string>? Symbols { get; init; }

    /// <summary>Only symbols with this status; for a single symbol a mismatch is an error (-1220).</summary>
    public SymbolStatus? SymbolStatus { get; init; }

    internal WsApiParameters ToParameters()
    {
        SymbolSelection.AtMostOne(Symbol, Symbols);
        return new WsApiParameters(2)
            .Add("symbol", Symbol)
            .Add("symbols", Symbols)
            .Add("symbolStatus", SymbolStatus);
    }
}
