using Binance.WsApi.Benchmarks.EndToEnd.Measurement;

namespace Binance.WsApi.Benchmarks.EndToEnd.Report;

/// <summary>
/// Reduces the rounds to medians, so a noisy round on a shared machine moves no headline number; the sequential cells
/// to the median of all their blocks.
/// </summary>
internal static class Aggregator
{
    public static List<Summary> Summarize(IEnumerable<ScenarioRun> runs) =>
        runs.GroupBy(r => (r.Target, r.Participant, r.Scenario))
            .Select(g =>
            {
                List<ScenarioRun> rounds = [.. g];
                List<IGrouping<int, ThroughputResult>> levels = [.. rounds.SelectMany(r => r.Throughput).GroupBy(t => t.InFlight)];
                return new Summary(g.Key.Target, g.Key.Participant, g.Key.Scenario, rounds.Count,
                    // Sequential: the median block of all rounds (60 blocks in a default full run), not the median of the rounds'
                    // medians: the blocks are the independent draws of the machine's two speeds.
                    Median(rounds.SelectMany(r => r.Latency.BlockP50s)),
                    Median(rounds.SelectMany(r => r.Latency.BlockP99s)),
                    levels.ToDictionary(t => t.Key, t => Median(t.Select(x => x.RequestsPerSecond))),
                    MedianOrNull(rounds.Select(r => r.Latency.AllocatedBytesPerRequest)),
                    levels.ToDictionary(t => t.Key, t => MedianOrNull(t.Select(x => x.AllocatedBytesPerRequest))),
                    levels.ToDictionary(t => t.Key, t => Median(t.Select(x => x.ClientCpuUsPerRequest))),
                    levels.ToDictionary(t => t.Key, t => MedianOrNull(t.Select(x => x.WorkItemsPerRequest))),
                    levels.ToDictionary(t => t.Key, t => MedianOrNull(t.Select(x => x.ContextSwitchesPerRequest))),
                    Median(rounds.Select(r => r.Latency.ResponderCpuUsPerRequest)),
                    Median(rounds.Select(r => r.Throughput.FirstOrDefault(t => t.InFlight == 128)?.ResponderCpuUsPerRequest ?? double.NaN)));
            })
            .ToList();

    public static double Median(IEnumerable<double> values)
    {
        double[] sorted = [.. values.Where(v => !double.IsNaN(v)).Order()];
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        int mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    public static double? MedianOrNull(IEnumerable<double?> values)
    {
        double[] known = [.. values.Where(v => v.HasValue).Select(v => v!.Value)];
        return known.Length == 0 ? null : Median(known);
    }
}
