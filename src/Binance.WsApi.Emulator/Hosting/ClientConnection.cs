using System.Buffers;
using System.Net.WebSockets;
using Binance.WsApi.Emulator.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Binance.WsApi.Emulator.Hosting;

/// <summary>
/// One accepted WebSocket: the receive loop, the serialized send path, keep-alive, lifetime and session state.
/// Requests are handled in arrival order on the receive loop (handlers are in-memory and quick); only injected
/// delays move a response later, so responses can then overtake each other as they may at Binance.
/// </summary>
internal sealed class ClientConnection
{
    /// <summary>Largest request message accepted (Binance documents none); bigger ones are closed with 1009.</summary>
    public const int MaxMessageBytes = 4 * 1024 * 1024;

    /// <summary>How long a server-initiated close waits for the client's close frame before dropping the TCP connection.</summary>
    private static readonly TimeSpan CloseHandshakeGrace = TimeSpan.FromSeconds(1);

    private readonly HttpContext _http;
    private readonly WebSocket _socket;
    private readonly FrameTapStream _tap;
    private readonly EmulatorServices _services;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _aborted = new();
    private readonly KeepAliveMonitor _keepAlive;
    private readonly ILogger _logger;
    private ITimer? _lifetimeTimer;
    private ITimer? _shutdownTimer;
    private int _closeStarted;
    private int _finished;

    public ClientConnection(
        long id, MarketKind market, HttpContext http, WebSocket socket, FrameTapStream tap, bool returnRateLimits, EmulatorServices services,
        string? eventStreamPath = null)
    {
        Id = id;
        Market = market;
        EventStreamPath = eventStreamPath;
        _http = http;
        _socket = socket;
        _tap = tap;
        _services = services;
        ReturnRateLimits = returnRateLimits;
        RemoteIp = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        ConnectedSinceMs = services.Time.GetUtcNow().ToUnixTimeMilliseconds();
        _logger = services.LoggerFactory.CreateLogger<ClientConnection>();

        EmulatorOptions o = services.Options;
        bool futures = market.IsFutures();
        _keepAlive = new KeepAliveMonitor(
            services.Time,
            futures ? o.FuturesPingInterval : o.SpotPingInterval,
            futures ? o.FuturesPongTimeout : o.SpotPongTimeout,
            payload => _socket.State == WebSocketState.Open ? SendPingAsync(payload) : Task.CompletedTask,
            () =>
            {
                _logger.LogInformation("Connection {Id}: no pong within the timeout, closing", Id);
                _ = CloseAsync(WebSocketCloseStatus.EndpointUnavailable, "Pong timeout");
            });
        _tap.PongReceived = payload => _keepAlive.OnPong(payload.Span);
    }

    public long Id { get; }

    public MarketKind Market { get; }

    public string Path => EventStreamPath ?? Market.Path();

    /// <summary>
    /// Set on a futures user data stream connection (<c>/private/ws/&lt;listenKey&gt;</c> …): it only receives pushed
    /// events, so frames from the client are read (to see pongs and the close) but not dispatched as requests.
    /// </summary>
    public string? EventStreamPath { get; }

    public bool IsEventStream => EventStreamPath is not null;

    public string RemoteIp { get; }

    public long ConnectedSinceMs { get; }

    /// <summary>Connection-level default from the <c>returnRateLimits</c> query option.</summary>
    public bool ReturnRateLimits { get; }

    public SessionState Session { get; } = new();

    public bool IsClosing => Volatile.Read(ref _closeStarted) != 0;

    public async Task RunAsync()
    {
        _keepAlive.Start();
        TimeSpan lifetime = _services.Options.MaxConnectionLifetime;
        if (lifetime > TimeSpan.Zero && lifetime != Timeout.InfiniteTimeSpan)
        {
            _lifetimeTimer = _services.Time.CreateTimer(
                _ => _ = CloseAsync(WebSocketCloseStatus.NormalClosure, "Connection lifetime expired"), null, lifetime, Timeout.InfiniteTimeSpan);
        }

        try
        {
            await ReceiveLoopAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException
                                      or Microsoft.AspNetCore.Connections.ConnectionAbortedException)
        {
            _logger.LogDebug("Connection {Id} ended: {Message}", Id, e.Message);
        }
        finally
        {
            _keepAlive.Dispose();
            _lifetimeTimer?.Dispose();
            _shutdownTimer?.Dispose();
            _aborted.Cancel();
            Volatile.Write(ref _finished, 1);
        }
    }

