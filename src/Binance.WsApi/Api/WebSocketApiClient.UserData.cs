using System.Runtime.CompilerServices;
using Binance.WsApi.Connection;
using Binance.WsApi.Protocol;
using Binance.WsApi.UserData;

namespace Binance.WsApi;

// User data stream: subscriptions on the WS API connection (spot), the legacy listen-key methods, and delivery.
public partial class WebSocketApiClient
{
    /// <summary>A user data event arrived (raised off the receive loop, in order).</summary>
    public event EventHandler<UserDataEventArgs>? UserDataEventReceived
    {
        add => _events.UserDataEventReceived += value;
        remove => _events.UserDataEventReceived -= value;
    }

    /// <summary>
    /// The user data stream was subscribed again after a reconnect; events in between may have been missed, so
    /// reconcile (open orders, account) if that matters.
    /// </summary>
    public event EventHandler<UserDataStreamResubscribedEventArgs>? UserDataStreamResubscribed
    {
        add => _events.UserDataStreamResubscribed += value;
        remove => _events.UserDataStreamResubscribed -= value;
    }

    /// <summary>
    /// Subscribes the connection of a spot endpoint to the account's user data stream: with an Ed25519 key the
    /// session logs on and sends <c>userDataStream.subscribe</c>; with HMAC/RSA it sends the signed
    /// <c>userDataStream.subscribe.signature</c>. Idempotent per endpoint. After a reconnect the subscription is
    /// renewed automatically (<see cref="WebSocketApiClientOptions.ResubscribeUserDataStreamAfterReconnect"/>).
    /// </summary>
    /// <param name="endpoint">A spot endpoint; futures use listen keys (<see cref="StartUserDataStreamForKeyAsync"/>).</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<UserDataSubscription> SubscribeUserDataStreamAsync(WsApiEndpoint endpoint, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        return _userData.Spot.SubscribeAsync(endpoint, cancellationToken);
    }

    /// <summary>Unsubscribes the endpoint's user data stream and stops its automatic resubscription.</summary>
    /// <param name="endpoint">The endpoint subscribed with <see cref="SubscribeUserDataStreamAsync"/>.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task UnsubscribeUserDataStreamAsync(WsApiEndpoint endpoint, CancellationToken cancellationToken = default) =>
        _userData.Spot.UnsubscribeAsync(endpoint, cancellationToken);

    /// <summary>
    /// Subscribes margin user data on a spot connection with a listen token from <paramref name="provider"/>
    /// (<c>userDataStream.subscribe.listenToken</c>; no logon needed). With
    /// <see cref="WebSocketApiClientOptions.KeepMarginListenTokenRefreshed"/> a fresh token is subscribed 30 s before
    /// expiry, at once after an unexpected <c>eventStreamTerminated</c>, and after every reconnect. Events arrive
    /// through the same <see cref="ReadUserDataEventsAsync"/> and <see cref="UserDataEventReceived"/>.
    /// </summary>
    /// <param name="provider">Where tokens come from, e.g. <see cref="RestListenTokenProvider"/>.</param>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<UserDataSubscription> SubscribeMarginUserDataStreamAsync(IListenTokenProvider provider, WsApiEndpoint? endpoint = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        return _userData.Margin.SubscribeAsync(ResolveEndpoint(WsApiMarket.Spot, endpoint), provider, cancellationToken);
    }

    /// <summary>Ends the margin listen-token subscription of an endpoint and stops renewing it.</summary>
    /// <param name="endpoint">A spot endpoint; the environment's default when null.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task UnsubscribeMarginUserDataStreamAsync(WsApiEndpoint? endpoint = null, CancellationToken cancellationToken = default) =>
        _userData.Margin.UnsubscribeAsync(ResolveEndpoint(WsApiMarket.Spot, endpoint), cancellationToken);

    /// <summary>The current margin listen-token subscription id of an endpoint, or null.</summary>
    public virtual long? GetMarginUserDataSubscriptionId(WsApiEndpoint? endpoint = null) =>
        _userData.Margin.SubscriptionIdOf(ResolveEndpoint(WsApiMarket.Spot, endpoint));

    /// <summary>The current subscription id of an endpoint's user data stream, or null when not subscribed.</summary>
    public virtual long? GetUserDataSubscriptionId(WsApiEndpoint endpoint) => _userData.Spot.SubscriptionIdOf(endpoint);

    /// <summary>
    /// Reads user data events as they arrive, from every subscribed endpoint, until cancelled. Events are buffered
    /// (<see cref="WebSocketApiClientOptions.UserDataEventBufferSize"/>; the oldest are dropped with an error event
    /// when a reader falls behind). Several readers share the events: each event goes to one of them. When the client
    /// is disposed, a waiting reader ends with <see cref="ObjectDisposedException"/>, and so does a read after that.
    /// </summary>
    /// <param name="cancellationToken">Ends the enumeration.</param>
    /// <exception cref="ObjectDisposedException">The client was disposed.</exception>
    public virtual async IAsyncEnumerable<UserDataEvent> ReadUserDataEventsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        await foreach (UserDataEvent e in _userData.Events.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return e;
        }
    }

    /// <summary>Starts a legacy listen-key user data stream (<c>userDataStream.start</c>, API key only).</summary>
    /// <param name="endpoint">The endpoint; futures endpoints still offer listen keys, spot removed them in 2026.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<ListenKeyResult>> StartUserDataStreamForKeyAsync(WsApiEndpoint endpoint, CancellationToken cancellationToken = default) =>
        SendCoreAsync(WsApiEndpoints.GetMarket(endpoint), endpoint, "userDataStream.start", null, RequestAuth.ApiKey,
            UserDataJsonContext.Default.ListenKeyResult, null, cancellationToken);

    /// <summary>Extends a listen key by 60 minutes (<c>userDataStream.ping</c>).</summary>
    /// <param name="request">The listen key.</param>
    /// <param name="endpoint">The endpoint that issued it.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<ListenKeyResult>> PingUserDataStreamForKeyAsync(ListenKeyRequest request, WsApiEndpoint endpoint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendCoreAsync(WsApiEndpoints.GetMarket(endpoint), endpoint, "userDataStream.ping", request.ToParameters(), RequestAuth.ApiKey,
            UserDataJsonContext.Default.ListenKeyResult, null, cancellationToken);
    }

    /// <summary>Closes a listen key (<c>userDataStream.stop</c>).</summary>
    /// <param name="request">The listen key.</param>
    /// <param name="endpoint">The endpoint that issued it.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    public virtual Task<WsApiResponse<EmptyResult>> StopUserDataStreamForKeyAsync(ListenKeyRequest request, WsApiEndpoint endpoint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendCoreAsync(WsApiEndpoints.GetMarket(endpoint), endpoint, "userDataStream.stop", request.ToParameters(), RequestAuth.ApiKey,
            WsApiJsonContext.Default.EmptyResult, null, cancellationToken);
    }

    /// <summary>
    /// Starts a futures user data stream: <c>userDataStream.start</c> on the market's WS API endpoint, then a separate
    /// stream connection (<see cref="WebSocketApiClientOptions.FuturesUserDataStreamUrls"/>) whose events arrive through
    /// <see cref="ReadUserDataEventsAsync"/> and <see cref="UserDataEventReceived"/>. The listen key is pinged every
    /// 30 minutes; after an expiry or a dropped stream connection a key is requested again and the stream reopened
    /// (<see cref="UserDataStreamResubscribed"/>). Stop it with <see cref="FuturesUserDataStream.StopAsync"/>.
    /// </summary>
    /// <param name="market">USD-M or COIN-M.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public virtual async Task<FuturesUserDataStream> StartFuturesUserDataStreamAsync(FuturesMarket market, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        Models.FuturesChecks.ValidMarket(market);
        WsApiEndpoint endpoint = ResolveEndpoint(market.ToMarket(), null);
        return await _userData.StartFuturesStreamAsync(market, endpoint, cancellationToken).ConfigureAwait(false);
    }

}
