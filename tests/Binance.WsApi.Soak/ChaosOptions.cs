namespace Binance.WsApi.Soak;

/// <summary>What a chaos soak runs: how many requests, how many at once, how often a fault, and the seed of it all.</summary>
public sealed record ChaosOptions
{
    /// <summary>Seeds the workload (which request, which parameters) and the fault schedule (which fault, after which request).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>How many requests in all (placements, cancels, queries, pings).</summary>
    public int Requests { get; init; } = 20_000;

    /// <summary>How many requests are in flight at once.</summary>
    public int InFlight { get; init; } = 48;

    /// <summary>On average one fault per this many requests.</summary>
    public int RequestsPerFault { get; init; } = 40;

    /// <summary>The client's request timeout (swallowed answers end after it).</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>A request not finished this long after it started counts as hung.</summary>
    public TimeSpan HangLimit { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Injects only this kind of fault (for example <c>server shutdown</c>); every kind when null.</summary>
    public string? OnlyFault { get; init; }

    /// <summary>Samples memory every this many finished requests.</summary>
    public int MemorySampleEvery { get; init; } = 500;
}