    private async Task SendPingAsync(byte[] payload)
    {
        await _tap.SendPingAsync(payload, _aborted.Token).ConfigureAwait(false);
        _services.PingSent.Release();
    }

    /// <summary>Sends one text frame; false when the connection can no longer send.</summary>
    public async Task<bool> SendAsync(ReadOnlyMemory<byte> utf8Text)
    {
        try
        {
            await _sendLock.WaitAsync(_aborted.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }

        try
        {
            if (_socket.State != WebSocketState.Open || IsClosing)
            {
                return false;
            }

            await _socket.SendAsync(utf8Text, WebSocketMessageType.Text, endOfMessage: true, _aborted.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            return false;
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Starts the close handshake (once); drops the connection if the client does not answer it in time.</summary>
    public async Task CloseAsync(WebSocketCloseStatus status, string reason)
    {
        if (Interlocked.Exchange(ref _closeStarted, 1) != 0)
        {
            return;
        }

        try
        {
            await _sendLock.WaitAsync(_aborted.Token).ConfigureAwait(false);
            try
            {
                if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync(status, reason, _aborted.Token).ConfigureAwait(false);
                }
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            Abort();
            return;
        }

        // Housekeeping on the real clock: a fake emulator clock must not keep dead sockets open.
        _ = Task.Delay(CloseHandshakeGrace, CancellationToken.None).ContinueWith(_ =>
        {
            if (_socket.State != WebSocketState.Closed)
            {
                Abort();
            }
        }, TaskScheduler.Default);
    }

    /// <summary>Drops the TCP connection without a close frame.</summary>
    public void Abort()
    {
        Interlocked.Exchange(ref _closeStarted, 1);
        try
        {
            _aborted.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }

        if (Volatile.Read(ref _finished) != 0)
        {
            return; // the request (and its HttpContext) is already over
        }

        try
        {
            _http.Abort();
        }
        catch (ObjectDisposedException)
        {
            // raced with the end of the connection: nothing left to drop
        }
    }

    /// <summary>Closes the connection with 1001 after <paramref name="grace"/> (after a serverShutdown event).</summary>
    public void ScheduleShutdownClose(TimeSpan grace)
    {
        _shutdownTimer?.Dispose();
        _shutdownTimer = _services.Time.CreateTimer(
            _ => _ = CloseAsync(WebSocketCloseStatus.EndpointUnavailable, "Server shutdown"), null,
            grace <= TimeSpan.Zero ? TimeSpan.Zero : grace, Timeout.InfiniteTimeSpan);
    }

    private async Task ReceiveLoopAsync()
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        int length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (buffer.Length >= MaxMessageBytes)
                    {
                        await CloseAsync(WebSocketCloseStatus.MessageTooBig, "Message too big").ConfigureAwait(false);
                        length = 0; // keep draining until the client answers the close
                    }
                    else
                    {
                        byte[] bigger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, MaxMessageBytes));
                        buffer.AsSpan(0, length).CopyTo(bigger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = bigger;
                    }
                }

                ValueWebSocketReceiveResult result = await _socket.ReceiveAsync(buffer.AsMemory(length), _aborted.Token).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await CompleteClientCloseAsync().ConfigureAwait(false);
                    return;
                }

                length += result.Count;
                if (!result.EndOfMessage)
                {
                    continue;
                }

                int messageLength = length;
                length = 0;
                if (IsClosing || IsEventStream)
                {
                    continue; // closing: late requests are not executed; an event stream has no requests
                }

                try
                {
                    await _services.Dispatcher.HandleFrameAsync(
                        this, buffer.AsMemory(0, messageLength), result.MessageType == WebSocketMessageType.Binary).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not (OperationCanceledException or WebSocketException or IOException or ObjectDisposedException))
                {
                    // Last line of defence: one frame the pipeline did not expect must not end the connection and
                    // everything pending on it. Answered like Binance's internal error; the id may be unreadable.
                    _logger.LogError(e, "Connection {Id}: unexpected failure handling a frame", Id);
                    await SendAsync(ResponseWriter.Error(EnvelopeParser.NullId, Errors.InternalError(), null)).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async Task CompleteClientCloseAsync()
    {
        // Client-initiated close: echo it. Server-initiated: this was the client's answer; nothing more to send.
        if (Interlocked.Exchange(ref _closeStarted, 1) != 0 || _socket.State != WebSocketState.CloseReceived)
        {
            return;
        }

        await _sendLock.WaitAsync(_aborted.Token).ConfigureAwait(false);
        try
        {
            await _socket.CloseOutputAsync(_socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, string.Empty, _aborted.Token).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }
}
