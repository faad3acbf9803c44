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
    double? ContextSwitchesPerRequest = null)
{
    /// <summary>The rate of each block of the round (one value when the cell was one window).</summary>
    public IReadOnlyList<double> BlockRequestsPerSecond { get; init; } = [RequestsPerSecond];

    /// <summary>The client CPU per request of each block of the round.</summary>
    public IReadOnlyList<double> BlockClientCpuUsPerRequest { get; init; } = [ClientCpuUsPerRequest];

    /// <summary>
    /// One round's cell at one level from its blocks, as one window of their total length: the requests over the
    /// seconds, every per-request figure weighted by requests. A block lands whole in one of the machine's modes (a
    /// few at 1 and 4 in flight), so the round's figure is their mix instead of one draw.
    /// </summary>
    public static ThroughputResult Combine(IReadOnlyList<ThroughputResult> blocks)
    {
        if (blocks.Count == 1)
        {
            return blocks[0];
        }

        long requests = blocks.Sum(b => b.Requests);
        double seconds = blocks.Sum(b => b.Seconds);
        double Weighted(Func<ThroughputResult, double> value) => blocks.Sum(b => value(b) * b.Requests) / Math.Max(1, requests);
        double? WeightedOrNull(Func<ThroughputResult, double?> value) =>
            blocks.All(b => value(b).HasValue) ? Weighted(b => value(b)!.Value) : null;
        return new ThroughputResult(blocks[0].InFlight, requests, seconds, requests / seconds,
            WeightedOrNull(b => b.AllocatedBytesPerRequest), Weighted(b => b.ClientCpuUsPerRequest), Weighted(b => b.ResponderCpuUsPerRequest),
            WeightedOrNull(b => b.WorkItemsPerRequest), WeightedOrNull(b => b.ContextSwitchesPerRequest))
        {
            BlockRequestsPerSecond = [.. blocks.Select(b => b.RequestsPerSecond)],
            BlockClientCpuUsPerRequest = [.. blocks.Select(b => b.ClientCpuUsPerRequest)],
        };
    }
}
