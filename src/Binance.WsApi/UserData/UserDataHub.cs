using System.Collections.Concurrent;
using System.Threading.Channels;
using Binance.WsApi.Connection;
using Binance.WsApi.Protocol;

namespace Binance.WsApi.UserData;

/// <summary>
/// The user data stream of one client, in one place: the spot subscriptions on WS API connections, the margin
/// listen-token subscriptions, the futures listen-key streams, the parsing of pushed events and their delivery. Events
/// go to a bounded channel (oldest dropped, with an error event, when a reader falls behind) and to the observer; the
/// receive loop never waits for either. It sees the connection layer only through <see cref="IWsApiTransport"/>.
/// </summary>
internal sealed class UserDataHub : IPushListener, IAsyncDisposable
{
    private readonly Channel<UserDataEvent> _events;
    private readonly ConcurrentDictionary<FuturesUserDataStream, byte> _futuresStreams = new();
    private volatile IUserDataTap[] _taps = [];
    private long _dropped;
    private int _disposed;

    public UserDataHub(IWsApiTransport transport, UserDataSettings settings, IUserDataObserver observer)
    {
        Transport = transport;
        Settings = settings;
        Observer = observer;
        _events = Channel.CreateBounded<UserDataEvent>(
            new BoundedChannelOptions(settings.EventBufferSize)
            {
                FullMode = BoundedChannelFullMode.DropOldest,
                SingleWriter = false,
                SingleReader = false,
            },
            OnDropped);
        Spot = new SpotUserDataSubscriptions(this);
        Margin = new MarginListenTokenSubscriptions(this);
        transport.AddPushListener(this);
    }

    public IWsApiTransport Transport { get; }

    public UserDataSettings Settings { get; }

    public IUserDataObserver Observer { get; }

    /// <summary>Spot subscriptions on the WS API connection (<c>userDataStream.subscribe*</c>).</summary>
    public SpotUserDataSubscriptions Spot { get; }

    /// <summary>Margin subscriptions by listen token.</summary>
    public MarginListenTokenSubscriptions Margin { get; }

    /// <summary>
    /// Every delivered event, in arrival order. Completed with <see cref="ObjectDisposedException"/> when the client is
    /// disposed, so a waiting reader ends instead of waiting forever.
    /// </summary>
    public ChannelReader<UserDataEvent> Events => _events.Reader;

    public bool IsDisposed => Volatile.Read(ref _disposed) != 0;

    /// <summary>A pushed <c>event</c> frame on a WS API connection (on its receive loop: parse, hand over, return).</summary>
    public void OnPush(WsApiConnection connection, ReadOnlyMemory<byte> frame, in FrameHeader header)
    {
        UserDataEvent parsed = UserDataEventParser.Parse(frame.Span[header.Event], header.EventType);
        parsed.Endpoint = connection.Endpoint;
        parsed.SubscriptionId = header.SubscriptionId;
        if (parsed is EventStreamTerminatedEvent)
        {
            // The subscription ended: whatever happens until it is renewed is not delivered.
            OnGap(connection.Endpoint);
            Spot.OnTerminated(connection.Endpoint, header.SubscriptionId);
            Margin.OnTerminated(connection.Endpoint, header.SubscriptionId);
        }

        Publish(parsed);
    }

    /// <summary>The server forgot this connection's subscriptions (a new socket): renew them in the background.</summary>
    public void OnSessionRestored(WsApiConnection connection, CancellationToken lifetime)
    {
        OnGap(connection.Endpoint);
        Margin.OnReconnected(connection.Endpoint);
        Spot.OnReconnected(connection.Endpoint, lifetime);
    }

    /// <summary>Delivers an event, from a WS API push or a futures listen-key stream alike.</summary>
    public void Publish(UserDataEvent parsed)
    {
        foreach (IUserDataTap tap in _taps)
        {
            tap.OnEvent(parsed);
        }

        if (_events.Writer.TryWrite(parsed))
        {
            Observer.OnEvent(parsed);
        }
    }

    /// <summary>A gap opened on an endpoint (see <see cref="IUserDataTap.OnGap"/>).</summary>
    public void OnGap(WsApiEndpoint endpoint)
    {
        foreach (IUserDataTap tap in _taps)
        {
            tap.OnGap(endpoint);
        }
    }

    /// <summary>A futures listen-key stream ended (see <see cref="IUserDataTap.OnFuturesStreamGap"/>).</summary>
    public void OnFuturesStreamGap(WsApiEndpoint endpoint)
    {
        foreach (IUserDataTap tap in _taps)
        {
            tap.OnFuturesStreamGap(endpoint);
        }
    }

    /// <summary>A subscription or stream was renewed: the taps first (they repair the gap), then the public event.</summary>
    public void OnResubscribed(UserDataStreamResubscribedEventArgs args)
    {
        foreach (IUserDataTap tap in _taps)
        {
            tap.OnResubscribed(args);
        }

        Observer.OnResubscribed(args);
    }

    /// <summary>Adds a tap; copy-on-write, since taps are read on every event and change rarely.</summary>
    public void AddTap(IUserDataTap tap)
    {
        lock (_futuresStreams)
        {
            _taps = [.. _taps, tap];
        }
    }

    /// <summary>Removes a tap added with <see cref="AddTap"/>.</summary>
    public void RemoveTap(IUserDataTap tap)
    {
        lock (_futuresStreams)
        {
            _taps = _taps.Where(t => !ReferenceEquals(t, tap)).ToArray();
        }
    }

    /// <summary>Starts a futures listen-key stream and keeps it until it is stopped or the client is disposed.</summary>
    public async Task<FuturesUserDataStream> StartFuturesStreamAsync(FuturesMarket market, WsApiEndpoint endpoint, CancellationToken cancellationToken)
    {
        var stream = new FuturesUserDataStream(this, market, endpoint);
        await stream.StartAsync(cancellationToken).ConfigureAwait(false);
        _futuresStreams[stream] = 0;
        if (IsDisposed)
        {
            // Disposed while starting: nobody will stop this one later.
            await stream.AbandonAsync().ConfigureAwait(false);
            throw new ObjectDisposedException("client", "The client was disposed while the futures user data stream started.");
        }

        return stream;
    }

    internal void Forget(FuturesUserDataStream stream) => _futuresStreams.TryRemove(stream, out _);

    /// <summary>Stops the futures streams (their keys expire by themselves) and ends the channel for its readers.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await Task.WhenAll(_futuresStreams.Keys.Select(s => s.AbandonAsync())).ConfigureAwait(false);
        Spot.StopAll();
        Margin.StopAll();
        _events.Writer.TryComplete(new ObjectDisposedException("client", "The client was disposed; no more user data events will arrive."));
    }

    private void OnDropped(UserDataEvent dropped)
    {
        long count = Interlocked.Increment(ref _dropped);
        Diagnostics.Instruments.EventDropped(Diagnostics.TagNames.UserDataQueue);
        // Report the first drop and then every thousandth, so a stalled reader does not flood the log.
        if (count == 1 || count % 1000 == 0)
        {
            Observer.OnError(dropped.Endpoint,
                $"The user data event buffer is full ({Settings.EventBufferSize}); dropped the oldest event ({count} so far). Read faster or enlarge UserDataEventBufferSize, and reconcile.", null);
        }
    }
}
