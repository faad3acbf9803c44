using System.Collections.Concurrent;
using System.Text;
using Binance.WsApi.Connection;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Connection;

/// <summary>
/// The receive loop publishes the last response in flight before it reads again (one request at a time is answered in
/// turn); a publication that never returns must not stop the socket being read. A real <see cref="WebSocketLink"/>
/// against the emulator, with a receiver whose publication blocks until the test lets it go; the sweep's rescue is
/// called by hand.
/// </summary>
public class ReceiveRunTests
{
    [Fact]
    public async Task A_publication_stuck_before_the_next_read_is_replaced_by_a_new_run_that_keeps_reading()
    {
        await using ReceivingLink test = await ReceivingLink.StartAsync();
        (WebSocketLink link, BlockingReceiver receiver, Task<LinkEnd> ended) = test;

        // One request at a time: its response is published before the next read, and that publication blocks.
        await link.SendAsync(Ping(1));
        await receiver.Received(1).WaitAsync(EmulatorHarness.Wait);
        await receiver.PublicationStarted.Task.WaitAsync(EmulatorHarness.Wait);
        await link.SendAsync(Ping(2));

        // The sweep's first look only notes the publication; the second hands the socket to a new run.
        link.RescueStalledPublication();
        Assert.False(receiver.Received(2).IsCompleted);
        link.RescueStalledPublication();
        await receiver.Received(2).WaitAsync(EmulatorHarness.Wait);
        Assert.False(receiver.Release.Task.IsCompleted, "the first publication is still blocked while the new run reads");

        // Once the stuck caller returns, its run ends quietly; the link goes on and ends once, when the server closes.
        receiver.Release.SetResult();
        await link.SendAsync(Ping(3));
        await receiver.Received(3).WaitAsync(EmulatorHarness.Wait);
        Assert.False(ended.IsCompleted);
        link.Abort();
        LinkEnd end = await ended.WaitAsync(EmulatorHarness.Wait);
        Assert.Equal("connection dropped", end.Reason);
    }

    [Fact]
    public async Task A_publication_that_finishes_between_two_sweeps_is_left_alone()
    {
        await using ReceivingLink test = await ReceivingLink.StartAsync();
        (WebSocketLink link, BlockingReceiver receiver, Task<LinkEnd> ended) = test;

        await link.SendAsync(Ping(1));
        await receiver.PublicationStarted.Task.WaitAsync(EmulatorHarness.Wait);
        link.RescueStalledPublication(); // notes publication 1 in progress
        receiver.Release.SetResult();
        await receiver.PublicationFinished.Task.WaitAsync(EmulatorHarness.Wait);

        // The next response is published by the same run (a rescue now finds nothing stuck): everything in order, once.
        await link.SendAsync(Ping(2));
        await receiver.Received(2).WaitAsync(EmulatorHarness.Wait);
        link.RescueStalledPublication();
        await link.SendAsync(Ping(3));
        await receiver.Received(3).WaitAsync(EmulatorHarness.Wait);
        Assert.Equal([1, 2, 3], receiver.Ids);

        link.Abort();
        await ended.WaitAsync(EmulatorHarness.Wait);
    }

    [Fact]
    public async Task Aborting_while_a_publication_is_stuck_still_reports_the_end()
    {
        await using ReceivingLink test = await ReceivingLink.StartAsync();
        (WebSocketLink link, BlockingReceiver receiver, Task<LinkEnd> ended) = test;

        await link.SendAsync(Ping(1));
        await receiver.PublicationStarted.Task.WaitAsync(EmulatorHarness.Wait);

        // No sweep at all: the abort itself replaces the stuck run, whose read fails at once and reports the end.
        link.Abort();
        LinkEnd end = await ended.WaitAsync(EmulatorHarness.Wait);
        Assert.Equal("connection dropped", end.Reason);
        Assert.False(receiver.Release.Task.IsCompleted);
        receiver.Release.SetResult();
    }

    [Fact]
    public async Task After_a_slow_publication_the_link_reads_first_until_enough_quick_ones_in_a_row()
    {
        await using ReceivingLink test = await ReceivingLink.StartAsync();
        (WebSocketLink link, BlockingReceiver receiver, Task<LinkEnd> ended) = test;
        Assert.True(link.PublishesBeforeReading);

        // The first publication is held (well past half a millisecond) and then let go: no sweep, no rescue.
        await link.SendAsync(Ping(1));
        await receiver.PublicationStarted.Task.WaitAsync(EmulatorHarness.Wait);
        await Task.Delay(20);
        receiver.Release.SetResult();
        await receiver.PublicationFinished.Task.WaitAsync(EmulatorHarness.Wait);

        // The link times the publication once it returns; the next response is read by the same loop after that.
        await link.SendAsync(Ping(2));
        await receiver.Received(2).WaitAsync(EmulatorHarness.Wait);
        Assert.False(link.PublishesBeforeReading);

        // Quick publications (one request at a time, answered in turn) bring it back.
        int id = 3;
        using var deadline = new CancellationTokenSource(EmulatorHarness.Wait);
        while (!link.PublishesBeforeReading)
        {
            deadline.Token.ThrowIfCancellationRequested();
            await link.SendAsync(Ping(id));
            await receiver.Received(id).WaitAsync(EmulatorHarness.Wait);
            id++;
        }

        Assert.InRange(id, 128, 100_000);
        link.Abort();
        await ended.WaitAsync(EmulatorHarness.Wait);
    }

