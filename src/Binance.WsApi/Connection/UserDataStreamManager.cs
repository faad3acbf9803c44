using System.Collections.Concurrent;
using System.Threading.Channels;
using Binance.WsApi.Protocol;

namespace Binance.WsApi.Connection;

/// <summary>
/// The user data stream on WS API connections: which endpoints the caller wants subscribed, the current
/// subscription id of each, the parsing and delivery of pushed events, and the resubscription after a reconnect.
/// Events go to a bounded channel (oldest dropped, with an error event, when a reader falls behind) and to a .NET
/// event; the receive loop never waits for either.
/// </summary>
internal sealed class UserDataStreamManager
{
    private readonly WebSocketApiClient _client;
    private readonly ConnectionContext _context;
    private readonly Channel<UserDataEvent> _events;
    private readonly ConcurrentDictionary<WsApiEndpoint, EndpointState> _endpoints = new();
    private long _dropped;

    public UserDataStreamManager(WebSocketApiClient client, ConnectionContext context)
    {
        _client = client;
        _context = context;
        _events = Channel.CreateBounded<UserDataEvent>(
            new BoundedChannelOptions(context.Options.UserDataEventBufferSize)
            {
                FullMode = BoundedChannelFullMode.DropOldest,
                SingleWriter = false,
                SingleReader = false,
            },
            dropped => OnDropped(dropped));
    }

    public ChannelReader<UserDataEvent> Events => _events.Reader;

    /// <summary>Margin subscriptions by listen token, which share this delivery.</summary>
    public MarginListenTokenSubscriptions? Margin { get; set; }

    public Action<UserDataEvent>? Delivered { get; set; }

    public Action<UserDataStreamResubscribedEventArgs>? Resubscribed { get; set; }

    public long? SubscriptionIdOf(WsApiEndpoint endpoint) => _endpoints.TryGetValue(endpoint, out EndpointState? s) ? s.SubscriptionId : null;

    public async Task<UserDataSubscription> SubscribeAsync(WsApiEndpoint endpoint, CancellationToken cancellationToken)
    {
        if (WsApiEndpoints.GetMarket(endpoint) != WsApiMarket.Spot)
        {
            throw new NotSupportedException(
                $"{endpoint} has no user data subscription on the WS API connection: futures deliver user data through a listen key (StartUserDataStreamForKeyAsync) and a separate stream connection.");
        }

        if (_context.Credentials is null)
        {
            throw new InvalidOperationException("Subscribing to the user data stream needs API credentials: set WebSocketApiClientOptions.Credentials.");
        }

        EndpointState state = _endpoints.GetOrAdd(endpoint, _ => new EndpointState());
        lock (state)
        {
            state.Wanted = true;
            if (state.SubscriptionId is { } existing)
            {
                return new UserDataSubscription { SubscriptionId = existing };
            }
        }

        return await SubscribeCoreAsync(endpoint, state, cancellationToken).ConfigureAwait(false);
    }

