using System.Runtime.CompilerServices;
using Binance.WsApi.AccountState;
using Binance.WsApi.Connection;
using Binance.WsApi.UserData;

namespace Binance.WsApi;

/// <summary>
/// The state of a spot account kept from its user data stream (balances and open orders), with the gaps of the stream
/// repaired: after every resubscription (a drop, a <c>serverShutdown</c> move, an <c>eventStreamTerminated</c>) it
/// reads the account (<c>account.status</c>), the orders (<c>allOrders</c>) and trades (<c>myTrades</c>) since the last
/// ones it saw, and emits what the stream missed as synthesized transitions (<see cref="OrderTransition.IsSynthesized"/>),
/// in order and without duplicates: a reader of <see cref="ReadTransitionsAsync"/> sees every order transition exactly
/// once. Created by <see cref="WebSocketApiClient.CreateAccountStateTrackerAsync"/>; it adds nothing to the client
/// until then. Its reads go through the client like any request (weights count against the account's limits).
/// </summary>
public sealed partial class AccountStateTracker : IAsyncDisposable, ITrackedAccount
{
    private const int PageSize = 1000;

    private readonly WebSocketApiClient _client;
    private readonly UserDataHub _hub;
    private readonly AccountStateTrackerOptions _options;
    private readonly ReconnectPolicy _retry;
    private readonly TimeProvider _time;
    private readonly Inbox _inbox;
    private readonly TransitionFeed _feed = new();
    private readonly SpotAccountBook _book;
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _lifetime = new();
    private Task _run = Task.CompletedTask;
    private int _disposed;

    private AccountStateTracker(WebSocketApiClient client, UserDataHub hub, AccountStateTrackerOptions options, WsApiEndpoint endpoint,
        ReconnectPolicy retry, TimeProvider time)
    {
        _client = client;
        _hub = hub;
        _options = options;
        _retry = retry;
        _time = time;
        Endpoint = endpoint;
        _book = new SpotAccountBook(options.ClosedOrderMemory);
        _inbox = new Inbox(this);
    }

    /// <summary>
    /// A gap was repaired (raised on the tracker's own loop, after the synthesized transitions were queued; a handler
    /// that throws is ignored).
    /// </summary>
    public event EventHandler<AccountReconciledEventArgs>? Reconciled;

    /// <summary>The spot endpoint whose stream is tracked.</summary>
    public WsApiEndpoint Endpoint { get; }

    /// <summary>How many gaps were repaired so far.</summary>
    public long ReconciliationCount => _feed.Reconciliations;

    /// <summary>How many transitions were synthesized after gaps so far.</summary>
    public long SynthesizedTransitionCount => _feed.Synthesized;

    /// <summary>How many transitions came from the stream so far (duplicates not counted).</summary>
    public long StreamTransitionCount => _feed.Streamed;

    /// <summary>The balances as last known (every asset the account reported, zero ones included).</summary>
    public IReadOnlyList<TrackedBalance> GetBalances()
    {
        lock (_lock)
        {
            return _book.Balances;
        }
    }

    /// <summary>The balance of one asset, or null when the account never reported it.</summary>
    /// <param name="asset">The asset, for example <c>BTC</c>.</param>
    public TrackedBalance? GetBalance(string asset)
    {
        ArgumentNullException.ThrowIfNull(asset);
        lock (_lock)
        {
            return _book.Balance(asset);
        }
    }

    /// <summary>The open orders as last known, by symbol and order id.</summary>
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
    /// Order transitions as they become known, each exactly once: from the stream, or synthesized after a gap. Several
    /// readers share them (each transition goes to one reader). Ends when the tracker is disposed.
    /// </summary>
    /// <param name="cancellationToken">Ends the enumeration.</param>
    public async IAsyncEnumerable<OrderTransition> ReadTransitionsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (OrderTransition t in _feed.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return t;
        }
    }

    /// <summary>Stops tracking (the client's user data subscription stays) and ends the transition stream.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

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

        _feed.Complete();
        _lifetime.Dispose();
    }

    internal static async Task<AccountStateTracker> StartAsync(WebSocketApiClient client, UserDataHub hub, AccountStateTrackerOptions options,
        WsApiEndpoint endpoint, ReconnectPolicy retry, TimeProvider time, CancellationToken cancellationToken)
    {
        var tracker = new AccountStateTracker(client, hub, options, endpoint, retry, time);
        // Listen first, holding every event until the start snapshot says what is history.
        hub.AddTap(tracker._inbox);
        tracker._run = tracker._inbox.Queue.RunAsync(tracker, endpoint, tracker._lifetime.Token);
        try
        {
            await client.SubscribeUserDataStreamAsync(endpoint, cancellationToken).ConfigureAwait(false);
            await tracker._inbox.Queue.SeedAsync(cancellationToken).ConfigureAwait(false);
            return tracker;
        }
        catch
        {
            await tracker.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>A margin listen-token subscription shares the spot endpoint; its events are another account's.</summary>
    private bool IsOtherSubscription(UserDataEvent e) =>
        e.SubscriptionId is { } id && _hub.Margin.SubscriptionIdOf(Endpoint) == id;

    Task ITrackedAccount.SeedAsync(CancellationToken cancellationToken) => SeedAsync(cancellationToken);

    Task ITrackedAccount.RepairAsync(CancellationToken lifetime) => RepairAsync(lifetime);

    bool ITrackedAccount.Accepts(UserDataEvent userDataEvent) => !IsOtherSubscription(userDataEvent);

    void ITrackedAccount.Apply(long sequence, UserDataEvent userDataEvent) => Apply(sequence, userDataEvent);

    void ITrackedAccount.OnItem(object item)
    {
        // The spot tracker posts nothing of its own.
    }

    private void Apply(long sequence, UserDataEvent e)
    {
        switch (e)
        {
            case ExecutionReportEvent report:
                Record(SpotTransitions.FromReport(report));
                break;
            case OutboundAccountPositionEvent position:
                lock (_lock)
                {
                    _book.ApplyPosition(position, sequence);
                }

                break;
            case BalanceUpdateEvent update:
                lock (_lock)
                {
                    _book.ApplyBalanceUpdate(update, sequence);
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
