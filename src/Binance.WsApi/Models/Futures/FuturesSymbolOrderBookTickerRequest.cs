namespace Binance.WsApi.Models;

/// <summary>Parameters of USD-M <c>ticker.book</c>: one symbol, or none for every symbol (weight 2 / 5).</summary>
public sealed record FuturesSymbolOrderBookTickerRequest
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
