using System.Runtime.InteropServices;

namespace Binance.WsApi.Benchmarks.EndToEnd.Report;

/// <summary>What the numbers were measured on, for the report header.</summary>
internal sealed record MachineFacts(
    string CpuModel,
    int Cores,
    string Os,
    string DotNet,
    string? NodeVersion,
    string? NodeSdkVersion,
    DateTimeOffset Date,
    string Command,
    string LoadAverageAtStart,
    string LoadAverageAtEnd,
    TimeSpan Duration)
{
    public static MachineFacts Collect(string command, string? nodeVersion, string? sdkVersion, string loadAtStart, TimeSpan duration) =>
        new(ReadCpuModel(), Environment.ProcessorCount, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription,
            nodeVersion, sdkVersion, DateTimeOffset.UtcNow, command, loadAtStart, LoadAverage.Read(), duration);

    private static string ReadCpuModel()
    {
        try
        {
            // Linux only; elsewhere the architecture is the best cheap answer.
            string? line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            if (line is not null)
            {
                return line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return RuntimeInformation.ProcessArchitecture.ToString();
    }
}
