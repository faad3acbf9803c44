using System.Runtime.CompilerServices;
using Binance.WsApi.AccountState;
using Binance.WsApi.Connection;
using Binance.WsApi.UserData;

namespace Binance.WsApi;

/// <summary>
/// The state of a USD-M or COIN-M futures account kept from its user data stream (wallet balances, positions and the open orders
/// it saw), with the gaps of the stream repaired: after every reopening of the listen-key stream (a drop, an expired
/// key) it reads the balances (<c>account.balance</c>), the positions (<c>account.position</c>) and each order it knows
/// to be open or that this client placed meanwhile (<c>order.status</c>), and emits what the stream missed as
/// synthesized transitions (<see cref="OrderTransition.IsSynthesized"/>), in order and without duplicates. On COIN-M,
/// quantities are contracts and balances are per margin coin (BTC, ETH). The futures
/// WS APIs have no order or trade history, so a repair cannot see orders that other programs placed and finished inside
/// a gap (only their effect on balances and positions), and fills missed together come as one transition (see
/// <c>docs/account-state.md</c>). Created by <see cref="WebSocketApiClient.CreateFuturesAccountStateTrackerAsync"/>,
/// which starts a futures user data stream of its own; disposing the tracker stops it.
/// </summary>
public sealed partial class FuturesAccountStateTracker : IAsyncDisposable, ITrackedAccount
{
    private readonly WebSocketApiClient _client;
    private readonly UserDataHub _hub;
    private readonly ReconnectPolicy _retry;
    private readonly TimeProvider _time;
    private readonly Inbox _inbox;
    private readonly TransitionFeed _feed = new();
    private readonly FuturesAccountBook _book;
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _lifetime = new();
    private Task _run = Task.CompletedTask;
    private FuturesUserDataStream? _stream;
    private int _disposed;

    private FuturesAccountStateTracker(WebSocketApiClient client, UserDataHub hub, FuturesMarket market, WsApiEndpoint endpoint,
        FuturesAccountStateTrackerOptions options, ReconnectPolicy retry, TimeProvider time)
    {
        _client = client;
        _hub = hub;
        _retry = retry;
        _time = time;
        Market = market;
        Endpoint = endpoint;
        _book = new FuturesAccountBook(options.ClosedOrderMemory);
        _inbox = new Inbox(this);
    }

    /// <summary>
    /// A gap was repaired (raised on the tracker's own loop, after the synthesized transitions were queued; a handler
    /// that throws is ignored). <see cref="AccountReconciledEventArgs.Symbols"/> counts the orders looked up.
    /// </summary>
    public event EventHandler<AccountReconciledEventArgs>? Reconciled;

    /// <summary>The futures market tracked.</summary>
    public FuturesMarket Market { get; }

    /// <summary>The WS API endpoint of the market (its events carry it).</summary>
    public WsApiEndpoint Endpoint { get; }

    /// <summary>How many gaps were repaired so far.</summary>
    public long ReconciliationCount => _feed.Reconciliations;

    /// <summary>How many transitions were synthesized after gaps so far.</summary>
    public long SynthesizedTransitionCount => _feed.Synthesized;

    /// <summary>How many transitions came from the stream so far (duplicates not counted).</summary>
    public long StreamTransitionCount => _feed.Streamed;

    /// <summary>The wallet balances as last known.</summary>
    public IReadOnlyList<TrackedFuturesBalance> GetBalances()
    {
        lock (_lock)
        {
            return _book.Balances;
        }
    }

    /// <summary>The wallet balance of one asset, or null when the account never reported it.</summary>
    /// <param name="asset">The margin asset, for example <c>USDT</c>.</param>
    public TrackedFuturesBalance? GetBalance(string asset)
    {
        ArgumentNullException.ThrowIfNull(asset);
        lock (_lock)
        {
            return _book.Balance(asset);
        }
    }

    /// <summary>The positions as last known (flat ones included once reported), by symbol and position side.</summary>
    public IReadOnlyList<TrackedPosition> GetPositions()
    {
        lock (_lock)
        {
            return _book.Positions;
        }
    }

