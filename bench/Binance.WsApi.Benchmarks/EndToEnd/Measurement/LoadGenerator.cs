using System.Diagnostics;

namespace Binance.WsApi.Benchmarks.EndToEnd.Measurement;

/// <summary>
/// Drives an in-process participant: a sequential window for latency, and N concurrent loops for throughput. The
/// process-wide counters (<see cref="ProcessCounters"/>) are read right around each window; the participant has
/// its own process, so the deltas are the participant's (plus these loops).
/// </summary>
internal static class LoadGenerator
{
    public static async Task<LatencySample> LatencyAsync(Func<Task> invoke, int warmup, int requests)
    {
        for (int i = 0; i < warmup; i++)
        {
            await invoke().ConfigureAwait(false);
        }

        long[] ticks = new long[requests];
        ProcessCounters.Settle();
        ProcessCounters before = ProcessCounters.Begin();
        for (int i = 0; i < requests; i++)
        {
            long start = Stopwatch.GetTimestamp();
            await invoke().ConfigureAwait(false);
            ticks[i] = Stopwatch.GetTimestamp() - start;
        }

        CounterDelta used = ProcessCounters.End().Since(before);
        Array.Sort(ticks);
        return new LatencySample(requests, ToMicroseconds(Percentile(ticks, 0.50)), ToMicroseconds(Percentile(ticks, 0.99)),
            ToMicroseconds((long)ticks.Average()), used.CpuUs, used.AllocatedBytes, used.WorkItems, used.ContextSwitches);
    }

    public static async Task<ThroughputSample> ThroughputAsync(Func<Task> invoke, int inFlight, TimeSpan duration)
    {
        // A short unmeasured burst at this concurrency, so buffers and pools reach their working size first.
        long warmup = await RunLoopsAsync(invoke, inFlight, Stopwatch.GetTimestamp() + (long)(Stopwatch.Frequency * Math.Min(0.2, duration.TotalSeconds / 4)))
            .ConfigureAwait(false);
        ProcessCounters.Settle();
        ProcessCounters before = ProcessCounters.Begin();
        long start = Stopwatch.GetTimestamp();
        long requests = await RunLoopsAsync(invoke, inFlight, start + (long)(Stopwatch.Frequency * duration.TotalSeconds)).ConfigureAwait(false);
        long end = Stopwatch.GetTimestamp();
        CounterDelta used = ProcessCounters.End().Since(before);
        return new ThroughputSample(inFlight, requests, warmup, (end - start) / (double)Stopwatch.Frequency, used.CpuUs, used.AllocatedBytes,
            used.WorkItems, used.ContextSwitches);
    }

    public static long Percentile(long[] sorted, double q) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Length) - 1, 0, sorted.Length - 1)];

    public static double ToMicroseconds(long ticks) => ticks * 1_000_000.0 / Stopwatch.Frequency;

    private static async Task<long> RunLoopsAsync(Func<Task> invoke, int inFlight, long deadline)
    {
        long total = 0;
        var loops = new Task[inFlight];
        for (int i = 0; i < inFlight; i++)
        {
            loops[i] = Loop();
        }

        await Task.WhenAll(loops).ConfigureAwait(false);
        return total;

        async Task Loop()
        {
            // Yield first so all loops start from the thread pool rather than one after another on this thread.
            await Task.Yield();
            long count = 0;
            while (Stopwatch.GetTimestamp() < deadline)
            {
                await invoke().ConfigureAwait(false);
                count++;
            }

            Interlocked.Add(ref total, count);
        }
    }
}
