namespace Binance.WsApi.Models;

/// <summary>Range and time-window checks shared by the market-data and account request models.</summary>
internal static class RequestChecks
{
    public static void Limit(int? limit, int max, string parameterName = "Limit")
    {
        if (limit is { } l && (l < 1 || l > max))
        {
            throw new ArgumentOutOfRangeException(parameterName, l, $"Limit must be between 1 and {max}.");
        }
    }

    public static void NotNegative(long? value, string parameterName)
    {
        if (value is { } v && v < 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, v, "The value cannot be negative.");
        }
    }

    /// <summary>Times are non-negative milliseconds, start not after end, and optionally at most <paramref name="maxSpan"/> apart.</summary>
    public static void TimeRange(long? startTime, long? endTime, TimeSpan? maxSpan = null)
    {
        NotNegative(startTime, "StartTime");
        NotNegative(endTime, "EndTime");
        if (startTime is { } s && endTime is { } e)
        {
            if (s > e)
            {
                throw new ArgumentException("StartTime must not be after EndTime.", "StartTime");
            }

            if (maxSpan is { } span && e - s > (long)span.TotalMilliseconds)
            {
                throw new ArgumentException($"StartTime and EndTime can be at most {span.TotalHours:0} hours apart.", "EndTime");
            }
        }
    }

    /// <summary>
    /// A <c>timeZone</c> offset as Binance accepts it: hours (<c>8</c>, <c>-1</c>) or hours and minutes
    /// (<c>05:45</c>, <c>-1:00</c>), within −12:00 … +14:00.
    /// </summary>
    public static void TimeZone(string? timeZone, string parameterName = "TimeZone")
    {
        if (timeZone is null)
        {
            return;
        }

        ReadOnlySpan<char> text = timeZone.AsSpan();
        bool negative = false;
        if (text.Length > 0 && text[0] is '+' or '-')
        {
            negative = text[0] == '-';
            text = text[1..];
        }

        int colon = text.IndexOf(':');
        ReadOnlySpan<char> hoursText = colon < 0 ? text : text[..colon];
        ReadOnlySpan<char> minutesText = colon < 0 ? [] : text[(colon + 1)..];
        bool valid = hoursText.Length is 1 or 2 && IsDigits(hoursText)
            && (colon < 0 || (minutesText.Length == 2 && IsDigits(minutesText)));
        if (valid)
        {
            int hours = int.Parse(hoursText, provider: System.Globalization.CultureInfo.InvariantCulture);
            int minutes = colon < 0 ? 0 : int.Parse(minutesText, provider: System.Globalization.CultureInfo.InvariantCulture);
            int total = ((hours * 60) + minutes) * (negative ? -1 : 1);
            valid = minutes < 60 && total >= -12 * 60 && total <= 14 * 60;
        }

        if (!valid)
        {
            throw new ArgumentException(
                $"'{timeZone}' is not a time zone offset Binance accepts: hours ('8', '-1') or hours and minutes ('05:45', '-1:00') within -12:00 to +14:00.",
                parameterName);
        }
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
