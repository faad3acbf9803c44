namespace Binance.WsApi.Models;

/// <summary>
/// Parameters of <c>exchangeInfo</c>. Set at most one of <see cref="Symbol"/>, <see cref="Symbols"/> and
/// <see cref="Permissions"/>; leave all empty for every symbol.
/// </summary>
public sealed record SpotExchangeInfoRequest
{
    /// <summary>One symbol.</summary>
    public string? Symbol { get; init; }

    /// <summary>Several symbols.</summary>
    public IReadOnlyList<string>? Symbols { get; init; }

    /// <summary>Symbols with any of these permissions (for example <c>SPOT</c>).</summary>
    public IReadOnlyList<string>? Permissions { get; init; }

    /// <summary>Whether to include permission sets (server default true).</summary>
    public bool? ShowPermissionSets { get; init; }

    /// <summary>Only symbols with this status (not with <see cref="Symbol"/> or <see cref="Symbols"/>).</summary>
    public SymbolStatus? SymbolStatus { get; init; }

    internal WsApiParameters ToParameters()
    {
        int selectors = (Symbol is null ? 0 : 1) + (Symbols is null ? 0 : 1) + (Permissions is null ? 0 : 1);
        if (selectors > 1)
        {
            throw new ArgumentException("Set at most one of Symbol, Symbols and Permissions.");
        }

        if (SymbolStatus is not null && (Symbol is not null || Symbols is not null))
        {
            throw new ArgumentException("SymbolStatus cannot be combined with Symbol or Symbols.");
        }

        if (Symbol is not null)
        {
            Validate.Symbol(Symbol, nameof(Symbol));
        }

        if (Symbols is not null)
        {
            Validate.Symbols(Symbols, nameof(Symbols));
        }

        return new WsApiParameters()
            .Add("symbol", Symbol)
            .Add("symbols", Symbols)
            .Add("permissions", Permissions)
            .Add("showPermissionSets", ShowPermissionSets)
            .Add("symbolStatus", SymbolStatus?.Value);
    }
}
