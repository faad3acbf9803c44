namespace Binance.WsApi.Models;

/// <summary>Parameters of USD-M <c>depth</c>.</summary>
/// <param name="Symbol">The symbol, for example <c>BTCUSDT</c>.</param>
public sealed record FuturesOrderBookRequest(string Symbol)
{
    /// <summary>
    /// Levels per side: 5, 10, 20, 50, 100, 500 or 1000 (server default 500). Weight: 2 up to 50, 5 for 100, 10 for
    /// 500, 20 for 1000.
    /// </summary>
    public int? Limit { get; init; }

    internal WsApiParameters ToParameters()
    {
        Validate.Symbol(Symbol, nameof(Symbol));
        // Unlike spot's 1–5000 range, futures only accept these values.
        if (Limit is { } l && l is not (5 or 10 or 20 or 50 or 100 or 500 or 1000))
        {
            throw new ArgumentOutOfRangeException(nameof(Limit), l, "Limit must be one of 5, 10, 20, 50, 100, 500, 1000.");
        }

        return new WsApiParameters(2).Add("symbol", Symbol).Add("limit", Limit);
    }
}
