namespace Binance.WsApi.Models;

/// <summary>Parameters of <c>referencePrice.calculation</c>.</summary>
/// <param name="Symbol">The symbol, for example <c>BTCUSDT</c>.</param>
public sealed record SpotReferencePriceCalculationRequest(string Symbol)
{
    /// <summary>Fail unless the symbol has this status (<c>TRADING</c>, <c>HALT</c> or <c>BREAK</c>).</summary>
    public SymbolStatus? SymbolStatus { get; init; }

    internal WsApiParameters ToParameters()
    {
        Validate.Symbol(Symbol, nameof(Symbol));
        return new WsApiParameters(2)
            .Add("symbol", Symbol)
            .Add("symbolStatus", SymbolStatus);
    }
}
