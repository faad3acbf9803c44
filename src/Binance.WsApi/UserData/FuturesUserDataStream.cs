using System.Text.Json;
using Binance.WsApi.Connection;
using Binance.WsApi.Protocol;
using Binance.WsApi.UserData;

namespace Binance.WsApi;

/// <summary>
/// A futures user data stream: a listen key from <c>userDataStream.start</c> on the market's WS API endpoint and a
/// separate stream connection that carries the events (unwrapped JSON objects). Its events arrive with every other user
/// data event of the client (its event reader and its user data event). The listen key is pinged every 30 minutes;
/// when it expires or the stream connection drops, a listen key is requested again and the stream reopened, which the
/// client reports as a resubscription (events in between may be missing). Started by the client's
/// <c>StartFuturesUserDataStreamAsync</c>.
/// </summary>
public sealed class FuturesUserDataStream : IAsyncDisposable
{
    /// <summary>Binance closes a listen key 60 minutes after the last ping; pinging at half that leaves room for a miss.</summary>
    internal static readonly TimeSpan KeepAliveInterval = TimeSpan.FromMinutes(30);

    private readonly UserDataHub _hub;
    private readonly CancellationTokenSource _lifetime = new();
    private WebSocketLink? _link;
    private string _listenKey = string.Empty;
    private Task _run = Task.CompletedTask;
    private Task _keepAlive = Task.CompletedTask;
    private int _stopped;

    internal FuturesUserDataStream(UserDataHub hub, FuturesMarket market, WsApiEndpoint endpoint)
    {
        _hub = hub;
        Market = market;
        Endpoint = endpoint;
    }

    /// <summary>The futures market of this stream.</summary>
    public FuturesMarket Market { get; }

    /// <summary>The WS API endpoint that issues and extends the listen key.</summary>
    public WsApiEndpoint Endpoint { get; }

    /// <summary>The current listen key (it may change after an expiry).</summary>
    public string ListenKey => Volatile.Read(ref _listenKey);

    /// <summary>The URL of the current stream connection.</summary>
    public Uri StreamUri => Settings.FuturesStreamUri(Market, ListenKey);

    private UserDataSettings Settings => _hub.Settings;

    /// <summary>Gets a listen key, opens the stream and starts the background loops; failures surface to the caller.</summary>
    internal async Task StartAsync(CancellationToken cancellationToken)
    {
        WebSocketLink link = await OpenAsync(cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref _link, link);
        _run = RunAsync(link, _lifetime.Token);
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

        _hub.Forget(this);
        await ShutdownAsync().ConfigureAwait(false);
        string key = ListenKey;
        if (key.Length > 0)
        {
            await _hub.Transport.SendAsync(Endpoint, "userDataStream.stop", new ListenKeyRequest(key).ToParameters(), RequestAuth.ApiKey,
                WsApiJsonContext.Default.EmptyResult, cancellationToken).ConfigureAwait(false);
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
            _hub.Observer.OnError(Endpoint, $"Stopping the futures user data stream failed: {ex.Message}", ex);
        }
    }

    /// <summary>Ends the loops and the socket without telling the server (the client is being disposed).</summary>
    internal Task AbandonAsync() => Interlocked.Exchange(ref _stopped, 1) != 0 ? Task.CompletedTask : ShutdownAsync();

    private async Task ShutdownAsync()
    {
        await _lifetime.CancelAsync().ConfigureAwait(false);
        Volatile.Read(ref _link)?.Abort();
        try
        {
            await Task.WhenAll(_run, _keepAlive).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The loops end by cancellation.
        }
    }

    /// <summary>A listen key from the WS API, then the stream connection for it (deadline on the client's clock).</summary>
    private async Task<WebSocketLink> OpenAsync(CancellationToken cancellationToken)
    {
        WsApiResponse<ListenKeyResult> started = await _hub.Transport.SendAsync(Endpoint, "userDataStream.start", null, RequestAuth.ApiKey,
            UserDataJsonContext.Default.ListenKeyResult, cancellationToken).ConfigureAwait(false);
        string key = started.Result.ListenKey is { Length: > 0 } k
            ? k
            : throw new InvalidOperationException("userDataStream.start returned no listen key.");
        Volatile.Write(ref _listenKey, key);
        return await WebSocketLink.OpenAsync(Settings.FuturesStreamUri(Market, key), Settings.Connection, Endpoint, cancellationToken).ConfigureAwait(false);
    }

    private async Task RunAsync(WebSocketLink link, CancellationToken lifetime)
    {
        // Leave the caller's context at once: the loop lives as long as the stream.
        await Task.Yield();
        while (true)
        {
            var receiver = new StreamReceiver(this, link);
            LinkEnd end = await link.ReceiveAsync(receiver).ConfigureAwait(false);
            link.Dispose();
            if (lifetime.IsCancellationRequested)
            {
                return;
            }

            // A close by the server or our own move off an expired key is expected; anything else is reported.
            if (!receiver.KeyExpired && end.Cause is not null)
            {
                _hub.Observer.OnError(Endpoint, $"The futures user data stream connection dropped ({end.Reason}): {end.Cause?.Message}", end.Cause);
            }

            _hub.OnFuturesStreamGap(Endpoint);
            WebSocketLink? reopened = await ReopenAsync(lifetime).ConfigureAwait(false);
            if (reopened is null)
            {
                return;
            }

            link = reopened;
            Volatile.Write(ref _link, link);
        }
    }

