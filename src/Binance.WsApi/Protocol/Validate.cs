namespace Binance.WsApi;

/// <summary>
/// Argument checks made before anything is sent: values that cannot be right fail fast with
/// <see cref="ArgumentException"/> instead of costing a round trip and request weight.
/// </summary>
internal static class Validate
{
    public static void Symbol(string? symbol, string parameterName)
    {
        if (string.IsNullOrWhiteSpace(symbol))
        {
            throw new ArgumentException("A symbol is required (for example \"BTCUSDT\").", parameterName);
        }
    }

    public static void Symbols(IReadOnlyList<string>? symbols, string parameterName)
    {
        if (symbols is null || symbols.Count == 0)
        {
            throw new ArgumentException("At least one symbol is required.", parameterName);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string s in symbols)
        {
            Symbol(s, parameterName);
            if (!seen.Add(s))
            {
                throw new ArgumentException($"Symbol '{s}' is listed twice.", parameterName);
            }
        }
    }

    public static void Positive(decimal? value, string parameterName)
    {
        if (value is { } v && v <= 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, v, "The value must be greater than zero.");
        }
    }

    public static void NotNegative(decimal? value, string parameterName)
    {
        if (value is { } v && v < 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, v, "The value cannot be negative.");
        }
    }

    public static void RecvWindow(TimeSpan? window, string parameterName)
    {
        if (window is { } w && (w <= TimeSpan.Zero || w > TimeSpan.FromMilliseconds(60000)))
        {
            throw new ArgumentOutOfRangeException(parameterName, w, "recvWindow must be greater than 0 and at most 60000 ms.");
        }
    }

    /// <summary>The longest timer, delay or cancellation deadline the runtime takes: <c>uint.MaxValue - 1</c> ms (about 49.7 days).</summary>
    public static readonly TimeSpan MaxTimerLength = TimeSpan.FromMilliseconds(uint.MaxValue - 1.0);

    /// <summary>Refuses a duration the runtime's timers cannot hold, naming the option.</summary>
    public static void TimerLength(TimeSpan value, string name)
    {
        if (value > MaxTimerLength)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be at most {MaxTimerLength.TotalDays:0.#} days ({MaxTimerLength.TotalMilliseconds:0} ms), the longest timer the runtime supports.");
        }
    }
}
