using System.Collections.Concurrent;
using Binance.WsApi.Protocol;

namespace Binance.WsApi.Connection;

/// <summary>
/// Margin user data on a spot WS API connection through listen tokens (<c>userDataStream.subscribe.listenToken</c>).
/// The server never renews a token, so, with <see cref="WebSocketApiClientOptions.KeepMarginListenTokenRefreshed"/>,
/// a fresh token is fetched and subscribed 30 s before the current one expires (which moves the same subscription to
/// the new expiry), at once after an unexpected <c>eventStreamTerminated</c>, and after every reconnect.
/// </summary>
internal sealed class MarginListenTokenSubscriptions
{
    private static readonly TimeSpan RefreshLead = TimeSpan.FromSeconds(30);
    private readonly WebSocketApiClient _client;
    private readonly ConnectionContext _context;
    private readonly ConcurrentDictionary<WsApiEndpoint, State> _endpoints = new();

    public MarginListenTokenSubscriptions(WebSocketApiClient client, ConnectionContext context)
    {
        _client = client;
        _context = context;
    }

    public Action<UserDataStreamResubscribedEventArgs>? Resubscribed { get; set; }

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
            await _client.GetWsClient()[endpoint].SendAsync("userDataStream.unsubscribe", new WsApiParameters(1).Add("subscriptionId", subscriptionId),
                RequestAuth.None, WsApiJsonContext.Default.EmptyResult, null, cancellationToken).ConfigureAwait(false);
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
            if (!state.Wanted || !_context.Options.KeepMarginListenTokenRefreshed)
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
            if (!state.Wanted || !_context.Options.ResubscribeUserDataStreamAfterReconnect)
            {
                return;
            }
        }

        _ = RenewAsync(endpoint, state, _context.Options.ResubscribeUserDataStreamDelay, announce: true);
    }

    private async Task<UserDataSubscription> SubscribeCoreAsync(WsApiEndpoint endpoint, State state, CancellationToken cancellationToken)
    {
        IListenTokenProvider provider;
        lock (state)
        {
            provider = state.Provider!;
        }

        ListenToken token = await provider.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        WsApiResponse<UserDataSubscription> response = await _client.GetWsClient()[endpoint].SendAsync("userDataStream.subscribe.listenToken",
            new WsApiParameters(1).Add("listenToken", token.Token), RequestAuth.None, UserDataJsonContext.Default.UserDataSubscription,
            null, cancellationToken).ConfigureAwait(false);
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
            if (_context.Options.KeepMarginListenTokenRefreshed)
            {
                // Renew ahead of the expiry (fetch + subscribe take a moment); a token shorter than the lead renews at once.
                TimeSpan due = DateTimeOffset.FromUnixTimeMilliseconds(expiration) - RefreshLead - _context.Time.GetUtcNow();
                state.Refresh = _context.Time.CreateTimer(_ => _ = RenewAsync(endpoint, state, TimeSpan.Zero, announce: false), null,
                    due < TimeSpan.Zero ? TimeSpan.Zero : due, Timeout.InfiniteTimeSpan);
            }
        }

        return response.Result with { ExpirationTime = expiration };
    }

    private async Task RenewAsync(WsApiEndpoint endpoint, State state, TimeSpan delay, bool announce)
    {
        try
        {
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, _context.Time).ConfigureAwait(false);
            }

            for (int attempt = 1; ; attempt++)
            {
                lock (state)
                {
                    if (!state.Wanted)
                    {
                        return;
                    }
                }

                try
                {
                    UserDataSubscription subscription = await SubscribeCoreAsync(endpoint, state, CancellationToken.None).ConfigureAwait(false);
                    if (announce)
                    {
                        Resubscribed?.Invoke(new UserDataStreamResubscribedEventArgs(endpoint, subscription.SubscriptionId, attempt));
                    }

                    return;
                }
                catch (Exception ex) when (ex is WsApiException or HttpRequestException or InvalidOperationException or System.Text.Json.JsonException)
                {
                    _context.Error?.Invoke(endpoint, $"Renewing the margin listen token failed (attempt {attempt}): {ex.Message}", ex);
                    await Task.Delay(_context.Options.ReconnectPolicy.GetDelay(attempt, Random.Shared), _context.Time).ConfigureAwait(false);
                }
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