    /// <summary>One message of the stream; returns true when it says the current key expired (the stream must move).</summary>
    private bool OnMessage(ReadOnlyMemory<byte> frame)
    {
        try
        {
            // One pass over the top-level names (no document), the type shared from the string pool; the parser reads the
            // whole event next, and a malformed frame throws there.
            string? eventType = FrameHeader.ReadEventType(frame.Span);

            if (eventType is null)
            {
                // Not an event (for example a reply to a stream command): nothing to deliver.
                return false;
            }

            UserDataEvent parsed = UserDataEventParser.Parse(frame.Span, eventType);
            parsed.Endpoint = Endpoint;
            _hub.Publish(parsed);
            // A notice about an earlier key (already replaced) is delivered but does not end the current stream.
            return parsed is ListenKeyExpiredEvent expired && (expired.ListenKey is null || expired.ListenKey == ListenKey);
        }
        catch (JsonException ex)
        {
            // One malformed frame must not end the stream.
            _hub.Observer.OnError(Endpoint, $"A futures user data frame could not be parsed: {ex.Message}", ex);
            return false;
        }
    }

    /// <summary>Gets a listen key again and reopens the stream, backing off per the client's reconnect policy.</summary>
    private async Task<WebSocketLink?> ReopenAsync(CancellationToken lifetime)
    {
        ReconnectPolicy policy = Settings.Connection.ReconnectPolicy;
        WebSocketLink? opened = null;
        try
        {
            int? attempts = await Backoff.RetryAsync(policy, Settings.Connection.Time, TimeSpan.Zero, policy.MaxAttempts,
                async (_, token) => opened = await OpenAsync(token).ConfigureAwait(false),
                (attempt, ex) => _hub.Observer.OnError(Endpoint, $"Reopening the futures user data stream failed (attempt {attempt}): {ex.Message}", ex),
                lifetime).ConfigureAwait(false);
            if (attempts is not { } count)
            {
                _hub.Observer.OnError(Endpoint, $"Gave up reopening the futures user data stream after {policy.MaxAttempts} attempts; start a new one.", null);
                return null;
            }

            if (lifetime.IsCancellationRequested)
            {
                // Stopped while connecting: no notice for a stream nobody reads any more.
                opened?.Dispose();
                return null;
            }

            _hub.OnResubscribed(new UserDataStreamResubscribedEventArgs(Endpoint, ListenKey, count));
            return opened;
        }
        catch (OperationCanceledException) when (lifetime.IsCancellationRequested)
        {
            opened?.Dispose();
            return null;
        }
    }

    private async Task KeepAliveLoopAsync(CancellationToken lifetime)
    {
        TimeProvider time = Settings.Connection.Time;
        try
        {
            // The cadence runs from when each ping was due, not from when its answer came back, so a slow answer
            // never stretches the interval towards the key's 60-minute life.
            long due = time.GetTimestamp();
            while (true)
            {
                due += (long)(KeepAliveInterval.TotalSeconds * time.TimestampFrequency);
                long now = time.GetTimestamp();
                TimeSpan wait = time.GetElapsedTime(now, due);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, lifetime).ConfigureAwait(false);
                }
                else
                {
                    // Late (a slow answer, a suspended process): ping now and count the next interval from here.
                    due = now;
                }

                lifetime.ThrowIfCancellationRequested();
                try
                {
                    await _hub.Transport.SendAsync(Endpoint, "userDataStream.ping", new ListenKeyRequest(ListenKey).ToParameters(), RequestAuth.ApiKey,
                        UserDataJsonContext.Default.ListenKeyResult, lifetime).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !lifetime.IsCancellationRequested)
                {
                    // A missed ping is not fatal: the key lives 60 minutes, and an expiry is handled by the stream.
                    _hub.Observer.OnError(Endpoint, $"Extending the futures listen key failed: {ex.Message}", ex);
                }
            }
        }
        catch (OperationCanceledException) when (lifetime.IsCancellationRequested)
        {
            // Stopped.
        }
    }

    /// <summary>Hands the link's messages to the stream and ends the link when the current key expires.</summary>
    private sealed class StreamReceiver(FuturesUserDataStream stream, WebSocketLink link) : IFrameReceiver
    {
        public bool KeyExpired { get; private set; }

        public void OnTextFrame(ReadOnlyMemory<byte> frame)
        {
            if (stream.OnMessage(frame))
            {
                // The server stops sending on an expired key; a new key means a new stream URL.
                KeyExpired = true;
                link.Abort();
            }
        }

        public void OnBinaryFrame(int length) =>
            stream._hub.Observer.OnError(stream.Endpoint, $"Ignored an unexpected binary frame of {length} bytes on the futures user data stream.", null);

        // Events are handled as they arrive; nothing is batched here.
        public IPublication? OnReceiveIdle() => null;

        public IPublication? OnNothingMoreExpected() => null;
    }
}
