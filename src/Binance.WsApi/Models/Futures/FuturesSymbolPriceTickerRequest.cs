namespace Binance.WsApi.Models;

/// <summary>Parameters of USD-M <c>ticker.price</c>: one symbol, or none for every symbol (weight 1 / 2).</summary>
public sealed record FuturesSymbolPriceTickerRequest
{
    /// <summary>One symbol; null for all.</summary>
    public string? Symbol { get; init; }

    internal WsApiParameters? ToParameters()
    {
        if (Symbol is null)
        {
            return null;
        }

        Validate.Symbol(Symbol, nameof(Symbol));
        return new WsApiParameters(1).Add("symbol", Symbol);
    }
}
