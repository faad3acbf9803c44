namespace Binance.WsApi;

/// <summary>The life cycle of one endpoint's connection. Every transition raises one state-changed event.</summary>
public enum ConnectionState
{
    /// <summary>Not connected; the next request opens the connection (lazy connect).</summary>
    Disconnected,

    /// <summary>Opening the WebSocket.</summary>
    Connecting,

    /// <summary>Open; logging on with <c>session.logon</c> (Ed25519 keys).</summary>
    Authenticating,

    /// <summary>Open and usable.</summary>
    Ready,

    /// <summary>The connection dropped; reopening it with backoff. Requests wait at most the connect timeout.</summary>
    Reconnecting,

    /// <summary>Closed on purpose (or reconnection gave up); the next request reopens it unless the client was disposed.</summary>
    Closed,
}
