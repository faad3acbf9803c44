namespace Binance.WsApi.Benchmarks.EndToEnd.Measurement;

/// <summary>A sequential window, per request: percentiles, client allocation and CPU, and the responder's CPU.</summary>
internal sealed record LatencyResult(
    int Requests,
    double P50Us,
    double P99Us,
    double MeanUs,
    double? AllocatedBytesPerRequest,
    double ClientCpuUsPerRequest,
    double ResponderCpuUsPerRequest);
