using System.Globalization;

namespace Binance.WsApi.Benchmarks.EndToEnd.Report;

/// <summary>The machine's 1/5/15-minute load average (Linux <c>/proc/loadavg</c>), recorded at the start and end of a run.</summary>
internal static class LoadAverage
{
    public static string Read()
    {
        try
        {
            string[] parts = File.ReadAllText("/proc/loadavg").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return string.Join(" / ", parts.Take(3).Select(p => double.Parse(p, CultureInfo.InvariantCulture).ToString("0.00", CultureInfo.InvariantCulture)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            return "unknown";
        }
    }
}
