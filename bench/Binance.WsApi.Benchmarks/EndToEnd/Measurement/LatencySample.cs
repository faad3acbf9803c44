namespace Binance.WsApi.Benchmarks.EndToEnd.Measurement;

/// <summary>
/// What a participant measured in a sequential (one in flight) window: round-trip percentiles, and its own CPU and
/// allocation over the window (allocation is null where the runtime cannot count it), and
/// for .NET participants the thread-pool work items and context switches of the window.
/// </summary>
internal sealed record LatencySample(int Requests, double P50Us, double P99Us, double MeanUs, double ClientCpuUs, long? AllocatedBytes,
    long? WorkItems = null, long? ContextSwitches = null);
