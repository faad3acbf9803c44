using System.Diagnostics;
using System.Globalization;

namespace Binance.WsApi.Benchmarks.EndToEnd.Measurement;

/// <summary>
/// Process-wide counters read around a measured window: CPU time, bytes allocated, thread-pool work items completed
/// and context switches (Linux: summed over the process's threads; null elsewhere). Each participant runs in its own
/// process, so the deltas are that participant's own. Work items and context switches are the "instruction-ish"
/// measures that a loaded machine moves much less than wall-clock time: a thread-pool hop per reply shows up as one
/// work item per request, a worker woken per reply as one context switch per request.
/// </summary>
internal readonly record struct ProcessCounters(TimeSpan Cpu, long AllocatedBytes, long WorkItems, long? ContextSwitches)
{
    /// <summary>
    /// The counters at the start of a window: the allocation counter is read last, so that what reading the others
    /// allocates (the process object, /proc lines) is not counted in the window.
    /// </summary>
    public static ProcessCounters Begin()
    {
        long? switches = ReadContextSwitches();
        TimeSpan cpu = ReadCpu();
        long workItems = ThreadPool.CompletedWorkItemCount;
        return new ProcessCounters(cpu, GC.GetTotalAllocatedBytes(precise: true), workItems, switches);
    }

    /// <summary>The counters at the end of a window: the allocation counter is read first, for the same reason.</summary>
    public static ProcessCounters End()
    {
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        long workItems = ThreadPool.CompletedWorkItemCount;
        TimeSpan cpu = ReadCpu();
        return new ProcessCounters(cpu, allocated, workItems, ReadContextSwitches());
    }

    /// <summary>Collects leftovers of the previous window so that its garbage is not paid for in this one.</summary>
    public static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    public CounterDelta Since(ProcessCounters before) => new(
        (Cpu - before.Cpu).TotalMicroseconds,
        AllocatedBytes - before.AllocatedBytes,
        WorkItems - before.WorkItems,
        ContextSwitches is { } now && before.ContextSwitches is { } then ? now - then : null);

    private static TimeSpan ReadCpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private static long? ReadContextSwitches()
    {
        try
        {
            long total = 0;
            foreach (string task in Directory.EnumerateDirectories("/proc/self/task"))
            {
                foreach (string line in File.ReadLines(Path.Combine(task, "status")))
                {
                    if (line.StartsWith("voluntary_ctxt_switches:", StringComparison.Ordinal) ||
                        line.StartsWith("nonvoluntary_ctxt_switches:", StringComparison.Ordinal))
                    {
                        total += long.Parse(line.AsSpan(line.IndexOf(':', StringComparison.Ordinal) + 1).Trim(), CultureInfo.InvariantCulture);
                    }
                }
            }

            return total;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            // Not Linux, or a thread exited while being read: unknown rather than wrong.
            return null;
        }
    }
}

/// <summary>What a window cost the process: CPU µs, bytes, thread-pool work items, context switches (null if unknown).</summary>
internal readonly record struct CounterDelta(double CpuUs, long AllocatedBytes, long WorkItems, long? ContextSwitches);
