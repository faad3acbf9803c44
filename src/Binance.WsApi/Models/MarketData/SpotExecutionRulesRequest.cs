namespace Binance.WsApi.Models;

/// <summary>
/// Parameters of <c>executionRules</c>. Set at most one of <see cref="Symbol"/>, <see cref="Symbols"/> and
/// <see cref="SymbolStatus"/>; with none, the rules of every symbol come back (weight 40).
/// </summary>
public sealed record SpotExecutionRulesRequest
{
    /// <summary>One symbol (weight 2).</summary>
    public string? Symbol { get; init; }

    /// <summary>Several symbols (weight 2 each, at most 40).</summary>
    public IReadOnlyList<string>? Symbols { get; init; }

    /// <summary>Every symbol with this status (<c>TRADING</c>, <c>HALT</c> or <c>BREAK</c>; weight 40).</summary>
    public SymbolStatus? SymbolStatus { get; init; }

    internal WsApiParameters ToParameters()
    {
        int selectors = (Symbol is null ? 0 : 1) + (Symbols is null ? 0 : 1) + (SymbolStatus is null ? 0 : 1);
        if (selectors > 1)
        {
            throw new ArgumentException("Set at most one of Symbol, Symbols and SymbolStatus.");
        }

        SymbolSelection.AtMostOne(Symbol, Symbols);
        return new WsApiParameters(1)
            .Add("symbol", Symbol)
            .Add("symbols", Symbols)
            .Add("symbolStatus", SymbolStatus);
    }
}
