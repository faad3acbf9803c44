namespace Binance.WsApi.Benchmarks.EndToEnd.Measurement;

/// <summary>One participant's cells for one scenario in one round against one responder.</summary>
internal sealed record ScenarioRun(
    string Target,
    string Participant,
    string Scenario,
    int Round,
    LatencyResult Latency,
    IReadOnlyList<ThroughputResult> Throughput);
