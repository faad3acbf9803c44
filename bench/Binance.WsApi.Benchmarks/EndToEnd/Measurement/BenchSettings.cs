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

    /// <summary>
    /// Smaller cells for the emulator target: it keeps every order it has seen, and its per-order cost grows with that
    /// history (a first full run saw p50 climb past 5 ms after roughly 100,000 orders), so a full-sized run against it
    /// would mostly measure the emulator's slowdown.
    /// </summary>
    public BenchSettings ForEmulator() =>
        Quick ? this : this with { WarmupRequests = 300, MeasuredRequests = 1_500, ThroughputDuration = TimeSpan.FromSeconds(1) };

    /// <summary>A smoke run that finishes well under a minute: numbers are indicative only.</summary>
    public static BenchSettings QuickRun { get; } = new(true, 1, 200, 1_000, TimeSpan.FromMilliseconds(250), [1, 16, 128]);
}
