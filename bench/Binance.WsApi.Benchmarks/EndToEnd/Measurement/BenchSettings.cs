namespace Binance.WsApi.Benchmarks.EndToEnd.Measurement;

/// <summary>How much each cell of the run does.</summary>
internal sealed record BenchSettings(
    bool Quick,
    int Rounds,
    int WarmupRequests,
    int MeasuredRequests,
    TimeSpan ThroughputDuration,
    IReadOnlyList<int> InFlightLevels)
{
    /// <summary>The full run: several interleaved rounds, so machine noise is spread over all participants alike.</summary>
    public static BenchSettings Full { get; } = new(false, 3, 2_000, 10_000, TimeSpan.FromSeconds(2), [1, 16, 128]);

    /// <summary>A smoke run that finishes well under a minute: numbers are indicative only.</summary>
    public static BenchSettings QuickRun { get; } = new(true, 1, 200, 1_000, TimeSpan.FromMilliseconds(250), [1, 16, 128]);
}
