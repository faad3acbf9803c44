using System.Threading.Channels;
using Binance.WsApi.Emulator.Hosting;

namespace Binance.WsApi.Emulator.UserData;

/// <summary>
/// The user data side of one connection: its subscriptions, the id counter, and an outbox drained by one pump
/// through the connection's normal serialized send path. The engine publishes under its lock, so it only ever
/// enqueues here; a slow client delays its own frames, never the exchange.
/// </summary>
internal sealed class ConnectionStreams
{
    private readonly Channel<byte[]> _outbox = Channel.CreateUnbounded<byte[]>(new UnboundedChannelOptions { SingleReader = true });

    public ConnectionStreams(ClientConnection connection)
    {
        Connection = connection;
        _ = Task.Run(PumpAsync);
    }

    public ClientConnection Connection { get; }

    /// <summary>How many subscription ids this connection has used (ids are 0, 1, 2, … and never reused).</summary>
    public int IdsUsed { get; set; }

    /// <summary>Active subscriptions by id (ordered, as session.subscriptions lists them).</summary>
    public SortedDictionary<int, UserDataSubscription> Active { get; } = [];

    public void Enqueue(byte[] frame) => _outbox.Writer.TryWrite(frame);

    /// <summary>The connection is gone: stop the pump (frames still queued are dropped).</summary>
    public void Complete() => _outbox.Writer.TryComplete();

    private async Task PumpAsync()
    {
        await foreach (byte[] frame in _outbox.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            if (!await Connection.SendAsync(frame).ConfigureAwait(false))
            {
                Complete();
                return;
            }
        }
    }
}
