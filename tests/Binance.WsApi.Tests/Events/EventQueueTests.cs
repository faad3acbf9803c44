using Binance.WsApi.Events;
using Binance.WsApi.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Binance.WsApi.Tests.Events;

/// <summary>
/// Public events are raised from one bounded queue: a handler that stalls can cost events (the oldest first, each drop
/// counted and reported), never unbounded memory, and never the connection.
/// </summary>
public class EventQueueTests
{
    [Fact]
    public async Task A_full_queue_drops_the_oldest_events_and_reports_them_once_handlers_catch_up()
    {
        using var release = new SemaphoreSlim(0);
        var ran = new System.Collections.Concurrent.ConcurrentQueue<int>();
        var reports = new System.Collections.Concurrent.ConcurrentQueue<long>();
        await using var dispatcher = new EventDispatcher(NullLogger.Instance, capacity: 3, (missed, _) => reports.Enqueue(missed));
        var stalled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        dispatcher.Post(() =>
        {
            stalled.SetResult();
            release.Wait(EmulatorHarness.Wait);
        });
        await stalled.Task.WaitAsync(EmulatorHarness.Wait);
        for (int i = 0; i < 10; i++)
        {
            int n = i;
            dispatcher.Post(() => ran.Enqueue(n));
        }

        Assert.Equal(7, dispatcher.DroppedCount);
        var last = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        dispatcher.Post(() => last.SetResult());
        Assert.Equal(8, dispatcher.DroppedCount);
        Assert.Empty(reports);

        release.Release();
        await last.Task.WaitAsync(EmulatorHarness.Wait);
        // Ten posted behind the stalled handler and a marker: three places, so the newest two and the marker survive,
        // in order; the drops are told once, when the consumer catches up.
        Assert.Equal([8, 9], ran.ToArray());
        Assert.Equal([8L], reports.ToArray());
    }

    [Fact]
    public async Task A_stalled_handler_costs_events_not_requests_and_the_client_says_so()
    {
        await using var h = await EmulatorHarness.StartAsync(configure: o => o.EventBufferSize = 4);
        using var release = new SemaphoreSlim(0);
        var stalled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        int messages = 0;
        var dropReported = new TaskCompletionSource<WsApiErrorEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Client.Error += (_, e) =>
        {
            if (e.Message.Contains("dropped the oldest", StringComparison.Ordinal))
            {
                dropReported.TrySetResult(e);
            }
        };
        h.Client.MessageReceived += (_, _) =>
        {
            if (Interlocked.Increment(ref messages) == 1)
            {
                stalled.SetResult();
                release.Wait(EmulatorHarness.Wait);
            }
        };

        await h.Client.TestSpotConnectivityAsync();
        await stalled.Task.WaitAsync(EmulatorHarness.Wait);
        // Requests keep being answered while the handler is stuck: only events queue up (and overflow).
        for (int i = 0; i < 20; i++)
        {
            Assert.Equal(200, (await h.Client.TestSpotConnectivityAsync()).Status);
        }

        Assert.True(h.Client.DroppedEventCount > 0);
        release.Release();
        WsApiErrorEventArgs report = await dropReported.Task.WaitAsync(EmulatorHarness.Wait);
        Assert.Null(report.Endpoint);
    }

    [Fact]
    public void The_buffer_size_must_be_positive()
    {
        var options = new WebSocketApiClientOptions { EventBufferSize = 0 };
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new WebSocketApiClient(options));
        Assert.Equal("EventBufferSize", ex.ParamName);
    }
}
