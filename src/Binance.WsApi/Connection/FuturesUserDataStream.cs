using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using Binance.WsApi.Connection;
using Binance.WsApi.Protocol;

namespace Binance.WsApi;

/// <summary>
/// A futures user data stream: a listen key from <c>userDataStream.start</c> on the market's WS API endpoint and a
/// separate stream connection that carries the events (unwrapped JSON objects). Events are delivered through the
/// client's <see cref="WebSocketApiClient.ReadUserDataEventsAsync"/> and <see cref="WebSocketApiClient.UserDataEventReceived"/>.
/// The listen key is pinged every 30 minutes; when it expires or the stream connection drops, a listen key is
/// requested again and the stream reopened, raising <see cref="WebSocketApiClient.UserDataStreamResubscribed"/>.
/// Created by <see cref="WebSocketApiClient.StartFuturesUserDataStreamAsync"/>.
/// </summary>
public sealed class FuturesUserDataStream : IAsyncDisposable
{
    /// <summary>Binance closes a listen key 60 minutes after the last ping; pinging at half that leaves room for a miss.</summary>
    internal static readonly TimeSpan KeepAliveInterval = TimeSpan.FromMinutes(30);

    private readonly WebSocketApiClient _client;
    private readonly ConnectionContext _context;
    private readonly Action<UserDataEvent> _publish;
    private readonly Action<UserDataStreamResubscribedEventArgs> _resubscribed;
    private readonly CancellationTokenSource _lifetime = new();
    private ClientWebSocket? _socket;
    private string _listenKey = string.Empty;
    private Task _run = Task.CompletedTask;
    private Task _keepAlive = Task.CompletedTask;
    private int _stopped;

    internal FuturesUserDataStream(WebSocketApiClient client, ConnectionContext context, FuturesMarket market, WsApiEndpoint endpoint,
        Action<UserDataEvent> publish, Action<UserDataStreamResubscribedEventArgs> resubscribed)
    {
        _client = client;
        _context = context;
        Market = market;
        Endpoint = endpoint;
        _publish = publish;
        _resubscribed = resubscribed;
    }

    /// <summary>The futures market of this stream.</summary>
    public FuturesMarket Market { get; }

    /// <summary>The WS API endpoint that issues and extends the listen key.</summary>
    public WsApiEndpoint Endpoint { get; }

    /// <summary>The current listen key (it may change after an expiry).</summary>
    public string ListenKey => Volatile.Read(ref _listenKey);

    /// <summary>The URL of the current stream connection.</summary>
    public Uri StreamUri => _context.Options.ResolveFuturesUserDataStreamUri(Market, ListenKey);

    /// <summary>Gets a listen key, opens the stream and starts the background loops; failures surface to the caller.</summary>
    internal async Task StartAsync(CancellationToken cancellationToken)
    {
        ClientWebSocket socket = await OpenAsync(cancellationToken).ConfigureAwait(false);
        _socket = socket;
        _run = RunAsync(socket, _lifetime.Token);
        // Started synchronously so the first keep-alive delay is registered on the clock before StartAsync returns.
        _keepAlive = KeepAliveLoopAsync(_lifetime.Token);
    }

    /// <summary>Closes the stream connection and the listen key (<c>userDataStream.stop</c>).</summary>
    /// <param name="cancellationToken">Cancels the wait for the <c>userDataStream.stop</c> response.</param>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _stopped, 1) != 0)
        {
            return;
        }

        _client.ForgetFuturesStream(this);
        await ShutdownAsync().ConfigureAwait(false);
        string key = ListenKey;
        if (key.Length > 0)
        {
            await _client.StopUserDataStreamForKeyAsync(new ListenKeyRequest(key), Endpoint, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Stops the stream (<see cref="StopAsync"/>), reporting a failed <c>userDataStream.stop</c> as an error event.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Disposal must not throw; the key expires by itself within 60 minutes anyway.
            _context.Error?.Invoke(Endpoint, $"Stopping the futures user data stream failed: {ex.Message}", ex);
        }
    }

    /// <summary>Ends the loops and the socket without telling the server (the client is being disposed).</summary>
    internal Task AbandonAsync() => Interlocked.Exchange(ref _stopped, 1) != 0 ? Task.CompletedTask : ShutdownAsync();

    private async Task ShutdownAsync()
    {
        await _lifetime.CancelAsync().ConfigureAwait(false);
        Volatile.Read(ref _socket)?.Abort();
        try
        {
            await Task.WhenAll(_run, _keepAlive).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The loops end by cancellation.
        }
    }

