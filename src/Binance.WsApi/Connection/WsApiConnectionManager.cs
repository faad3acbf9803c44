using System.Collections.Concurrent;
using System.Text.Json.Serialization.Metadata;
using Binance.WsApi.Connection;
using Binance.WsApi.Protocol;

namespace Binance.WsApi;

/// <summary>
/// The lower-level connection controls of a client (the reference's <c>getWSClient()</c>): one
/// <see cref="WsApiConnection"/> per endpoint, created on first use, each with its state, connect and close.
/// </summary>
public sealed class WsApiConnectionManager : IWsApiTransport
{
    private readonly ConcurrentDictionary<WsApiEndpoint, WsApiConnection> _connections = new();
    private readonly ConnectionContext _context;

    internal WsApiConnectionManager(ConnectionContext context)
    {
        _context = context;
    }

    /// <summary>The connection of an endpoint (created, not opened, on first access).</summary>
    public WsApiConnection this[WsApiEndpoint endpoint] =>
        _connections.GetOrAdd(endpoint, static (e, ctx) => new WsApiConnection(e, ctx.Settings.ResolveUri(e), ctx), _context);

    /// <summary>The connections created so far.</summary>
    public IReadOnlyCollection<WsApiConnection> Connections => _connections.Values.ToArray();

    /// <summary>Opens (and with an Ed25519 key, logs on) the connection of an endpoint.</summary>
    public Task ConnectAsync(WsApiEndpoint endpoint, CancellationToken cancellationToken = default) =>
        this[endpoint].ConnectAsync(cancellationToken);

    /// <summary>Closes the connection of an endpoint gracefully.</summary>
    public Task CloseAsync(WsApiEndpoint endpoint, CancellationToken cancellationToken = default) =>
        _connections.TryGetValue(endpoint, out WsApiConnection? c) ? c.CloseAsync(cancellationToken) : Task.CompletedTask;

    /// <summary>Closes every open connection gracefully.</summary>
    public Task DisconnectAllAsync(CancellationToken cancellationToken = default) =>
        Task.WhenAll(_connections.Values.Select(c => c.CloseAsync(cancellationToken)));

    Task<WsApiResponse<T>> IWsApiTransport.SendAsync<T>(WsApiEndpoint endpoint, string method, WsApiParameters? parameters, RequestAuth auth,
        JsonTypeInfo<T> resultType, CancellationToken cancellationToken) =>
        this[endpoint].SendAsync(method, parameters, auth, resultType, null, cancellationToken);

    void IWsApiTransport.AddPushListener(IPushListener listener) => _context.AddPushListener(listener);

    internal async ValueTask DisposeAsync()
    {
        foreach (WsApiConnection c in _connections.Values)
        {
            await c.DisposeAsync().ConfigureAwait(false);
        }
    }
}
