using System.Diagnostics;
using Binance.WsApi.Benchmarks.EndToEnd.Measurement;
using Binance.WsApi.Benchmarks.EndToEnd.Participants.Client;
using Binance.WsApi.Benchmarks.EndToEnd.Participants.Floor;

namespace Binance.WsApi.Benchmarks.EndToEnd.Participants.Host;

/// <summary>
/// The multi-client cell: one connection per account (as a desk running one client per sub-account would), each with
/// N HMAC-signed order.place in flight, all in one process. Connecting happens before the window; the window counts
/// every account's replies together.
/// </summary>
internal static class MultiClient
{
    public static async Task<ThroughputSample> FloorAsync(Uri endpoint, OrderShape shape, IReadOnlyList<(string ApiKey, string Secret)> accounts,
        int inFlight, TimeSpan duration)
    {
        var loops = new List<FloorLoop>();
        try
        {
            foreach ((string apiKey, string secret) in accounts)
            {
                loops.Add(await FloorLoop.ConnectAsync(endpoint, shape, apiKey, secret).ConfigureAwait(false));
            }

            return await MeasureAsync(inFlight, duration, deadline => loops.Select(l => Run(l, deadline)).ToArray()).ConfigureAwait(false);
        }
        finally
        {
            foreach (FloorLoop loop in loops)
            {
                await loop.DisposeAsync().ConfigureAwait(false);
            }
        }

        // Each floor loop starts from the thread pool, as the loops of separate clients would.
        async Task<long> Run(FloorLoop loop, long deadline)
        {
            await Task.Yield();
            return await loop.RunAsync(FloorRequest.SignedOrder, inFlight, deadline, 0, null).ConfigureAwait(false);
        }
    }

    public static async Task<ThroughputSample> OursAsync(Uri endpoint, OrderShape shape, IReadOnlyList<(string ApiKey, string Secret)> accounts,
        int inFlight, TimeSpan duration)
    {
        var clients = new List<WebSocketApiClient>();
        SpotOrderRequest order = ClientParticipant.Order(shape);
        try
        {
            foreach ((string apiKey, string secret) in accounts)
            {
                WebSocketApiClient client = ClientParticipant.Create(endpoint, ApiCredentials.Hmac(apiKey, secret));
                clients.Add(client);
                await client.ConnectAsync(WsApiEndpoint.Spot).ConfigureAwait(false);
            }

            return await MeasureAsync(inFlight, duration, deadline => clients.SelectMany(c => Enumerable.Range(0, inFlight).Select(_ => Run(c, deadline))).ToArray())
                .ConfigureAwait(false);
        }
        finally
        {
            foreach (WebSocketApiClient client in clients)
            {
                await client.DisposeAsync().ConfigureAwait(false);
            }
        }

        async Task<long> Run(WebSocketApiClient client, long deadline)
        {
            await Task.Yield();
            long count = 0;
            while (Stopwatch.GetTimestamp() < deadline)
            {
                await client.SubmitNewSpotOrderAsync(order).ConfigureAwait(false);
                count++;
            }

            return count;
        }
    }

    private static async Task<ThroughputSample> MeasureAsync(int inFlight, TimeSpan duration, Func<long, Task<long>[]> start)
    {
        long warmup = (await Task.WhenAll(start(Stopwatch.GetTimestamp() + (long)(Stopwatch.Frequency * Math.Min(0.2, duration.TotalSeconds / 4))))
            .ConfigureAwait(false)).Sum();
        ProcessCounters.Settle();
        ProcessCounters before = ProcessCounters.Begin();
        long begin = Stopwatch.GetTimestamp();
        long requests = (await Task.WhenAll(start(begin + (long)(Stopwatch.Frequency * duration.TotalSeconds))).ConfigureAwait(false)).Sum();
        long end = Stopwatch.GetTimestamp();
        CounterDelta used = ProcessCounters.End().Since(before);
        return new ThroughputSample(inFlight, requests, warmup, (end - begin) / (double)Stopwatch.Frequency, used.CpuUs,
            used.AllocatedBytes, used.WorkItems, used.ContextSwitches);
    }
}
