using Binance.WsApi.Benchmarks.EndToEnd.Measurement;

namespace Binance.WsApi.Benchmarks.EndToEnd.Participants;

/// <summary>One way of talking to the responder: the raw floor, our client, or the Node.js SDK.</summary>
internal interface IParticipant : IAsyncDisposable
{
    string Name { get; }

    bool Supports(Scenario scenario);

    Task<LatencySample> MeasureLatencyAsync(Scenario scenario, int warmup, int requests);

    Task<ThroughputSample> MeasureThroughputAsync(Scenario scenario, int inFlight, TimeSpan duration);
}
