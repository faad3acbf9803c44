namespace Binance.WsApi;

/// <summary>What a <see cref="FuturesAccountStateTracker"/> watches.</summary>
public sealed record FuturesAccountStateTrackerOptions
{
    /// <summary>
    /// How many closed orders are remembered to recognise a late duplicate of their events (default 10,000). Older
    /// closed orders are forgotten, so the tracker's memory stays bounded on a long run.
    /// </summary>
    public int ClosedOrderMemory { get; init; } = 10_000;
}
