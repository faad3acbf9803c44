namespace Binance.WsApi.Models;

/// <summary>
/// Parameters of <c>ticker</c> (rolling window statistics). Set exactly one of <see cref="Symbol"/> and
/// <see cref="Symbols"/> (at most 200). Weight: 4 per symbol, 200 from 51 symbols on.
/// </summary>
public sealed record SpotRollingWindowTickerRequest
{
    /// <summary>One symbol.</summary>
    public string? Symbol { get; init; }

    /// <summary>Several symbols (at most 200).</summary>
    public IReadOnlyList<string>? Symbols { get; init; }

    /// <summary><see cref="TickerType.Full"/> (server default) or <see cref="TickerType.Mini"/>.</summary>
    public TickerType? Type { get; init; }

    /// <summary>
    /// The window: <c>1m</c>…<c>59m</c>, <c>1h</c>…<c>23h</c> or <c>1d</c>…<c>7d</c> (one unit only; server default
    /// <c>1d</c>). The effective window starts on a minute boundary, so it may be up to 59,999 ms wider.
    /// </summary>
    public string? WindowSize { get; init; }

    /// <summary>Only symbols with this status; for a single symbol a mismatch is an error (-1220).</summary>
    public SymbolStatus? SymbolStatus { get; init; }

    internal WsApiParameters ToParameters()
    {
        SymbolSelection.ExactlyOne(Symbol, Symbols, maxSymbols: 200);
        if (WindowSize is not null && !IsValidWindowSize(WindowSize))
        {
            throw new ArgumentException(
                $"'{WindowSize}' is not a window size Binance accepts: 1m…59m, 1h…23h or 1d…7d.", nameof(WindowSize));
        }

        return new WsApiParameters(5)
            .Add("symbol", Symbol)
            .Add("symbols", Symbols)
            .Add("type", Type)
            .Add("windowSize", WindowSize)
            .Add("symbolStatus", SymbolStatus);
    }

    private static bool IsValidWindowSize(string windowSize)
    {
        if (windowSize.Length is < 2 or > 3)
        {
            return false;
        }

        ReadOnlySpan<char> number = windowSize.AsSpan(0, windowSize.Length - 1);
        if (number[0] == '0' || !int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n))
        {
            return false;
        }

        return windowSize[^1] switch
        {
            'm' => n <= 59,
            'h' => n <= 23,
            'd' => n <= 7,
            _ => false,
        };
    }
}
