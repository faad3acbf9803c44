namespace Binance.WsApi.Models;

/// <summary>Parameters of <c>depth</c>.</summary>
/// <param name="Symbol">The symbol, for example <c>BTCUSDT</c>.</param>
public sealed record SpotOrderBookRequest(string Symbol)
{
    /// <summary>Levels per side, 1 to 5000 (server default 100). Weight grows with it: ≤100: 5, ≤500: 25, ≤1000: 50, more: 250.</summary>
    public int? Limit { get; init; }

    /// <summary>Fail unless the symbol has this status.</summary>
    public SymbolStatus? SymbolStatus { get; init; }

    internal WsApiParameters ToParameters()
    {
        Validate.Symbol(Symbol, nameof(Symbol));
        if (Limit is < 1 or > 5000)
        {
            throw new ArgumentOutOfRangeException(nameof(Limit), Limit, "Limit must be between 1 and 5000.");
        }

        return new WsApiParameters(3)
            .Add("symbol", Symbol)
            .Add("limit", Limit)
            .Add("symbolStatus", SymbolStatus);
    }
}
