using Binance.WsApi.Connection;
using Binance.WsApi.Protocol;

namespace Binance.WsApi;

// What the server sends unasked: events for the push listeners, serverShutdown (a move to a new socket), connection-level errors.
public partial class WsApiConnection
{
    /// <summary>Tells the push listeners that a new socket replaces the old one (subscriptions must be renewed).</summary>
    private void NotifySessionRestored(CancellationToken lifetime)
    {
        foreach (IPushListener listener in _context.PushListeners)
        {
            listener.OnSessionRestored(this, lifetime);
        }
    }

    internal void OnPush(SocketSession session, ReadOnlyMemory<byte> frame, in FrameHeader header)
    {
        if (header.EventType == "serverShutdown")
        {
            _context.SafeLog(l => Log.ServerShutdownNotice(l, Endpoint));
            _ = RotateAsync(session);
            return;
        }

        foreach (IPushListener listener in _context.PushListeners)
        {
            listener.OnPush(this, frame, header);
        }
    }

    internal void OnConnectionLevelError(SocketSession session, ReadOnlySpan<byte> frame, in FrameHeader header)
    {
        BinanceApiException error = WsApiErrors.FromErrorResponse(frame, header, [], null, null, Endpoint);
        if (header.Status == 401)
        {
            // The session's key is no longer valid (revoked, IP, permissions): the server dropped the logon.
            session.ClearLogon();
        }

        _context.Observer.OnError(Endpoint, $"Connection-level error from {Endpoint}: {error.Code} {error.BinanceMessage}", error);
    }

    /// <summary>
    /// The server will restart: open a new socket (logged on and resubscribed like a reconnect), move new requests to
    /// it, and close the old one once its pending requests are answered. No request fails for it.
    /// </summary>
    private async Task RotateAsync(SocketSession old)
    {
        CancellationToken lifetime;
        lock (_gate)
        {
            if (_rotating || !ReferenceEquals(old, _session))
            {
                return;
            }

            _rotating = true;
            lifetime = _lifetime.Token;
        }

        SocketSession? fresh = null;
        try
        {
            fresh = await OpenSessionAsync(lifetime, _context.Settings.ConnectTimeout).ConfigureAwait(false);
            bool logon;
            lock (_gate)
            {
                logon = _logonWanted;
            }

            if (logon)
            {
                await LogonWhileConnectingAsync(fresh, lifetime).ConfigureAwait(false);
            }

            NotifySessionRestored(lifetime);
            bool swapped;
            lock (_gate)
            {
                swapped = ReferenceEquals(old, _session) && !fresh.IsClosed && !lifetime.IsCancellationRequested && !_disposed;
                if (swapped)
                {
                    _session = fresh;
                    if (_ready.Task.IsCompleted)
                    {
                        _ready = NewReadySource();
                    }

                    _ready.TrySetResult(fresh);
                }
            }

            if (!swapped)
            {
                await fresh.CloseAsync("not needed").ConfigureAwait(false);
                return;
            }

            _context.Observer.OnReconnected(this, "moved to a new connection after serverShutdown");
            await old.DrainAndCloseAsync().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            fresh?.Terminate("rotation failed", ex);
            // The old socket stays in use until it drops; the normal reconnect takes over then.
            _context.Observer.OnError(Endpoint, $"Could not move to a new connection after serverShutdown: {ex.Message}", ex);
        }
        finally
        {
            lock (_gate)
            {
                _rotating = false;
            }
        }
    }
}
