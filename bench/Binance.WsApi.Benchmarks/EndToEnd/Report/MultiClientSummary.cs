using Binance.WsApi.Benchmarks.EndToEnd.Measurement;

namespace Binance.WsApi.Benchmarks.EndToEnd.Report;

/// <summary>The multi-client cell of one participant against one responder: medians over the rounds.</summary>
internal sealed record MultiClientSummary(
    string Target,
    string Participant,
    int Rounds,
    int Clients,
    int InFlightPerClient,
    double RequestsPerSecond,
    double ClientCpuUsPerRequest,
    double? AllocatedBytesPerRequest,
    double? WorkItemsPerRequest,
    double? ContextSwitchesPerRequest,
    double ResponderCpuUsPerRequest)
{
    public static List<MultiClientSummary> Summarize(IEnumerable<MultiClientRun> runs) =>
        [.. runs.GroupBy(r => (r.Target, r.Participant)).Select(g => new MultiClientSummary(g.Key.Target, g.Key.Participant, g.Count(),
            g.First().Clients, g.First().InFlightPerClient,
            Aggregator.Median(g.Select(r => r.RequestsPerSecond)),
            Aggregator.Median(g.Select(r => r.ClientCpuUsPerRequest)),
            Aggregator.MedianOrNull(g.Select(r => r.AllocatedBytesPerRequest)),
            Aggregator.MedianOrNull(g.Select(r => r.WorkItemsPerRequest)),
            Aggregator.MedianOrNull(g.Select(r => r.ContextSwitchesPerRequest)),
            Aggregator.Median(g.Select(r => r.ResponderCpuUsPerRequest))))];
}
