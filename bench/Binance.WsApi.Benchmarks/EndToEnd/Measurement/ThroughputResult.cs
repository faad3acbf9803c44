namespace Binance.WsApi.Benchmarks.EndToEnd.Measurement;

/// <summary>
/// A throughput window, per request: rate, client allocation, CPU, thread-pool work items and context switches (the
/// last two for .NET participants), and the responder's CPU.
/// </summary>
internal sealed record ThroughputResult(
    int InFlight,
    long Requests,
    double Seconds,
    double RequestsPerSecond,
    double? AllocatedBytesPerRequest,
    double ClientCpuUsPerRequest,
    double ResponderCpuUsPerRequest,
    double? WorkItemsPerRequest = null,
    double? ContextSwitchesPerRequest = null);
