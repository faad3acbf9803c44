using Binance.WsApi.Benchmarks.EndToEnd.Report;

namespace Binance.WsApi.Benchmarks.EndToEnd.Measurement;

/// <summary>A sequential window, per request: percentiles, client allocation and CPU, and the responder's CPU.</summary>
internal sealed record LatencyResult(
    int Requests,
    double P50Us,
    double P99Us,
    double MeanUs,
    double? AllocatedBytesPerRequest,
    double ClientCpuUsPerRequest,
    double ResponderCpuUsPerRequest)
{
    /// <summary>The p50 of each block of the round (one value when the cell was one window).</summary>
    public IReadOnlyList<double> BlockP50s { get; init; } = [P50Us];

    /// <summary>The p99 of each block of the round.</summary>
    public IReadOnlyList<double> BlockP99s { get; init; } = [P99Us];

    /// <summary>
    /// One round's sequential cell from its blocks: the median of the blocks' p50 and p99 (a block lands whole in one
    /// of the machine's phases, so the median block is the typical one), the other figures weighted by requests.
    /// </summary>
    public static LatencyResult Combine(IReadOnlyList<LatencyResult> blocks)
    {
        if (blocks.Count == 1)
        {
            return blocks[0];
        }

        int requests = blocks.Sum(b => b.Requests);
        double Weighted(Func<LatencyResult, double> value) => blocks.Sum(b => value(b) * b.Requests) / Math.Max(1, requests);
        double? allocated = blocks.All(b => b.AllocatedBytesPerRequest.HasValue) ? Weighted(b => b.AllocatedBytesPerRequest!.Value) : null;
        return new LatencyResult(requests, Aggregator.Median(blocks.Select(b => b.P50Us)), Aggregator.Median(blocks.Select(b => b.P99Us)), Weighted(b => b.MeanUs),
            allocated, Weighted(b => b.ClientCpuUsPerRequest), Weighted(b => b.ResponderCpuUsPerRequest))
        {
            BlockP50s = [.. blocks.Select(b => b.P50Us)],
            BlockP99s = [.. blocks.Select(b => b.P99Us)],
        };
    }
}
