namespace Binance.WsApi.Models;

/// <summary>The result of <c>exchangeInfo</c>: trading rules, rate limits and symbols.</summary>
public sealed record SpotExchangeInfo
{
    /// <summary>The server's time zone (<c>UTC</c>).</summary>
    public string Timezone { get; init; } = string.Empty;

    /// <summary>The server's clock (ms since the epoch).</summary>
    public long ServerTime { get; init; }

    /// <summary>The rate limits in force (without counts).</summary>
    public IReadOnlyList<RateLimit> RateLimits { get; init; } = [];

    /// <summary>Exchange-wide filters.</summary>
    public IReadOnlyList<SpotSymbolFilter> ExchangeFilters { get; init; } = [];

    /// <summary>The symbols asked for (all of them by default).</summary>
    public IReadOnlyList<SpotSymbolInfo> Symbols { get; init; } = [];

    /// <summary>Smart order routing groups, when the server lists them.</summary>
    public IReadOnlyList<SpotSorInfo>? Sors { get; init; }

    /// <summary>Finds a symbol by name, or null.</summary>
    public SpotSymbolInfo? GetSymbol(string symbol)
    {
        foreach (SpotSymbolInfo s in Symbols)
        {
            if (string.Equals(s.Symbol, symbol, StringComparison.Ordinal))
            {
                return s;
            }
        }

        return null;
    }
}
