using System.Collections.Concurrent;
using System.Text.Json;
using Binance.WsApi.Connection;
using Binance.WsApi.Emulator;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Connection;

/// <summary>
/// The lock-free send path (a queue drained by whichever caller holds the send flag), end to end against the real
/// emulator: every request is written once, answered once, to its own caller; cancellations and drops report a
/// send state that matches what the server received.
/// </summary>
public class SendQueueTests
{
    private static EmulatorOptions Roomy => new() { SpotOrdersPer10Seconds = 100_000, SpotRequestWeightPerMinute = 1_000_000 };

    private static long IdOf(ReceivedRequest r) => JsonDocument.Parse(r.Text).RootElement.GetProperty("id").GetInt64();

    private static JsonElement ParamsOf(ReceivedRequest r) => JsonDocument.Parse(r.Text).RootElement.GetProperty("params").Clone();

    [Fact]
    public async Task Many_concurrent_requests_from_many_threads_are_each_written_once_and_answered_to_their_own_caller()
    {
        const int Total = 2000;
        const int InFlight = 64;
        await using var h = await EmulatorHarness.StartAsync(EmulatorHarness.Hmac, emulatorOptions: Roomy);
        h.Emulator.SetBalance(DemoAccount.HmacApiKey, "USDT", 10_000_000m);
        await h.Client.TestSpotConnectivityAsync();

        using var gate = new SemaphoreSlim(InFlight);
        var responseIds = new ConcurrentDictionary<string, int>();
        var orderIds = new ConcurrentDictionary<string, string>();
        Task[] callers = Enumerable.Range(0, Total).Select(i => Task.Run(async () =>
        {
            await gate.WaitAsync();
            try
            {
                // One in 16 is a placement (the emulator allows 200 open orders per symbol), the rest a mix of three reads.
                switch (i % 16 == 15 ? 3 : i % 3)
                {
                    case 0:
                    {
                        WsApiResponse<EmptyResult> ping = await h.Client.TestSpotConnectivityAsync();
                        Assert.Same(EmptyResult.Instance, ping.Result);
                        Assert.True(responseIds.TryAdd(ping.Id, i));
                        break;
                    }

                    case 1:
                    {
                        WsApiResponse<ServerTime> time = await h.Client.GetSpotServerTimeAsync();
                        Assert.True(time.Result.ServerTimeMs > 0);
                        Assert.True(responseIds.TryAdd(time.Id, i));
                        break;
                    }

                    case 2:
                    {
                        // A query with a per-caller value that the answer reflects.
                        long limit = 1 + (i % 5); // the emulator's ladder has more levels than that
                        WsApiResponse<JsonElement> depth = await h.Client.SendAsync(WsApiEndpoint.Spot, "depth",
                            new WsApiParameters().Add("symbol", "BTCUSDT").Add("limit", limit));
                        Assert.Equal(limit, depth.Result.GetProperty("bids").GetArrayLength());
                        Assert.True(responseIds.TryAdd(depth.Id, i));
                        break;
                    }

                    default:
                    {
                        // A placement (pooled params, signed) with its own client order id and price.
                        string id = "sq-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                        decimal price = 30000m + i;
                        WsApiResponse<SpotOrderResult> placed = await h.Client.SubmitNewSpotOrderAsync(
                            new SpotOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.LimitMaker) { Quantity = 0.001m, Price = price, NewClientOrderId = id, NewOrderRespType = OrderResponseType.Result });
                        Assert.Equal(id, placed.Result.ClientOrderId);
                        Assert.Equal(price, placed.Result.Price);
                        Assert.True(responseIds.TryAdd(placed.Id, i));
                        Assert.True(orderIds.TryAdd(id, placed.Id));
                        break;
                    }
                }
            }
            finally
            {
                gate.Release();
            }
        })).ToArray();

        await Task.WhenAll(callers).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(Total, responseIds.Count);
        Assert.Equal(Total / 16, orderIds.Count);
        ReceivedRequest[] received = h.Emulator.ReceivedRequests
            .Where(r => r.Method is "ping" or "time" or "depth" or "order.place").ToArray();
        long[] ids = received.Select(IdOf).ToArray();
        Assert.Equal(ids.Length, ids.Distinct().Count()); // no frame written twice
        Assert.Equal(Total + 1, ids.Length);               // and none lost (+1: the first ping)
        Assert.Subset(ids.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToHashSet(), responseIds.Keys.ToHashSet());

