using System.Collections.Concurrent;
using Binance.WsApi.Connection;
using Binance.WsApi.Protocol;

namespace Binance.WsApi.UserData;

/// <summary>
/// The spot user data subscriptions on WS API connections: which endpoints the caller wants subscribed, the current
/// subscription id of each, and the resubscription after a reconnect or an unexpected <c>eventStreamTerminated</c>.
/// </summary>
internal sealed class SpotUserDataSubscriptions
{
    private readonly UserDataHub _hub;
    private readonly ConcurrentDictionary<WsApiEndpoint, EndpointState> _endpoints = new();

    public SpotUserDataSubscriptions(UserDataHub hub)
    {
        _hub = hub;
    }

    public long? SubscriptionIdOf(WsApiEndpoint endpoint) => _endpoints.TryGetValue(endpoint, out EndpointState? s) ? s.SubscriptionId : null;

    public async Task<UserDataSubscription> SubscribeAsync(WsApiEndpoint endpoint, CancellationToken cancellationToken)
    {
        if (WsApiEndpoints.GetMarket(endpoint) != WsApiMarket.Spot)
        {
            throw new NotSupportedException(
                $"{endpoint} has no user data subscription on the WS API connection: futures deliver user data through a listen key (StartUserDataStreamForKeyAsync) and a separate stream connection.");
        }

        if (_hub.Settings.Connection.Credentials is null)
        {
            throw new InvalidOperationException("Subscribing to the user data stream needs API credentials: set Credentials in the client options.");
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
            await _hub.Transport.SendAsync(endpoint, "userDataStream.unsubscribe", new WsApiParameters(1).Add("subscriptionId", subscriptionId),
                RequestAuth.None, WsApiJsonContext.Default.EmptyResult, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A connection is back on a new socket: the server forgot the subscription, so subscribe again after the
    /// configured delay, in the background.
    /// </summary>
    public void OnReconnected(WsApiEndpoint endpoint, CancellationToken lifetime)
    {
        if (!_endpoints.TryGetValue(endpoint, out EndpointState? state))
        {
            return;
        }

        lock (state)
        {
            state.SubscriptionId = null;
            if (state.Wanted && _hub.Settings.ResubscribeAfterReconnect)
            {
                StartResubscribeLocked(endpoint, state, lifetime);
            }
        }
    }

    /// <summary>An <c>eventStreamTerminated</c> arrived: if it ended our subscription while still wanted, subscribe again.</summary>
    public void OnTerminated(WsApiEndpoint endpoint, long? subscriptionId)
    {
        if (!_endpoints.TryGetValue(endpoint, out EndpointState? state))
        {
            return;
        }

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

    /// <summary>The client is being disposed: no more resubscriptions.</summary>
    public void StopAll()
    {
        foreach (EndpointState state in _endpoints.Values)
        {
            lock (state)
            {
                state.Wanted = false;
                state.Resubscribing?.Cancel();
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
            long subscriptionId = 0;
            int? attempts = await Backoff.RetryAsync(_hub.Settings.Connection.ReconnectPolicy, _hub.Settings.Connection.Time, _hub.Settings.ResubscribeDelay,
                maxAttempts: null,
                async (_, token) => subscriptionId = (await SubscribeCoreAsync(endpoint, state, token).ConfigureAwait(false)).SubscriptionId,
                (attempt, ex) => _hub.Observer.OnError(endpoint, $"Resubscribing the user data stream failed (attempt {attempt}): {ex.Message}", ex),
                cancellationToken).ConfigureAwait(false);
            _hub.OnResubscribed(new UserDataStreamResubscribedEventArgs(endpoint, subscriptionId, attempts!.Value));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Unsubscribed, replaced by a newer attempt, or the connection closed.
        }
    }

    private async Task<UserDataSubscription> SubscribeCoreAsync(WsApiEndpoint endpoint, EndpointState state, CancellationToken cancellationToken)
    {
        WsApiResponse<UserDataSubscription> response;
        if (_hub.Settings.Connection.Credentials!.KeyType == ApiKeyType.Ed25519)
        {
            // Bound to the logged-on session: log on first (no-op when already logged on).
            await _hub.Transport.ConnectAsync(endpoint, cancellationToken).ConfigureAwait(false);
            response = await _hub.Transport.SendAsync(endpoint, "userDataStream.subscribe", null, RequestAuth.None,
                UserDataJsonContext.Default.UserDataSubscription, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            response = await _hub.Transport.SendAsync(endpoint, "userDataStream.subscribe.signature", null, RequestAuth.AlwaysSigned,
                UserDataJsonContext.Default.UserDataSubscription, cancellationToken).ConfigureAwait(false);
        }

        lock (state)
        {
            state.SubscriptionId = state.Wanted ? response.Result.SubscriptionId : null;
        }

        return response.Result;
    }

    private sealed class EndpointState
    {
        public bool Wanted;
        public long? SubscriptionId;
        public CancellationTokenSource? Resubscribing;
    }
}
