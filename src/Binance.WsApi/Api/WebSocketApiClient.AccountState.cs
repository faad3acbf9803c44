namespace Binance.WsApi;

// The account state tracker: opt-in, created on demand; the client carries nothing for it until then.
public partial class WebSocketApiClient
{
    /// <summary>
    /// Starts tracking a spot account: subscribes the endpoint's user data stream (if not yet), reads the open orders,
    /// the balances and, per symbol, the newest order and trade (what happened before is history), then keeps balances
    /// and open orders from the stream and repairs every gap after a resubscription (see <see cref="AccountStateTracker"/>).
    /// Needs credentials. Dispose the tracker to stop.
    /// </summary>
    /// <param name="options">The symbols to watch for orders placed during a gap, the endpoint; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <exception cref="InvalidOperationException">The client has no credentials.</exception>
    public virtual Task<AccountStateTracker> CreateAccountStateTrackerAsync(AccountStateTrackerOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        options ??= new AccountStateTrackerOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.ClosedOrderMemory, nameof(options));
        foreach (string symbol in options.Symbols)
        {
            Validate.Symbol(symbol, nameof(options));
        }

        WsApiEndpoint endpoint = ResolveEndpoint(WsApiMarket.Spot, options.Endpoint);
        return AccountStateTracker.StartAsync(this, _userData, options, endpoint, _options.ReconnectPolicy, _options.TimeProvider, cancellationToken);
    }

    /// <summary>
    /// Starts tracking a USD-M or COIN-M futures account: starts a futures user data stream of its own, reads the balances and
    /// positions, then keeps balances, positions and the orders it sees from the stream and repairs every gap after the
    /// stream reopens (see <see cref="FuturesAccountStateTracker"/>). Orders this client places are remembered from the
    /// moment they are sent, so one placed during a gap is repaired too. Needs credentials. Dispose the tracker to stop.
    /// </summary>
    /// <param name="market">The futures market (USD-M or COIN-M; on COIN-M quantities are contracts and balances are per coin).</param>
    /// <param name="options">Tuning; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="market"/> is not a defined futures market.</exception>
    /// <exception cref="InvalidOperationException">The client has no credentials.</exception>
    public virtual Task<FuturesAccountStateTracker> CreateFuturesAccountStateTrackerAsync(FuturesMarket market,
        FuturesAccountStateTrackerOptions? options = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (market is not (FuturesMarket.UsdM or FuturesMarket.CoinM))
        {
            throw new ArgumentOutOfRangeException(nameof(market), market, "Not a futures market.");
        }

        options ??= new FuturesAccountStateTrackerOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.ClosedOrderMemory, nameof(options));
        WsApiEndpoint endpoint = ResolveEndpoint(market.ToMarket(), null);
        return FuturesAccountStateTracker.StartAsync(this, _userData, market, endpoint, options, _options.ReconnectPolicy, _options.TimeProvider,
            cancellationToken);
    }

    /// <summary>A futures order is about to be sent (market, symbol, client order id); the futures tracker listens.</summary>
    internal event Action<FuturesMarket, string, string>? FuturesOrderSubmitting;
}