    private static ReadOnlyMemory<byte> Ping(int id) => Encoding.UTF8.GetBytes($$"""{"id":{{id}},"method":"ping"}""");

    /// <summary>An emulator, a link to its spot endpoint, and that link's receive loop running into a <see cref="BlockingReceiver"/>.</summary>
    private sealed class ReceivingLink(Binance.WsApi.Emulator.ExchangeEmulator emulator, WebSocketLink link) : IAsyncDisposable
    {
        private readonly BlockingReceiver _receiver = new();
        private Task<LinkEnd> _ended = null!;

        public static async Task<ReceivingLink> StartAsync()
        {
            var emulator = await Binance.WsApi.Emulator.ExchangeEmulator.StartNewAsync();
            var test = new ReceivingLink(emulator, await OpenAsync(emulator.SpotUri));
            test._ended = test.Link.ReceiveAsync(test._receiver);
            return test;
        }

        public WebSocketLink Link => link;

        public void Deconstruct(out WebSocketLink socketLink, out BlockingReceiver receiver, out Task<LinkEnd> ended) =>
            (socketLink, receiver, ended) = (link, _receiver, _ended);

        public async ValueTask DisposeAsync()
        {
            link.Dispose();
            await emulator.DisposeAsync();
        }
    }

    private static Task<WebSocketLink> OpenAsync(Uri spot)
    {
        var settings = new ConnectionSettings
        {
            Time = TimeProvider.System,
            RequestTimeout = TimeSpan.FromSeconds(5),
            ConnectTimeout = TimeSpan.FromSeconds(3),
            KeepAliveInterval = TimeSpan.Zero,
            KeepAliveTimeout = TimeSpan.Zero,
            ReconnectPolicy = new ReconnectPolicy(),
            ResolveUri = _ => spot,
        };
        return WebSocketLink.OpenAsync(spot, settings, WsApiEndpoint.Spot, CancellationToken.None);
    }

    /// <summary>
    /// Records each response's id; its first publication blocks until <see cref="Release"/> is set. Every response is
    /// offered for publication before the next read, as the session does for the last request in flight.
    /// </summary>
    private sealed class BlockingReceiver : IFrameReceiver
    {
        private readonly ConcurrentQueue<int> _ids = new();
        private readonly ConcurrentDictionary<int, TaskCompletionSource> _received = new();
        private int _publications;
        private bool _pending;

        public TaskCompletionSource PublicationStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource PublicationFinished { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int[] Ids => [.. _ids];

        public Task Received(int id) => _received.GetOrAdd(id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

        public void OnTextFrame(ReadOnlyMemory<byte> frame)
        {
            string text = Encoding.UTF8.GetString(frame.Span);
            int start = text.IndexOf("\"id\":", StringComparison.Ordinal) + 5;
            int id = int.Parse(text.AsSpan(start, text.IndexOfAny([',', '}'], start) - start), System.Globalization.CultureInfo.InvariantCulture);
            _ids.Enqueue(id);
            _pending = true;
            Received(id);
            _received[id].TrySetResult();
        }

        public void OnBinaryFrame(int length)
        {
        }

        // The test sends one request at a time: after each response nothing more is expected.
        public IPublication? OnNothingMoreExpected() => OnReceiveIdle();

        public IPublication? OnReceiveIdle()
        {
            if (!_pending)
            {
                return null;
            }

            _pending = false;
            return new Publication(this);
        }

        private sealed class Publication(BlockingReceiver owner) : IPublication
        {
            public long Publish()
            {
                long started = System.Diagnostics.Stopwatch.GetTimestamp();
                if (Interlocked.Increment(ref owner._publications) == 1)
                {
                    owner.PublicationStarted.TrySetResult();
                    owner.Release.Task.Wait(EmulatorHarness.Wait * 2);
                    owner.PublicationFinished.TrySetResult();
                }

                return System.Diagnostics.Stopwatch.GetTimestamp() - started;
            }
        }
    }
}
