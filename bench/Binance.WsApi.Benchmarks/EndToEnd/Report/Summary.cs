namespace Binance.WsApi.Benchmarks.EndToEnd.Report;

/// <summary>One participant × scenario × responder: the medians over the interleaved rounds.</summary>
internal sealed record Summary(
    string Target,
    string Participant,
    string Scenario,
    int Rounds,
    double P50Us,
    double P99Us,
    IReadOnlyDictionary<int, double> RequestsPerSecond,
    double? AllocatedBytesSequential,
    double? AllocatedBytesAt1,
    double? AllocatedBytesAt128,
    double ClientCpuUsAt128,
    double ResponderCpuUsSequential,
    double ResponderCpuUsAt128);
