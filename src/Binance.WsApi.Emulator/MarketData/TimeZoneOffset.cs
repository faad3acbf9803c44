using System.Globalization;
using System.Text.RegularExpressions;

namespace Binance.WsApi.Emulator.MarketData;

/// <summary>The <c>timeZone</c> parameter of klines and ticker.tradingDay: hours[:minutes] (e.g. <c>-1:00</c>, <c>05:45</c>, <c>8</c>), −12:00…+14:00.</summary>
internal static partial class TimeZoneOffset
{
    [GeneratedRegex(@"^([+-]?)(\d{1,2})(?::(\d{2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>The offset in ms, or null when the text is not a valid time zone.</summary>
    public static long? Parse(string? text)
    {
        if (text is null)
        {
            return 0;
        }

        Match match = Pattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        int hours = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        int minutes = match.Groups[3].Success ? int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) : 0;
        if (minutes >= 60)
        {
            return null;
        }

        long total = (hours * 60L) + minutes;
        total = match.Groups[1].Value == "-" ? -total : total;
        return total is < -12 * 60 or > 14 * 60 ? null : total * 60_000L;
    }
}
