using Binance.WsApi.Benchmarks.EndToEnd.Measurement;

namespace Binance.WsApi.Benchmarks.EndToEnd.Participants;

/// <summary>A participant that runs in the harness process, measured by <see cref="LoadGenerator"/>.</summary>
internal abstract class InProcessParticipant : IParticipant
{
    public abstract string Name { get; }

    public abstract bool Supports(Scenario scenario);

    /// <summary>The call that makes one request of the scenario and completes with its response.</summary>
    protected abstract Func<Task> Invoker(Scenario scenario);

    public Task<LatencySample> MeasureLatencyAsync(Scenario scenario, int warmup, int requests) =>
        LoadGenerator.LatencyAsync(Invoker(scenario), warmup, requests);

    public Task<ThroughputSample> MeasureThroughputAsync(Scenario scenario, int inFlight, TimeSpan duration) =>
        LoadGenerator.ThroughputAsync(Invoker(scenario), inFlight, duration);

    public abstract ValueTask DisposeAsync();
}
