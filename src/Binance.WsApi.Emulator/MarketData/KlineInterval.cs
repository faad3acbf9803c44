namespace Binance.WsApi.Emulator.MarketData;

/// <summary>
/// A kline interval of docs/protocol.md §5.2 (<c>1s</c> … <c>1M</c>) and its bucket arithmetic in a time zone offset:
/// fixed lengths are aligned to the epoch, weeks start on Monday, months are calendar months.
/// </summary>
internal sealed class KlineInterval
{
    private const long Second = 1000;
    private const long Minute = 60 * Second;
    private const long Hour = 60 * Minute;
    private const long Day = 24 * Hour;

    // 1970-01-01 was a Thursday: the first Monday is four days later.
    private const long MondayOffset = 4 * Day;

    private static readonly Dictionary<string, long> Fixed = new(StringComparer.Ordinal)
    {
        ["1s"] = Second, ["1m"] = Minute, ["3m"] = 3 * Minute, ["5m"] = 5 * Minute, ["15m"] = 15 * Minute, ["30m"] = 30 * Minute,
        ["1h"] = Hour, ["2h"] = 2 * Hour, ["4h"] = 4 * Hour, ["6h"] = 6 * Hour, ["8h"] = 8 * Hour, ["12h"] = 12 * Hour,
        ["1d"] = Day, ["3d"] = 3 * Day, ["1w"] = 7 * Day,
    };

    private readonly long _length; // 0 = calendar month
    private readonly long _phase;

    private KlineInterval(long length, long phase)
    {
        _length = length;
        _phase = phase;
    }

    /// <summary>Parses a wire interval (case-sensitive: <c>1m</c> is a minute, <c>1M</c> a month); null when unknown.</summary>
    public static KlineInterval? Parse(string? text)
    {
        if (text == "1M")
        {
            return new KlineInterval(0, 0);
        }

        return text is not null && Fixed.TryGetValue(text, out long length) ? new KlineInterval(length, text == "1w" ? MondayOffset : 0) : null;
    }

    /// <summary>Open time of the bucket holding <paramref name="time"/>; <paramref name="offset"/> = the time zone's offset in ms.</summary>
    public long Start(long time, long offset)
    {
        if (_length == 0)
        {
            DateTimeOffset local = DateTimeOffset.FromUnixTimeMilliseconds(time + offset);
            return new DateTimeOffset(local.Year, local.Month, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds() - offset;
        }

        long shifted = time + offset - _phase;
        long k = shifted / _length;
        if (shifted % _length != 0 && shifted < 0)
        {
            k--; // floor, also before the epoch
        }

        return (k * _length) + _phase - offset;
    }

    public long Next(long start, long offset) => _length == 0 ? AddMonths(start, offset, 1) : start + _length;

    public long Previous(long start, long offset) => _length == 0 ? AddMonths(start, offset, -1) : start - _length;

    private static long AddMonths(long start, long offset, int months) =>
        DateTimeOffset.FromUnixTimeMilliseconds(start + offset).AddMonths(months).ToUnixTimeMilliseconds() - offset;
}