        // Each placement frame carried its own params whole (pooled storage is never shared between two frames).
        foreach (ReceivedRequest r in received.Where(r => r.Method == "order.place"))
        {
            JsonElement p = ParamsOf(r);
            string id = p.GetProperty("newClientOrderId").GetString()!;
            int i = int.Parse(id[3..], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal((30000m + i).ToString(System.Globalization.CultureInfo.InvariantCulture), p.GetProperty("price").GetString());
            Assert.Equal(orderIds[id], IdOf(r).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.Equal(0, h.Client.GetWsClient()[WsApiEndpoint.Spot].PendingRequestCount);
        Assert.Equal(1, h.Emulator.AcceptedConnectionCount);
    }

    [Fact]
    public async Task Cancelling_some_requests_mid_flight_reports_a_send_state_that_matches_the_wire()
    {
        await using var h = await EmulatorHarness.StartAsync(EmulatorHarness.Hmac, emulatorOptions: Roomy);
        await h.Client.TestSpotConnectivityAsync();
        // Held answers keep the requests in flight while they are cancelled.
        h.Emulator.Faults.DelayResponses(400, TimeSpan.FromMilliseconds(300), "time");

        var outcomes = new ConcurrentBag<(int Index, Task<WsApiResponse<ServerTime>> Call)>();
        using var cancelAll = new CancellationTokenSource();
        Task[] starters = Enumerable.Range(0, 8).Select(t => Task.Run(() =>
        {
            for (int k = 0; k < 50; k++)
            {
                int i = (t * 50) + k;
                outcomes.Add((i, h.Client.GetSpotServerTimeAsync(cancellationToken: i % 2 == 0 ? cancelAll.Token : CancellationToken.None)));
                if (k == 25 && t == 0)
                {
                    cancelAll.Cancel(); // while the other threads are still sending
                }
            }
        })).ToArray();
        await Task.WhenAll(starters).WaitAsync(EmulatorHarness.Wait);
        await cancelAll.CancelAsync();

        var sentIds = new HashSet<long>();
        var notSentIds = new HashSet<long>();
        foreach ((int i, Task<WsApiResponse<ServerTime>> call) in outcomes)
        {
            try
            {
                WsApiResponse<ServerTime> done = await call.WaitAsync(EmulatorHarness.Wait);
                Assert.True(done.Result.ServerTimeMs > 0);
                sentIds.Add(long.Parse(done.Id, System.Globalization.CultureInfo.InvariantCulture));
            }
            catch (WsApiRequestCanceledException ex)
            {
                Assert.True(i % 2 == 0, "only requests with the cancelled token are cancelled");
                Assert.Equal("time", ex.Method);
                (ex.SendState == RequestSendState.Sent ? sentIds : notSentIds).Add(long.Parse(ex.RequestId!, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        Assert.Equal(400, sentIds.Count + notSentIds.Count);
        // Frames on one socket arrive in order: once a later ping is in the log, every earlier frame is too.
        h.Emulator.Faults.Reset();
        await h.Client.TestSpotConnectivityAsync();
        HashSet<long> onWire = h.Emulator.ReceivedRequests.Where(r => r.Method == "time").Select(IdOf).ToHashSet();
        Assert.True(sentIds.SetEquals(onWire), $"Sent {sentIds.Count}, on the wire {onWire.Count}"); // Sent: the server got exactly those
        Assert.Empty(notSentIds.Intersect(onWire)); // NotSent: never on the wire, safe to retry
        Assert.Equal(0, h.Client.GetWsClient()[WsApiEndpoint.Spot].PendingRequestCount);
    }

    [Fact]
    public async Task A_drop_with_100_requests_in_flight_fails_each_once_with_the_state_the_server_saw()
    {
        await using var h = await EmulatorHarness.StartAsync(EmulatorHarness.Hmac, emulatorOptions: Roomy);
        await h.Client.TestSpotConnectivityAsync();
        h.Emulator.Faults.SwallowResponses(1000, "time");
        WsApiConnection connection = h.Client.GetWsClient()[WsApiEndpoint.Spot];

        // Sent from many threads at once (the calls themselves only end with the drop).
        var started = new ConcurrentBag<Task<WsApiResponse<ServerTime>>>();
        Parallel.For(0, 100, _ => started.Add(h.Client.GetSpotServerTimeAsync()));
        Task<WsApiResponse<ServerTime>>[] calls = started.ToArray();
        await h.Events.WaitForAsync(() => connection.PendingRequestCount == 100, () => $"100 pending ({connection.PendingRequestCount})");
        await h.Emulator.Faults.DropConnectionsAsync();

        var failures = new List<WsApiConnectionException>();
        foreach (Task<WsApiResponse<ServerTime>> call in calls)
        {
            failures.Add(await Assert.ThrowsAsync<WsApiConnectionException>(() => call.WaitAsync(EmulatorHarness.Wait)));
        }

        HashSet<long> onWire = h.Emulator.ReceivedRequests.Where(r => r.Method == "time").Select(IdOf).ToHashSet();
        Assert.Equal(100, failures.Select(f => f.RequestId).Distinct().Count());
        foreach (WsApiConnectionException failure in failures)
        {
            Assert.Equal("time", failure.Method);
            long id = long.Parse(failure.RequestId!, System.Globalization.CultureInfo.InvariantCulture);
            if (onWire.Contains(id))
            {
                Assert.Equal(RequestSendState.Sent, failure.SendState);
            }
        }

        // The client comes back on a new socket and carries on.
        h.Emulator.Faults.Reset();
        await h.Events.WaitForAsync(() => connection.State == ConnectionState.Ready, "Ready again");
        Assert.True((await h.Client.GetSpotServerTimeAsync()).Result.ServerTimeMs > 0);
    }

    [Fact]
    public async Task A_socket_ending_between_the_session_check_and_the_registration_does_not_strand_the_request()
    {
        // White box, made deterministic with a clock: TrySend reads the clock (the deadline) right after checking that
        // the session is open and before registering the request; ending the session there is the narrowest race.
        // The request used to be registered after Terminate's sweep and skipped by the writer: never completed.
        var clock = new HookedClock();
        await using var h = await EmulatorHarness.StartAsync(EmulatorHarness.Hmac, o => o.TimeProvider = clock, Roomy);
        h.Emulator.SetBalance(DemoAccount.HmacApiKey, "USDT", 1_000_000m);
        await h.Client.TestSpotConnectivityAsync();
        WsApiConnection connection = h.Client.GetWsClient()[WsApiEndpoint.Spot];
        SocketSession first = connection.CurrentSession!;

        clock.OnNextTimestamp(() => first.Terminate("test: ended during registration", null));
        // A placement: pooled params, which the retry on the next socket must still have.
        var order = new SpotOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.LimitMaker) { Quantity = 0.001m, Price = 31234m, NewClientOrderId = "race-1" };
        Task<WsApiResponse<SpotOrderResult>> call = h.Client.SubmitNewSpotOrderAsync(order);
        Assert.True(clock.Fired);

        // Either it went out on the next socket, whole, or it failed NotSent; it must not hang.
        try
        {
            WsApiResponse<SpotOrderResult> placed = await call.WaitAsync(EmulatorHarness.Wait);
            Assert.Equal("race-1", placed.Result.ClientOrderId);
            ReceivedRequest frame = Assert.Single(h.Emulator.ReceivedRequests, r => r.Method == "order.place");
            Assert.Equal("31234", ParamsOf(frame).GetProperty("price").GetString());
            Assert.Equal("0.001", ParamsOf(frame).GetProperty("quantity").GetString());
        }
        catch (WsApiConnectionException ex)
        {
            Assert.Equal(RequestSendState.NotSent, ex.SendState);
            Assert.Equal("race-1", ex.ClientOrderId);
            Assert.DoesNotContain(h.Emulator.ReceivedRequests, r => r.Method == "order.place");
        }
    }

    [Fact]
    public async Task A_cancellation_while_the_frame_is_being_written_is_never_reported_NotSent_for_a_sent_frame()
    {
        // White box, deterministic: the writer reads the clock for the signature's timestamp after checking that the
        // request is still live and before handing the frame to the socket. A cancellation there used to report
        // NotSent ("safe to retry") and the frame was sent anyway: a retried placement would be placed twice.
        var clock = new HookedClock();
        await using var h = await EmulatorHarness.StartAsync(EmulatorHarness.Hmac, o => o.TimeProvider = clock, Roomy);
        h.Emulator.SetBalance(DemoAccount.HmacApiKey, "USDT", 1_000_000m);
        await h.Client.TestSpotConnectivityAsync();

        using var cts = new CancellationTokenSource();
        clock.OnNextUtcNow(cts.Cancel);
        var order = new SpotOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.LimitMaker) { Quantity = 0.001m, Price = 31000m, NewClientOrderId = "race-2" };
        Task<WsApiResponse<SpotOrderResult>> call = h.Client.SubmitNewSpotOrderAsync(order, cancellationToken: cts.Token);
        Assert.True(clock.Fired);

        var ex = await Assert.ThrowsAsync<WsApiRequestCanceledException>(() => call.WaitAsync(EmulatorHarness.Wait));
        await h.Client.TestSpotConnectivityAsync(); // frames arrive in order: the log now holds anything sent before
        bool onWire = h.Emulator.ReceivedRequests.Any(r => r.Method == "order.place");
        Assert.Equal(onWire ? RequestSendState.Sent : RequestSendState.NotSent, ex.SendState);
        Assert.Equal(0, h.Client.GetWsClient()[WsApiEndpoint.Spot].PendingRequestCount);
    }

    /// <summary>
    /// The system clock, with a one-shot hook on the next read made by the thread that armed it (timers and the
    /// receive loop read the clock too, on other threads).
    /// </summary>
    private sealed class HookedClock : TimeProvider
    {
        private Action? _onTimestamp;
        private Action? _onUtcNow;
        private int _thread;

        public bool Fired { get; private set; }

        public void OnNextTimestamp(Action action)
        {
            _thread = Environment.CurrentManagedThreadId;
            Volatile.Write(ref _onTimestamp, action);
        }

        public void OnNextUtcNow(Action action)
        {
            _thread = Environment.CurrentManagedThreadId;
            Volatile.Write(ref _onUtcNow, action);
        }

        public override long GetTimestamp()
        {
            Fire(ref _onTimestamp);
            return System.GetTimestamp();
        }

        public override DateTimeOffset GetUtcNow()
        {
            Fire(ref _onUtcNow);
            return System.GetUtcNow();
        }

        private void Fire(ref Action? hook)
        {
            if (Volatile.Read(ref hook) is not null && Environment.CurrentManagedThreadId == _thread && Interlocked.Exchange(ref hook, null) is { } action)
            {
                Fired = true;
                action();
            }
        }
    }
}
