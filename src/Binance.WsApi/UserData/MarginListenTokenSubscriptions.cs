using System.Collections.Concurrent;
using Binance.WsApi.Connection;
using Binance.WsApi.Protocol;

namespace Binance.WsApi.UserData;

/// <summary>
/// Margin user data on a spot WS API connection through listen tokens (<c>userDataStream.subscribe.listenToken</c>).
/// The server never renews a token, so, with the client option <c>KeepMarginListenTokenRefreshed</c>,
/// a fresh token is fetched and subscribed 30 s before the current one expires (which moves the same subscription to
/// the new expiry), at once after an unexpected <c>eventStreamTerminated</c>, and after every reconnect.
/// </summary>
internal sealed class MarginListenTokenSubscriptions
{
    private static readonly TimeSpan RefreshLead = TimeSpan.FromSeconds(30);
    private readonly UserDataHub _hub;
    private readonly ConcurrentDictionary<WsApiEndpoint, State> _endpoints = new();

    public MarginListenTokenSubscriptions(UserDataHub hub)
    {
        _hub = hub;
    }

    private UserDataSettings Settings => _hub.Settings;

    public long? SubscriptionIdOf(WsApiEndpoint endpoint) => _endpoints.TryGetValue(endpoint, out State? s) ? s.SubscriptionId : null;

    public Task<UserDataSubscription> SubscribeAsync(WsApiEndpoint endpoint, IListenTokenProvider provider, CancellationToken cancellationToken)
    {
        if (WsApiEndpoints.GetMarket(endpoint) != WsApiMarket.Spot)
        {
            throw new NotSupportedException("Margin listen tokens are subscribed on a spot WS API connection.");
        }

        State state = _endpoints.GetOrAdd(endpoint, _ => new State());
        lock (state)
        {
            state.Wanted = true;
            state.Provider = provider;
        }

        return SubscribeCoreAsync(endpoint, state, cancellationToken);
    }

    public async Task UnsubscribeAsync(WsApiEndpoint endpoint, CancellationToken cancellationToken)
    {
        if (!_endpoints.TryGetValue(endpoint, out State? state))
        {
            return;
        }

        long? id;
        lock (state)
        {
            state.Wanted = false;
            state.Refresh?.Dispose();
            state.Refresh = null;
            id = state.SubscriptionId;
            state.SubscriptionId = null;
        }

        if (id is { } subscriptionId)
        {
            await _hub.Transport.SendAsync(endpoint, "userDataStream.unsubscribe", new WsApiParameters(1).Add("subscriptionId", subscriptionId),
                RequestAuth.None, WsApiJsonContext.Default.EmptyResult, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>An <c>eventStreamTerminated</c> arrived: if it ended our token's subscription while still wanted, renew now.</summary>
    public void OnTerminated(WsApiEndpoint endpoint, long? subscriptionId)
    {
        if (!_endpoints.TryGetValue(endpoint, out State? state))
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
            if (!state.Wanted || !Settings.KeepMarginListenTokenRefreshed)
            {
                return;
            }
        }

        _ = RenewAsync(endpoint, state, TimeSpan.Zero, announce: true);
    }

    /// <summary>After a reconnect the server forgot the subscription: subscribe a fresh token after the configured delay.</summary>
    public void OnReconnected(WsApiEndpoint endpoint)
    {
        if (!_endpoints.TryGetValue(endpoint, out State? state))
        {
            return;
        }

        lock (state)
        {
            state.SubscriptionId = null;
            if (!state.Wanted || !Settings.ResubscribeAfterReconnect)
            {
                return;
            }
        }

        _ = RenewAsync(endpoint, state, Settings.ResubscribeDelay, announce: true);
    }

    private async Task<UserDataSubscription> SubscribeCoreAsync(WsApiEndpoint endpoint, State state, CancellationToken cancellationToken)
    {
        IListenTokenProvider provider;
        lock (state)
        {
            provider = state.Provider!;
        }

        ListenToken token = await provider.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        WsApiResponse<UserDataSubscription> response = await _hub.Transport.SendAsync(endpoint, "userDataStream.subscribe.listenToken",
            new WsApiParameters(1).Add("listenToken", token.Token), RequestAuth.None, UserDataJsonContext.Default.UserDataSubscription,
            cancellationToken).ConfigureAwait(false);
        long expiration = response.Result.ExpirationTime ?? token.ExpirationTime;
        lock (state)
        {
            if (!state.Wanted)
            {
                return response.Result;
            }

            state.SubscriptionId = response.Result.SubscriptionId;
            state.Refresh?.Dispose();
            state.Refresh = null;
            if (Settings.KeepMarginListenTokenRefreshed)
            {
                // Renew ahead of the expiry (fetch + subscribe take a moment); a token shorter than the lead renews at once.
                TimeSpan due = DateTimeOffset.FromUnixTimeMilliseconds(expiration) - RefreshLead - Settings.Connection.Time.GetUtcNow();
                state.Refresh = Settings.Connection.Time.CreateTimer(_ => _ = RenewAsync(endpoint, state, TimeSpan.Zero, announce: false), null,
                    due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan);
            }
        }

        return response.Result with { ExpirationTime = expiration };
    }

    /// <summary>The client is being disposed: no more renewals.</summary>
    public void StopAll()
    {
        foreach (State state in _endpoints.Values)
        {
            lock (state)
            {
                state.Wanted = false;
                state.Refresh?.Dispose();
                state.Refresh = null;
            }
        }
    }

    private async Task RenewAsync(WsApiEndpoint endpoint, State state, TimeSpan delay, bool announce)
    {
        try
        {
            long subscriptionId = -1;
            int? attempts = await Backoff.RetryAsync(Settings.Connection.ReconnectPolicy, Settings.Connection.Time, delay, maxAttempts: null,
                async (_, token) =>
                {
                    lock (state)
                    {
                        if (!state.Wanted)
                        {
                            return;
                        }
                    }

                    subscriptionId = (await SubscribeCoreAsync(endpoint, state, token).ConfigureAwait(false)).SubscriptionId;
                },
                (attempt, ex) => _hub.Observer.OnError(endpoint, $"Renewing the margin listen token failed (attempt {attempt}): {ex.Message}", ex),
                CancellationToken.None,
                ex => ex is not ObjectDisposedException && ex is WsApiException or HttpRequestException or InvalidOperationException or System.Text.Json.JsonException).ConfigureAwait(false);
            if (announce && subscriptionId >= 0)
            {
                _hub.OnResubscribed(new UserDataStreamResubscribedEventArgs(endpoint, subscriptionId, attempts!.Value));
            }
        }
        catch (ObjectDisposedException)
        {
            // The client was disposed: nothing left to renew.
        }
    }

    private sealed class State
    {
        public bool Wanted;
        public IListenTokenProvider? Provider;
        public long? SubscriptionId;
        public ITimer? Refresh;
    }
}
