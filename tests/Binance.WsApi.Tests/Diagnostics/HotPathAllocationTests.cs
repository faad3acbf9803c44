using Binance.WsApi.Connection;
using Binance.WsApi.Protocol;
using Binance.WsApi.Tests.Support;
using Xunit.Abstractions;

namespace Binance.WsApi.Tests.Diagnostics;

/// <summary>
/// "Nobody listens" must cost the request path nothing. The baseline is measured in the same run: the steps the send
/// path took before diagnostics existed (a pending request handed to the socket), against the connection's send path
/// as it is now, on the same socket. Only the caller's thread is measured (the synchronous send: registration, frame,
/// socket write); the receive side is covered by the PendingTable benchmarks.
/// </summary>
[Collection(DiagnosticsCollection.Name)]
public sealed class HotPathAllocationTests(ITestOutputHelper output)
{
    private const int Rounds = 200;

    [Fact]
    public async Task A_ping_allocates_no_more_than_before_diagnostics_when_nobody_listens()
    {
        await using EmulatorHarness h = await EmulatorHarness.StartAsync();
        await h.Client.TestSpotConnectivityAsync();
        WsApiConnection connection = h.Client.GetWsClient()[WsApiEndpoint.Spot];
        SocketSession session = connection.CurrentSession!;
        long id = 1_000_000;

        Task<WsApiResponse<EmptyResult>> Baseline()
        {
            var pending = new PendingRequest<EmptyResult>(++id, "ping", WsApiEndpoint.Spot, TimeSpan.FromSeconds(5), WsApiJsonContext.Default.EmptyResult);
            Assert.True(session.TrySend(pending, null, RequestAuth.None, CancellationToken.None));
            return pending.Task;
        }

        Task<WsApiResponse<EmptyResult>> Current() =>
            connection.SendAsync("ping", null, RequestAuth.None, WsApiJsonContext.Default.EmptyResult, null, CancellationToken.None);

        long baseline = await MedianAllocationAsync(Baseline);
        long quiet = await MedianAllocationAsync(Current);
        long listened;
        using (new TelemetryCapture(h.Emulator.SpotUri.Port))
        {
            listened = await MedianAllocationAsync(Current);
        }

        long quietAfterListening = await MedianAllocationAsync(Current);

        output.WriteLine($"bytes per ping on the sending thread (median of {Rounds}): baseline {baseline}, no listener {quiet}, listened {listened}, no listener again {quietAfterListening}");
        Assert.True(quiet <= baseline, $"no listener: {quiet} B per ping, baseline {baseline} B");
        Assert.True(quietAfterListening <= baseline, $"no listener after one left: {quietAfterListening} B per ping, baseline {baseline} B");
        // The measurement does see telemetry when there is some (a span, tags, a histogram record).
        Assert.True(listened > baseline, $"listened: {listened} B per ping, baseline {baseline} B");
    }

    /// <summary>Bytes allocated on this thread while a ping is sent, median over many (after a warm-up for the JIT).</summary>
    private static async Task<long> MedianAllocationAsync(Func<Task<WsApiResponse<EmptyResult>>> send)
    {
        for (int i = 0; i < 20; i++)
        {
            await send();
        }

        var samples = new long[Rounds];
        for (int i = 0; i < Rounds; i++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            Task<WsApiResponse<EmptyResult>> answer = send();
            samples[i] = GC.GetAllocatedBytesForCurrentThread() - before;
            await answer;
        }

        Array.Sort(samples);
        return samples[Rounds / 2];
    }
}