    /// <summary>
    /// The open orders the tracker knows: those it saw on the stream or after a gap since it started (orders already
    /// open at the start become known with their first event; the futures WS API cannot list them).
    /// </summary>
    /// <param name="symbol">Only this symbol's; all when null.</param>
    public IReadOnlyList<TrackedOrder> GetOpenOrders(string? symbol = null)
    {
        lock (_lock)
        {
            return _book.OpenOrders.Where(o => symbol is null || o.Symbol == symbol)
                .OrderBy(o => o.Symbol, StringComparer.Ordinal).ThenBy(o => o.OrderId).Select(o => o.ToTracked()).ToArray();
        }
    }

    /// <summary>
    /// Order transitions as they become known, each exactly once: from the stream (<see cref="OrderTransition.FuturesUpdate"/>
    /// set), or synthesized after a gap. Several readers share them (each transition goes to one reader). Ends when the
    /// tracker is disposed.
    /// </summary>
    /// <param name="cancellationToken">Ends the enumeration.</param>
    public async IAsyncEnumerable<OrderTransition> ReadTransitionsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (OrderTransition t in _feed.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return t;
        }
    }

    /// <summary>Stops tracking and the tracker's futures user data stream, and ends the transition stream.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _client.FuturesOrderSubmitting -= _inbox.OnSubmitting;
        _hub.RemoveTap(_inbox);
        _inbox.Queue.Complete();
        await _lifetime.CancelAsync().ConfigureAwait(false);
        try
        {
            await _run.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        if (_stream is { } stream)
        {
            await stream.DisposeAsync().ConfigureAwait(false);
        }

        _feed.Complete();
        _lifetime.Dispose();
    }

    internal static async Task<FuturesAccountStateTracker> StartAsync(WebSocketApiClient client, UserDataHub hub, FuturesMarket market,
        WsApiEndpoint endpoint, FuturesAccountStateTrackerOptions options, ReconnectPolicy retry, TimeProvider time, CancellationToken cancellationToken)
    {
        var tracker = new FuturesAccountStateTracker(client, hub, market, endpoint, options, retry, time);
        // Listen first, holding every event until the start snapshot is in.
        hub.AddTap(tracker._inbox);
        client.FuturesOrderSubmitting += tracker._inbox.OnSubmitting;
        tracker._run = tracker._inbox.Queue.RunAsync(tracker, endpoint, tracker._lifetime.Token);
        try
        {
            tracker._stream = await client.StartFuturesUserDataStreamAsync(market, cancellationToken).ConfigureAwait(false);
            await tracker._inbox.Queue.SeedAsync(cancellationToken).ConfigureAwait(false);
            return tracker;
        }
        catch
        {
            await tracker.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    Task ITrackedAccount.SeedAsync(CancellationToken cancellationToken) => RefreshAccountAsync(cancellationToken);

    Task ITrackedAccount.RepairAsync(CancellationToken lifetime) => RepairAsync(lifetime);

    bool ITrackedAccount.Accepts(UserDataEvent userDataEvent) => true;

    void ITrackedAccount.Apply(long sequence, UserDataEvent userDataEvent) => Apply(userDataEvent);

    void ITrackedAccount.OnItem(object item)
    {
        if (item is Submitted submitted)
        {
            lock (_lock)
            {
                _book.AddSubmitted(submitted.Symbol, submitted.ClientOrderId);
            }
        }
    }

    private void Apply(UserDataEvent e)
    {
        switch (e)
        {
            case FuturesOrderTradeUpdateEvent update:
                Record(FuturesTransitions.FromUpdate(update));
                break;
            case FuturesAccountUpdateEvent account:
                lock (_lock)
                {
                    foreach (FuturesBalanceUpdate b in account.Update.Balances)
                    {
                        _book.ApplyBalance(b.Asset, b.WalletBalance, b.CrossWalletBalance, account.TransactionTime);
                    }

                    foreach (FuturesPositionUpdate p in account.Update.Positions)
                    {
                        _book.ApplyPosition(p, account.TransactionTime);
                    }
                }

                break;
        }
    }

    private void Record(OrderTransition transition)
    {
        lock (_lock)
        {
            if (!_book.TryRecord(transition))
            {
                return;
            }
        }

        _feed.Publish(transition);
    }
}
