using System.Globalization;

namespace Binance.WsApi.Cli.Output;

/// <summary>Text forms for table cells: invariant decimals without trailing zeros, UTC times.</summary>
internal static class Format
{
    public static string Decimal(decimal? value) => value is { } v ? v.ToString("0.########", CultureInfo.InvariantCulture) : "-";

    public static string Time(long? ms) => ms is { } t and > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(t).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : "-";
}
