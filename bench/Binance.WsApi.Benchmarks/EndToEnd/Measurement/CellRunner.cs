using Binance.WsApi.Benchmarks.EndToEnd.Participants;
using Binance.WsApi.Benchmarks.EndToEnd.Responder;

namespace Binance.WsApi.Benchmarks.EndToEnd.Measurement;

/// <summary>
/// Measures one participant's cells: the sequential latency window, or the throughput window at one in-flight level,
/// each with the responder's CPU per request, read from its process around the cell. The caller interleaves the
/// participants cell by cell, so each pair of cells compared runs seconds apart, not a whole scenario apart.
/// </summary>
internal static class CellRunner
{
    /// <summary>One block of a sequential cell (<see cref="BenchSettings.SequentialBlocks"/>).</summary>
    public static async Task<LatencyResult> MeasureLatencyBlockAsync(IParticipant participant, Scenario scenario, ResponderProcess responder, BenchSettings settings)
    {
        TimeSpan before = responder.CpuTime;
        LatencySample latency = await participant.MeasureLatencyAsync(scenario, settings.WarmupPerBlock, settings.MeasuredPerBlock)
            .ConfigureAwait(false);
        // The responder also served the warm-up, so its CPU is spread over every request it answered.
        double responderLatencyCpu = (responder.CpuTime - before).TotalMicroseconds / (settings.WarmupPerBlock + latency.Requests);
        return new LatencyResult(latency.Requests, latency.P50Us, latency.P99Us, latency.MeanUs,
            latency.AllocatedBytes / (double?)latency.Requests, latency.ClientCpuUs / latency.Requests, responderLatencyCpu);
    }

    /// <summary>One block of a throughput cell at one level (<see cref="BenchSettings.ThroughputBlocks"/>).</summary>
    public static async Task<ThroughputResult> MeasureThroughputBlockAsync(IParticipant participant, Scenario scenario, int inFlight, ResponderProcess responder,
        BenchSettings settings)
    {
        TimeSpan before = responder.CpuTime;
        ThroughputSample sample = await participant.MeasureThroughputAsync(scenario, inFlight, settings.ThroughputPerBlock).ConfigureAwait(false);
        double responderCpu = (responder.CpuTime - before).TotalMicroseconds / Math.Max(1, sample.Requests + sample.WarmupRequests);
        long requests = Math.Max(1, sample.Requests);
        return new ThroughputResult(inFlight, sample.Requests, sample.Seconds, sample.Requests / sample.Seconds,
            sample.AllocatedBytes / (double?)requests, sample.ClientCpuUs / requests, responderCpu,
            sample.WorkItems / (double?)requests, sample.ContextSwitches / (double?)requests);
    }
}
