using System.Diagnostics;
using Binance.WsApi.Benchmarks.EndToEnd.Measurement;

namespace Binance.WsApi.Benchmarks.EndToEnd.Participants.Floor;

/// <summary>
/// The floor: raw <see cref="System.Net.WebSockets.ClientWebSocket"/> loops without any client library, sending the
/// frames our client sends (<see cref="FloorLoop"/>). One connection for ping and HMAC orders, one logged on with the
/// Ed25519 key, as our client has. It measures itself (one loop per window, not one task per request).
/// </summary>
internal sealed class FloorParticipant : IParticipant
{
    private readonly FloorLoop _hmac;
    private readonly FloorLoop _loggedOn;

    private FloorParticipant(FloorLoop hmac, FloorLoop loggedOn)
    {
        _hmac = hmac;
        _loggedOn = loggedOn;
    }

    public string Name => "floor";

    public static async Task<FloorParticipant> StartAsync(Uri endpoint, OrderShape shape)
    {
        FloorLoop hmac = await FloorLoop.ConnectAsync(endpoint, shape, TestKeys.HmacApiKey, TestKeys.HmacSecret).ConfigureAwait(false);
        FloorLoop loggedOn = await FloorLoop.ConnectAsync(endpoint, shape, TestKeys.HmacApiKey, TestKeys.HmacSecret).ConfigureAwait(false);
        await loggedOn.LogonAsync().ConfigureAwait(false);
        return new FloorParticipant(hmac, loggedOn);
    }

    public bool Supports(Scenario scenario) => true;

    public async Task<LatencySample> MeasureLatencyAsync(Scenario scenario, int warmup, int requests)
    {
        (FloorLoop loop, FloorRequest kind) = For(scenario);
        if (warmup > 0)
        {
            await loop.RunAsync(kind, 1, long.MaxValue, warmup, null).ConfigureAwait(false);
        }

        long[] ticks = new long[requests];
        ProcessCounters.Settle();
        ProcessCounters before = ProcessCounters.Begin();
        long received = await loop.RunAsync(kind, 1, long.MaxValue, requests, ticks).ConfigureAwait(false);
        CounterDelta used = ProcessCounters.End().Since(before);
        Array.Sort(ticks);
        return new LatencySample((int)received, LoadGenerator.ToMicroseconds(LoadGenerator.Percentile(ticks, 0.50)),
            LoadGenerator.ToMicroseconds(LoadGenerator.Percentile(ticks, 0.99)), LoadGenerator.ToMicroseconds((long)ticks.Average()),
            used.CpuUs, used.AllocatedBytes, used.WorkItems, used.ContextSwitches);
    }

    public async Task<ThroughputSample> MeasureThroughputAsync(Scenario scenario, int inFlight, TimeSpan duration)
    {
        (FloorLoop loop, FloorRequest kind) = For(scenario);
        // The same unmeasured burst as the other participants get, so buffers reach their working size first.
        long warmup = await loop.RunAsync(kind, inFlight, Stopwatch.GetTimestamp() + (long)(Stopwatch.Frequency * Math.Min(0.2, duration.TotalSeconds / 4)), 0, null)
            .ConfigureAwait(false);
        ProcessCounters.Settle();
        ProcessCounters before = ProcessCounters.Begin();
        long start = Stopwatch.GetTimestamp();
        long requests = await loop.RunAsync(kind, inFlight, start + (long)(Stopwatch.Frequency * duration.TotalSeconds), 0, null).ConfigureAwait(false);
        long end = Stopwatch.GetTimestamp();
        CounterDelta used = ProcessCounters.End().Since(before);
        return new ThroughputSample(inFlight, requests, warmup, (end - start) / (double)Stopwatch.Frequency, used.CpuUs, used.AllocatedBytes,
            used.WorkItems, used.ContextSwitches);
    }

    public async ValueTask DisposeAsync()
    {
        await _hmac.DisposeAsync().ConfigureAwait(false);
        await _loggedOn.DisposeAsync().ConfigureAwait(false);
    }

    private (FloorLoop Loop, FloorRequest Kind) For(Scenario scenario) => scenario switch
    {
        Scenario.Ping => (_hmac, FloorRequest.Ping),
        Scenario.OrderHmac => (_hmac, FloorRequest.SignedOrder),
        Scenario.OrderEd25519 => (_loggedOn, FloorRequest.LoggedOnOrder),
        _ => throw new ArgumentOutOfRangeException(nameof(scenario)),
    };
}
