using Binance.WsApi.Protocol;

namespace Binance.WsApi.Connection;

/// <summary>
/// Whoever consumes what the server pushes on a WS API connection (the user data stream). Registered with
/// <see cref="IWsApiTransport.AddPushListener"/>; the connection layer knows nothing more about it.
/// </summary>
internal interface IPushListener
{
    /// <summary>A pushed <c>event</c> frame (on the receive loop: parse, hand over, return; the memory is only valid during the call).</summary>
    void OnPush(WsApiConnection connection, ReadOnlyMemory<byte> frame, in FrameHeader header);

    /// <summary>
    /// A connection is back on a new socket (after a drop or a <c>serverShutdown</c> move), which knows nothing of the
    /// old socket's subscriptions. Called before the connection is Ready again; must not wait for it.
    /// </summary>
    void OnSessionRestored(WsApiConnection connection, CancellationToken lifetime);
}
