namespace Binance.WsApi.Benchmarks.EndToEnd.Measurement;

/// <summary>A throughput window, per request: rate, client allocation and CPU, and the responder's CPU.</summary>
internal sealed record ThroughputResult(
    int InFlight,
    long Requests,
    double Seconds,
    double RequestsPerSecond,
    double? AllocatedBytesPerRequest,
    double ClientCpuUsPerRequest,
    double ResponderCpuUsPerRequest);
