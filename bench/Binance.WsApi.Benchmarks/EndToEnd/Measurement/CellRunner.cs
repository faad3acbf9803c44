using Binance.WsApi.Benchmarks.EndToEnd.Participants;
using Binance.WsApi.Benchmarks.EndToEnd.Responder;

namespace Binance.WsApi.Benchmarks.EndToEnd.Measurement;

/// <summary>
/// Runs one participant's cells for one scenario (sequential latency, then throughput at each in-flight level) and
/// adds the responder's CPU per request, read from its process around each cell.
/// </summary>
internal static class CellRunner
{
    public static async Task<ScenarioRun> RunAsync(IParticipant participant, Scenario scenario, ResponderProcess responder,
        BenchSettings settings, int round)
    {
        TimeSpan before = responder.CpuTime;
        LatencySample latency = await participant.MeasureLatencyAsync(scenario, settings.WarmupRequests, settings.MeasuredRequests)
            .ConfigureAwait(false);
        // The responder also served the warm-up, so its CPU is spread over every request it answered.
        double responderLatencyCpu = (responder.CpuTime - before).TotalMicroseconds / (settings.WarmupRequests + latency.Requests);
        var latencyResult = new LatencyResult(latency.Requests, latency.P50Us, latency.P99Us, latency.MeanUs,
            latency.AllocatedBytes / (double?)latency.Requests, latency.ClientCpuUs / latency.Requests, responderLatencyCpu);

        var throughput = new List<ThroughputResult>();
        foreach (int inFlight in settings.InFlightLevels)
        {
            before = responder.CpuTime;
            ThroughputSample sample = await participant.MeasureThroughputAsync(scenario, inFlight, settings.ThroughputDuration).ConfigureAwait(false);
            double responderCpu = (responder.CpuTime - before).TotalMicroseconds / Math.Max(1, sample.Requests + sample.WarmupRequests);
            long requests = Math.Max(1, sample.Requests);
            throughput.Add(new ThroughputResult(inFlight, sample.Requests, sample.Seconds, sample.Requests / sample.Seconds,
                sample.AllocatedBytes / (double?)requests, sample.ClientCpuUs / requests, responderCpu,
                sample.WorkItems / (double?)requests, sample.ContextSwitches / (double?)requests));
        }

        return new ScenarioRun(responder.Mode.ToString().ToLowerInvariant(), participant.Name, scenario.Id(), round, latencyResult, throughput);
    }
}
