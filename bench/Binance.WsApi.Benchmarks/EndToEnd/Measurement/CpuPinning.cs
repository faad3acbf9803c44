using System.Diagnostics;

namespace Binance.WsApi.Benchmarks.EndToEnd.Measurement;

/// <summary>
/// <c>--pin</c>: the responder runs on CPU 0 and every participant on CPU 1, each started under <c>taskset</c> so all
/// its threads inherit the mask. Unpinned, where the scheduler puts the two processes' threads (one core or two, and a
/// cross-core wake-up costs far more on a VM) decides a sequential round trip more than either program does: the
/// floor's own sequential p50 ranged 47–84 µs between rounds of one run. Pinned, every participant meets the same
/// arrangement. Opt-in: it also confines each participant to one core, which is a different question from the
/// unpinned cells.
/// </summary>
internal static class CpuPinning
{
    public const int ResponderCpu = 0;
    public const int ParticipantCpu = 1;

    /// <summary>Set by the e2e command from <c>--pin</c>.</summary>
    public static bool Enabled { get; set; }

    /// <summary>Why pinning cannot be used here, or null when it can.</summary>
    public static string? Unavailable()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "--pin needs Linux (taskset).";
        }

        if (Environment.ProcessorCount < 2)
        {
            return "--pin needs at least two CPUs.";
        }

        return File.Exists("/usr/bin/taskset") || File.Exists("/bin/taskset") ? null : "--pin needs taskset (util-linux).";
    }

    /// <summary>The same start, under <c>taskset -c CPU</c> when pinning is on; unchanged otherwise.</summary>
    public static ProcessStartInfo Apply(ProcessStartInfo start, int cpu)
    {
        if (!Enabled)
        {
            return start;
        }

        var pinned = new ProcessStartInfo("taskset")
        {
            UseShellExecute = false,
            WorkingDirectory = start.WorkingDirectory,
            RedirectStandardInput = start.RedirectStandardInput,
            RedirectStandardOutput = start.RedirectStandardOutput,
            RedirectStandardError = start.RedirectStandardError,
        };
        pinned.ArgumentList.Add("-c");
        pinned.ArgumentList.Add(cpu.ToString(System.Globalization.CultureInfo.InvariantCulture));
        pinned.ArgumentList.Add(start.FileName);
        foreach (string argument in start.ArgumentList)
        {
            pinned.ArgumentList.Add(argument);
        }

        foreach (KeyValuePair<string, string?> variable in start.Environment)
        {
            pinned.Environment[variable.Key] = variable.Value;
        }

        return pinned;
    }
}
