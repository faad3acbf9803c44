using System.Runtime.CompilerServices;
using System.Threading.Channels;
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
public sealed partial class AccountStateTracker : IAsyncDisposable
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
    private readonly List<(long Sequence, UserDataEvent Event)> _held = [];
    private bool _holding = true;
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
        _inbox.Complete();
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
        tracker._run = tracker.RunAsync(tracker._lifetime.Token);
        try
        {
            await client.SubscribeUserDataStreamAsync(endpoint, cancellationToken).ConfigureAwait(false);
            var seeded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            tracker._inbox.Post(new SeedRequest(seeded, cancellationToken));
            await seeded.Task.ConfigureAwait(false);
            return tracker;
        }
        catch
        {
            await tracker.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task RunAsync(CancellationToken lifetime)
    {
        await Task.Yield();
        await foreach (object item in _inbox.Reader.ReadAllAsync(lifetime).ConfigureAwait(false))
        {
            switch (item)
            {
                case SeedRequest seed:
                    try
                    {
                        using var linked = CancellationTokenSource.CreateLinkedTokenSource(lifetime, seed.CancellationToken);
                        await SeedAsync(linked.Token).ConfigureAwait(false);
                        Release();
                        seed.Done.TrySetResult();
                    }
                    catch (Exception ex)
                    {
                        seed.Done.TrySetException(ex);
                        return;
                    }

                    break;
                case GapOpened gap when gap.Endpoint == Endpoint:
                    _holding = true;
                    break;
                case UserDataStreamResubscribedEventArgs resubscribed when resubscribed.Endpoint == Endpoint:
                    await RepairAsync(lifetime).ConfigureAwait(false);
                    Release();
                    break;
                case StreamEvent e when e.Event.Endpoint == Endpoint && !IsOtherSubscription(e.Event):
                    if (_holding)
                    {
                        _held.Add((e.Sequence, e.Event));
                    }
                    else
                    {
                        Apply(e.Sequence, e.Event);
                    }

                    break;
            }
        }
    }

    /// <summary>A margin listen-token subscription shares the spot endpoint; its events are another account's.</summary>
    private bool IsOtherSubscription(UserDataEvent e) =>
        e.SubscriptionId is { } id && _hub.Margin.SubscriptionIdOf(Endpoint) == id;

    /// <summary>The gap is repaired: what arrived meanwhile goes through the same de-duplication, in arrival order.</summary>
    private void Release()
    {
        _holding = false;
        foreach ((long sequence, UserDataEvent e) in _held)
        {
            Apply(sequence, e);
        }

        _held.Clear();
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
