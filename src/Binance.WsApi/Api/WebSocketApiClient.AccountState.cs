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
}
