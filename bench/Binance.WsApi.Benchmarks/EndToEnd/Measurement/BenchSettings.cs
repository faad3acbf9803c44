namespace Binance.WsApi.Benchmarks.EndToEnd.Measurement;

/// <summary>
/// How much each cell of the run does. A round's sequential cell is <see cref="SequentialBlocks"/> blocks per participant,
/// taken in turns, each with its own warm-up: a sequential round trip on a 2-core VM has two speeds (both processes'
/// threads on one core, or a cross-core wake-up per hop), a block mostly keeps the one it starts in, and one long
/// window per participant per round let a participant's five rounds land 4:1 in one speed and its rival's 2:3. The
/// throughput cells are split the same way (<see cref="ThroughputBlocks"/>): at 1 and 4 in flight a window keeps one of
/// two modes too (at 1 in flight the client's CPU per request read about 60 or about 100 µs, for either participant).
/// </summary>
internal sealed record BenchSettings(
    bool Quick,
    int Rounds,
    int WarmupRequests,
    int MeasuredRequests,
    int SequentialBlocks,
    TimeSpan ThroughputDuration,
    int ThroughputBlocks,
    IReadOnlyList<int> InFlightLevels,
    int MultiClients,
    int MultiClientInFlight,
    TimeSpan MultiClientDuration)
{
    /// <summary>Requests of one block of a sequential cell: participants take turns block by block (see <see cref="SequentialBlocks"/>).</summary>
    public int WarmupPerBlock => WarmupRequests / SequentialBlocks;

    /// <inheritdoc cref="WarmupPerBlock"/>
    public int MeasuredPerBlock => MeasuredRequests / SequentialBlocks;

    /// <summary>The measured length of one block of a throughput cell (participants take turns block by block).</summary>
    public TimeSpan ThroughputPerBlock => ThroughputDuration / ThroughputBlocks;

    /// <summary>The levels every run reports: sequential, a handful, a few dozen, and the deep end.</summary>
    public static readonly int[] Levels = [1, 4, 16, 64, 128];

    /// <summary>The full run: several interleaved rounds, so machine noise is spread over all participants alike.</summary>
    public static BenchSettings Full { get; } = new(false, 3, 2_000, 10_000, 20, TimeSpan.FromSeconds(2), 4, Levels, 20, 8, TimeSpan.FromSeconds(3));

    /// <summary>
    /// Smaller cells for the emulator target: it keeps every order it has seen, and its per-order cost grows with that
    /// history (a first full run saw p50 climb past 5 ms after roughly 100,000 orders), so a full-sized run against it
    /// would mostly measure the emulator's slowdown.
    /// </summary>
    public BenchSettings ForEmulator() =>
        Quick ? this : this with { WarmupRequests = 300, MeasuredRequests = 1_500, SequentialBlocks = 5, ThroughputDuration = TimeSpan.FromSeconds(1), ThroughputBlocks = 2, MultiClientDuration = TimeSpan.FromSeconds(1.5) };

    /// <summary>A smoke run: one round of short windows, numbers indicative only.</summary>
    public static BenchSettings QuickRun { get; } = new(true, 1, 200, 1_000, 2, TimeSpan.FromMilliseconds(400), 1, Levels, 20, 8, TimeSpan.FromMilliseconds(600));

    /// <summary>Seconds one round of one participant × scenario takes, for the run-time estimate printed at start.</summary>
    public double SecondsPerCell(double secondsPerSequentialRequest) =>
        ((WarmupRequests + MeasuredRequests) * secondsPerSequentialRequest) +
        (InFlightLevels.Count * ThroughputBlocks * (ThroughputPerBlock.TotalSeconds + Math.Min(0.2, ThroughputPerBlock.TotalSeconds / 4) + 0.3));
}
