namespace Binance.WsApi.Models;

/// <summary>The checks shared by requests that name one symbol (<c>symbol</c>) or several (<c>symbols</c>).</summary>
internal static class SymbolSelection
{
    /// <summary>At most one of the two; whichever is set must be valid.</summary>
    public static void AtMostOne(string? symbol, IReadOnlyList<string>? symbols, int? maxSymbols = null)
    {
        if (symbol is not null && symbols is not null)
        {
            throw new ArgumentException("Set Symbol or Symbols, not both.");
        }

        Check(symbol, symbols, maxSymbols);
    }

    /// <summary>Exactly one of the two; it must be valid.</summary>
    public static void ExactlyOne(string? symbol, IReadOnlyList<string>? symbols, int? maxSymbols = null)
    {
        if ((symbol is null) == (symbols is null))
        {
            throw new ArgumentException("Set exactly one of Symbol and Symbols.");
        }

        Check(symbol, symbols, maxSymbols);
    }

    private static void Check(string? symbol, IReadOnlyList<string>? symbols, int? maxSymbols)
    {
        if (symbol is not null)
        {
            Validate.Symbol(symbol, "Symbol");
        }

        if (symbols is not null)
        {
            // Validate also rejects duplicates, which the server refuses with -1151.
            Validate.Symbols(symbols, "Symbols");
            if (maxSymbols is { } max && symbols.Count > max)
            {
                throw new ArgumentOutOfRangeException("Symbols", symbols.Count, $"At most {max} symbols per request.");
            }
        }
    }
}
