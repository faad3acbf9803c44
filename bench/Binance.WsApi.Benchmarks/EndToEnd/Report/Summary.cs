namespace Binance.WsApi.Benchmarks.EndToEnd.Report;

/// <summary>
/// One participant × scenario × responder: the medians over the interleaved rounds; the per-level dictionaries are
/// keyed by requests in flight.
/// </summary>
internal sealed record Summary(
    string Target,
    string Participant,
    string Scenario,
    int Rounds,
    double P50Us,
    double P99Us,
    IReadOnlyDictionary<int, double> RequestsPerSecond,
    double? AllocatedBytesSequential,
    IReadOnlyDictionary<int, double?> AllocatedBytes,
    IReadOnlyDictionary<int, double> ClientCpuUs,
    IReadOnlyDictionary<int, double?> WorkItems,
    IReadOnlyDictionary<int, double?> ContextSwitches,
    double ResponderCpuUsSequential,
    double ResponderCpuUsAt128)
{
    public double? AllocatedBytesAt1 => AllocatedBytes.GetValueOrDefault(1);

    public double? AllocatedBytesAt128 => AllocatedBytes.GetValueOrDefault(128);

    public double ClientCpuUsAt128 => ClientCpuUs.GetValueOrDefault(128, double.NaN);
}
