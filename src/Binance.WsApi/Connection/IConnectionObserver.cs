using Binance.WsApi.Protocol;

namespace Binance.WsApi.Connection;

/// <summary>
/// What the connection layer tells the rest of the client, one typed method per happening. Each maps onto one public
/// event of the client; nothing is encoded in strings. Implementations must return quickly and never throw: these are
/// called on receive loops, connect loops and under no lock.
/// </summary>
internal interface IConnectionObserver
{
    /// <summary>A connection moved from one state to another (one call per transition).</summary>
    void OnStateChanged(WsApiConnection connection, ConnectionState from, ConnectionState to, string reason, Exception? cause);

    /// <summary>A connection became usable for the first time (or after a close).</summary>
    void OnOpened(WsApiConnection connection);

    /// <summary>A connection dropped and the reconnect loop started.</summary>
    void OnReconnecting(WsApiConnection connection, string reason, Exception? cause);

    /// <summary>A connection is usable again: after a reconnect, or on a new socket after <c>serverShutdown</c>.</summary>
    void OnReconnected(WsApiConnection connection, string reason);

    /// <summary>A socket of the connection was logged on with <c>session.logon</c>.</summary>
    void OnLoggedOn(WsApiConnection connection);

    /// <summary>The connection was logged out with <c>session.logout</c>.</summary>
    void OnLoggedOut(WsApiConnection connection);

    /// <summary>An error outside any single request (a failed reconnect attempt, an unreadable frame, a connection-level error).</summary>
    void OnError(WsApiEndpoint? endpoint, string message, Exception? exception);

    /// <summary>Every routable incoming frame (on the receive loop; the memory is only valid during the call).</summary>
    void OnFrame(WsApiEndpoint endpoint, ReadOnlyMemory<byte> frame, in FrameHeader header);
}
