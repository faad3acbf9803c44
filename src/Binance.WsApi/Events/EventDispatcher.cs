using System.Threading.Channels;
using Binance.WsApi.Connection;
using Binance.WsApi.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Binance.WsApi.Events;

/// <summary>
/// Runs user event handlers on one background consumer, never on a receive loop or under an internal lock: a slow or
/// throwing handler cannot stall a connection. Handlers run in the order events happened. The queue is bounded
/// (<see cref="WebSocketApiClientOptions.EventBufferSize"/>): when handlers fall that far behind, the oldest queued
/// event is dropped and the drop reported, the same policy as the user data channel: counted, logged at once (the
/// first and every thousandth), and told to the handlers once they catch up. That report runs on the consumer itself,
/// not through the queue, so it cannot be dropped in turn. Memory stays bounded whatever the handlers do.
/// </summary>
internal sealed class EventDispatcher : IAsyncDisposable
{
    private readonly Channel<Action> _queue;
    private readonly ILogger _logger;
    private readonly int _capacity;
    private readonly Action<long, long>? _dropReported;
    private readonly Task _consumer;
    private long _dropped;
    private long _reported;

    /// <param name="logger">Where handler failures and drops are logged.</param>
    /// <param name="capacity">How many events may wait for the handlers.</param>
    /// <param name="dropReported">
    /// Runs on the consumer when it catches up after drops, with the number dropped since the last report and the total
    /// (the client raises its Error event from it).
    /// </param>
    public EventDispatcher(ILogger logger, int capacity, Action<long, long>? dropReported = null)
    {
        _logger = logger;
        _capacity = capacity;
        _dropReported = dropReported;
        _queue = Channel.CreateBounded<Action>(
            new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true, SingleWriter = false },
            _ => OnDropped());
        _consumer = Task.Run(ConsumeAsync);
    }

    /// <summary>Events dropped because the queue was full.</summary>
    public long DroppedCount => Interlocked.Read(ref _dropped);

    public void Post(Action action) => _queue.Writer.TryWrite(action);

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        // Let already-queued events reach their handlers, but do not hang on a stuck handler.
        await _consumer.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private void OnDropped()
    {
        long count = Interlocked.Increment(ref _dropped);
        Instruments.EventDropped(TagNames.EventHandlersQueue);
        if (count == 1 || count % 1000 == 0)
        {
            Log.SafeWrite(_logger, l => Log.EventsDropped(l, _capacity, count));
        }
    }

    private async Task ConsumeAsync()
    {
        await foreach (Action action in _queue.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            Run(action);
            long dropped = Interlocked.Read(ref _dropped);
            if (dropped != _reported && _dropReported is { } report)
            {
                long missed = dropped - _reported;
                _reported = dropped;
                Run(() => report(missed, dropped));
            }
        }
    }

    private void Run(Action action)
    {
        try
        {
            action();
        }
        catch (Exception ex)
        {
            Log.SafeWrite(_logger, l => Log.EventHandlerFailed(l, ex));
        }
    }
}
