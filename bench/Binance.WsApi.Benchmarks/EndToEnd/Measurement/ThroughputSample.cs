namespace Binance.WsApi.Benchmarks.EndToEnd.Measurement;

/// <summary>
/// What a participant measured with a fixed number of requests in flight for a fixed time; the warm-up burst before
/// the window is counted apart, because the responder's CPU reading covers both.
/// </summary>
internal sealed record ThroughputSample(int InFlight, long Requests, long WarmupRequests, double Seconds, double ClientCpuUs, long? AllocatedBytes,
    long? WorkItems = null, long? ContextSwitches = null);
