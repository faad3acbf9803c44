using System.Collections.Concurrent;

namespace Binance.WsApi.Emulator.Hosting;

/// <summary>Open connections and the accept counter.</summary>
internal sealed class ConnectionRegistry
{
    private readonly ConcurrentDictionary<long, ClientConnection> _open = new();
    private long _accepted;

    public int OpenCount => _open.Count;

    public long AcceptedCount => Interlocked.Read(ref _accepted);

    public long NextId() => Interlocked.Increment(ref _accepted);

    public void Add(ClientConnection connection) => _open[connection.Id] = connection;

    public void Remove(ClientConnection connection) => _open.TryRemove(connection.Id, out _);

    public IReadOnlyList<ClientConnection> Snapshot() => _open.Values.ToArray();
}
