using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Binance.WsApi.Connection;

/// <summary>
/// Runs user event handlers on one background consumer, never on the receive loop or under an internal lock: a slow
/// or throwing handler cannot stall the connection. Handlers run in the order events happened.
/// </summary>
internal sealed class EventDispatcher : IAsyncDisposable
{
    private readonly Channel<Action> _queue = Channel.CreateUnbounded<Action>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ILogger _logger;
    private readonly Task _consumer;

    public EventDispatcher(ILogger logger)
    {
        _logger = logger;
        _consumer = Task.Run(ConsumeAsync);
    }

    public void Post(Action action) => _queue.Writer.TryWrite(action);

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        // Let already-queued events reach their handlers, but do not hang on a stuck handler.
        await _consumer.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task ConsumeAsync()
    {
        await foreach (Action action in _queue.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            try
            {
                action();
            }
            catch (Exception ex)
            {
                Log.EventHandlerFailed(_logger, ex);
            }
        }
    }
}
