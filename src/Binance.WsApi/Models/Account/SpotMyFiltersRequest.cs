namespace Binance.WsApi.Models;

/// <summary>Parameters of <c>myFilters</c>.</summary>
/// <param name="Symbol">The symbol, for example <c>BTCUSDT</c>.</param>
public sealed record SpotMyFiltersRequest(string Symbol)
{
    internal WsApiParameters ToParameters()
    {
        Validate.Symbol(Symbol, nameof(Symbol));
        return new WsApiParameters(1).Add("symbol", Symbol);
    }
}
