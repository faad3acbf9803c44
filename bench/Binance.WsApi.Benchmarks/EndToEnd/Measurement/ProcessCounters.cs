using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Binance.WsApi.Benchmarks.EndToEnd.Measurement;

/// <summary>
/// Process-wide counters read around a measured window: CPU time, bytes allocated, thread-pool work items completed
/// and context switches (Linux, the whole process; null elsewhere). Each participant runs in its own
/// process, so the deltas are that participant's own. Work items and context switches are the "instruction-ish"
/// measures that a loaded machine moves much less than wall-clock time: a thread-pool hop per reply shows up as one
/// work item per request, a worker woken per reply as one context switch per request.
/// </summary>
internal readonly partial record struct ProcessCounters(TimeSpan Cpu, long AllocatedBytes, long WorkItems, long? ContextSwitches)
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

    /// <summary>
    /// Voluntary plus involuntary context switches of the whole process from <c>getrusage(RUSAGE_SELF)</c>, which
    /// keeps the counts of threads that have exited. Summing <c>/proc/self/task/*/status</c> instead lost an exited
    /// thread's switches, so a window in which the thread pool retired a worker could come out negative.
    /// </summary>
    private static unsafe long? ReadContextSwitches()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        // struct rusage on 64-bit Linux: two struct timeval (2 longs each), then 14 longs; ru_nvcsw and ru_nivcsw
        // are the last two.
        long* usage = stackalloc long[RUsageLongs];
        return GetResourceUsage(RUsageSelf, usage) == 0 ? usage[RUsageLongs - 2] + usage[RUsageLongs - 1] : null;
    }

    private const int RUsageSelf = 0;
    private const int RUsageLongs = 18;

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static unsafe partial int GetResourceUsage(int who, long* usage);
}

/// <summary>What a window cost the process: CPU µs, bytes, thread-pool work items, context switches (null if unknown).</summary>
internal readonly record struct CounterDelta(double CpuUs, long AllocatedBytes, long WorkItems, long? ContextSwitches);