    public async Task UnsubscribeAsync(WsApiEndpoint endpoint, CancellationToken cancellationToken)
    {
        if (!_endpoints.TryGetValue(endpoint, out EndpointState? state))
        {
            return;
        }

        long? id;
        lock (state)
        {
            state.Wanted = false;
            state.Resubscribing?.Cancel();
            id = state.SubscriptionId;
            state.SubscriptionId = null;
        }

        if (id is { } subscriptionId)
        {
            await _client.GetWsClient()[endpoint].SendAsync("userDataStream.unsubscribe", new WsApiParameters(1).Add("subscriptionId", subscriptionId),
                RequestAuth.None, WsApiJsonContext.Default.EmptyResult, null, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A pushed <c>event</c> frame arrived (on the receive loop: parse, hand over, return).</summary>
    public void OnPush(WsApiConnection connection, ReadOnlyMemory<byte> frame, FrameHeader header)
    {
        UserDataEvent parsed = UserDataEventParser.Parse(frame.Span[header.Event], header.EventType);
        parsed.Endpoint = connection.Endpoint;
        parsed.SubscriptionId = header.SubscriptionId;
        if (parsed is EventStreamTerminatedEvent)
        {
            if (_endpoints.TryGetValue(connection.Endpoint, out EndpointState? state))
            {
                OnTerminated(connection.Endpoint, state, header.SubscriptionId);
            }

            Margin?.OnTerminated(connection.Endpoint, header.SubscriptionId);
        }

        _events.Writer.TryWrite(parsed);
        Delivered?.Invoke(parsed);
    }

    /// <summary>Delivers an event that arrived elsewhere (a futures listen-key stream) like a pushed one.</summary>
    public void Publish(UserDataEvent parsed)
    {
        _events.Writer.TryWrite(parsed);
        Delivered?.Invoke(parsed);
    }

    /// <summary>
    /// A connection is ready again after a reconnect (or a serverShutdown move): the server forgot the subscription,
    /// so subscribe again after the configured delay, in the background.
    /// </summary>
    public Task OnSessionReady(WsApiConnection connection, bool isReconnect, CancellationToken lifetime)
    {
        if (isReconnect)
        {
            Margin?.OnReconnected(connection.Endpoint);
        }

        if (!isReconnect || !_endpoints.TryGetValue(connection.Endpoint, out EndpointState? state))
        {
            return Task.CompletedTask;
        }

        lock (state)
        {
            state.SubscriptionId = null;
            if (!state.Wanted || !_context.Options.ResubscribeUserDataStreamAfterReconnect)
            {
                return Task.CompletedTask;
            }

            StartResubscribeLocked(connection.Endpoint, state, lifetime);
        }

        return Task.CompletedTask;
    }

    private void OnTerminated(WsApiEndpoint endpoint, EndpointState state, long? subscriptionId)
    {
        lock (state)
        {
            if (state.SubscriptionId is null || (subscriptionId is not null && state.SubscriptionId != subscriptionId))
            {
                return;
            }

            state.SubscriptionId = null;
            // Ended by the server while still wanted (not by our unsubscribe): subscribe again.
            if (state.Wanted)
            {
                StartResubscribeLocked(endpoint, state, CancellationToken.None);
            }
        }
    }

    private void StartResubscribeLocked(WsApiEndpoint endpoint, EndpointState state, CancellationToken lifetime)
    {
        state.Resubscribing?.Cancel();
        var cts = CancellationTokenSource.CreateLinkedTokenSource(lifetime);
        state.Resubscribing = cts;
        _ = ResubscribeLoopAsync(endpoint, state, cts.Token);
    }

    private async Task ResubscribeLoopAsync(WsApiEndpoint endpoint, EndpointState state, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(_context.Options.ResubscribeUserDataStreamDelay, _context.Time, cancellationToken).ConfigureAwait(false);
            for (int attempt = 1; ; attempt++)
            {
                try
                {
                    UserDataSubscription subscription = await SubscribeCoreAsync(endpoint, state, cancellationToken).ConfigureAwait(false);
                    Resubscribed?.Invoke(new UserDataStreamResubscribedEventArgs(endpoint, subscription.SubscriptionId, attempt));
                    return;
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    _context.Error?.Invoke(endpoint, $"Resubscribing the user data stream failed (attempt {attempt}): {ex.Message}", ex);
                    await Task.Delay(_context.Options.ReconnectPolicy.GetDelay(attempt, Random.Shared), _context.Time, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Unsubscribed, replaced by a newer attempt, or the connection closed.
        }
    }

    private async Task<UserDataSubscription> SubscribeCoreAsync(WsApiEndpoint endpoint, EndpointState state, CancellationToken cancellationToken)
    {
        WsApiConnection connection = _client.GetWsClient()[endpoint];
        WsApiResponse<UserDataSubscription> response;
        if (_context.Credentials!.KeyType == ApiKeyType.Ed25519)
        {
            // Bound to the logged-on session: log on first (no-op when already logged on).
            await connection.ConnectAsync(cancellationToken).ConfigureAwait(false);
            response = await connection.SendAsync("userDataStream.subscribe", null, RequestAuth.None,
                UserDataJsonContext.Default.UserDataSubscription, null, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            response = await connection.SendAsync("userDataStream.subscribe.signature", null, RequestAuth.AlwaysSigned,
                UserDataJsonContext.Default.UserDataSubscription, null, cancellationToken).ConfigureAwait(false);
        }

        lock (state)
        {
            state.SubscriptionId = state.Wanted ? response.Result.SubscriptionId : null;
        }

        return response.Result;
    }

    private void OnDropped(UserDataEvent dropped)
    {
        long count = Interlocked.Increment(ref _dropped);
        // Report the first drop and then every thousandth, so a stalled reader does not flood the log.
        if (count == 1 || count % 1000 == 0)
        {
            _context.Error?.Invoke(dropped.Endpoint,
                $"The user data event buffer is full ({_context.Options.UserDataEventBufferSize}); dropped the oldest event ({count} so far). Read faster or enlarge UserDataEventBufferSize, and reconcile.", null);
        }
    }

    private sealed class EndpointState
    {
        public bool Wanted;
        public long? SubscriptionId;
        public CancellationTokenSource? Resubscribing;
    }
}
