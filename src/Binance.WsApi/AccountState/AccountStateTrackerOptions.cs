namespace Binance.WsApi;

/// <summary>What an <see cref="AccountStateTracker"/> watches.</summary>
public sealed record AccountStateTrackerOptions
{
    /// <summary>
    /// The symbols whose orders are repaired after a gap even when no event of theirs was seen before it (an order
    /// placed on a new symbol while the stream was down). Symbols seen in events or open at the start are added by
    /// themselves.
    /// </summary>
    public IReadOnlyList<string> Symbols { get; init; } = [];

    /// <summary>The spot endpoint whose user data stream is tracked; the environment's default when null.</summary>
    public WsApiEndpoint? Endpoint { get; init; }

    /// <summary>
    /// How many closed orders are remembered to recognise a late duplicate of their events (default 10,000). Older
    /// closed orders are forgotten, so the tracker's memory stays bounded on a long run.
    /// </summary>
    public int ClosedOrderMemory { get; init; } = 10_000;
}