    private async Task<ClientWebSocket> OpenAsync(CancellationToken cancellationToken)
    {
        WsApiResponse<ListenKeyResult> started = await _client.StartUserDataStreamForKeyAsync(Endpoint, cancellationToken).ConfigureAwait(false);
        string key = started.Result.ListenKey is { Length: > 0 } k
            ? k
            : throw new InvalidOperationException("userDataStream.start returned no listen key.");
        Volatile.Write(ref _listenKey, key);

        var socket = new ClientWebSocket();
        try
        {
            if (_context.Options.KeepAliveInterval > TimeSpan.Zero)
            {
                // WebSocket pings detect a dead stream connection, which would otherwise just stay silent.
                socket.Options.KeepAliveInterval = _context.Options.KeepAliveInterval;
                socket.Options.KeepAliveTimeout = _context.Options.KeepAliveTimeout;
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_context.Options.ConnectTimeout);
            await socket.ConnectAsync(_context.Options.ResolveFuturesUserDataStreamUri(Market, key), timeout.Token).ConfigureAwait(false);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private async Task RunAsync(ClientWebSocket socket, CancellationToken lifetime)
    {
        // Leave the caller's context at once: the loop lives as long as the stream.
        await Task.Yield();
        while (true)
        {
            try
            {
                await ReceiveAsync(socket, lifetime).ConfigureAwait(false);
            }
            catch (Exception ex) when (!lifetime.IsCancellationRequested && ex is not OutOfMemoryException)
            {
                _context.Error?.Invoke(Endpoint, $"The futures user data stream connection dropped: {ex.Message}", ex);
            }
            catch (Exception) when (lifetime.IsCancellationRequested)
            {
                // Stopping aborts the socket; whatever the receive threw then is expected.
            }
            finally
            {
                socket.Dispose();
            }

            if (lifetime.IsCancellationRequested)
            {
                return;
            }

            ClientWebSocket? reopened = await ReopenAsync(lifetime).ConfigureAwait(false);
            if (reopened is null)
            {
                return;
            }

            socket = reopened;
            Volatile.Write(ref _socket, socket);
        }
    }

    /// <summary>Receives until the connection ends or the listen key expires.</summary>
    private async Task ReceiveAsync(ClientWebSocket socket, CancellationToken lifetime)
    {
        var message = new ArrayBufferWriter<byte>(16 * 1024);
        while (socket.State == WebSocketState.Open)
        {
            message.ResetWrittenCount();
            ValueWebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(message.GetMemory(4096), lifetime).ConfigureAwait(false);
                message.Advance(result.Count);
            }
            while (!result.EndOfMessage);

            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            // A notice about an earlier key (already replaced) is delivered but does not end the current stream.
            if (OnMessage(message.WrittenMemory) is ListenKeyExpiredEvent expired && (expired.ListenKey is null || expired.ListenKey == ListenKey))
            {
                // The server stops sending on an expired key; a new key means a new stream URL.
                socket.Abort();
                return;
            }
        }
    }

    private UserDataEvent? OnMessage(ReadOnlyMemory<byte> frame)
    {
        try
        {
            string? eventType;
            using (JsonDocument document = JsonDocument.Parse(frame))
            {
                eventType = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("e", out JsonElement e)
                    ? e.GetString()
                    : null;
            }

            if (eventType is null)
            {
                // Not an event (for example a reply to a stream command): nothing to deliver.
                return null;
            }

            UserDataEvent parsed = UserDataEventParser.Parse(frame.Span, eventType);
            parsed.Endpoint = Endpoint;
            _publish(parsed);
            return parsed;
        }
        catch (JsonException ex)
        {
            // One malformed frame must not end the stream.
            _context.Error?.Invoke(Endpoint, $"A futures user data frame could not be parsed: {ex.Message}", ex);
            return null;
        }
    }

    /// <summary>Gets a listen key again and reopens the stream, backing off per the client's reconnect policy.</summary>
    private async Task<ClientWebSocket?> ReopenAsync(CancellationToken lifetime)
    {
        ReconnectPolicy policy = _context.Options.ReconnectPolicy;
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                ClientWebSocket socket = await OpenAsync(lifetime).ConfigureAwait(false);
                if (lifetime.IsCancellationRequested)
                {
                    // Stopped while connecting: no notice for a stream nobody reads any more.
                    socket.Dispose();
                    return null;
                }

                _resubscribed(new UserDataStreamResubscribedEventArgs(Endpoint, ListenKey, attempt));
                return socket;
            }
            catch (OperationCanceledException) when (lifetime.IsCancellationRequested)
            {
                return null;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                _context.Error?.Invoke(Endpoint, $"Reopening the futures user data stream failed (attempt {attempt}): {ex.Message}", ex);
                if (policy.MaxAttempts is { } max && attempt >= max)
                {
                    _context.Error?.Invoke(Endpoint, $"Gave up reopening the futures user data stream after {attempt} attempts; start a new one.", null);
                    return null;
                }

                try
                {
                    await Task.Delay(policy.GetDelay(attempt - 1, Random.Shared), _context.Time, lifetime).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return null;
                }
            }
        }
    }

    private async Task KeepAliveLoopAsync(CancellationToken lifetime)
    {
        try
        {
            // The cadence runs from when each ping was due, not from when its answer came back, so a slow answer
            // never stretches the interval towards the key's 60-minute life.
            long due = _context.Time.GetTimestamp();
            while (true)
            {
                due += (long)(KeepAliveInterval.TotalSeconds * _context.Time.TimestampFrequency);
                long now = _context.Time.GetTimestamp();
                TimeSpan wait = _context.Time.GetElapsedTime(now, due);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, _context.Time, lifetime).ConfigureAwait(false);
                }
                else
                {
                    // Late (a slow answer, a suspended process): ping now and count the next interval from here.
                    due = now;
                }

                lifetime.ThrowIfCancellationRequested();
                try
                {
                    await _client.PingUserDataStreamForKeyAsync(new ListenKeyRequest(ListenKey), Endpoint, lifetime).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !lifetime.IsCancellationRequested)
                {
                    // A missed ping is not fatal: the key lives 60 minutes, and an expiry is handled by the stream.
                    _context.Error?.Invoke(Endpoint, $"Extending the futures listen key failed: {ex.Message}", ex);
                }
            }
        }
        catch (OperationCanceledException) when (lifetime.IsCancellationRequested)
        {
            // Stopped.
        }
    }
}
