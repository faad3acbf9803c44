using Binance.WsApi.Emulator.Accounts;
using Binance.WsApi.Emulator.Limits;
using Binance.WsApi.Emulator.Market;

namespace Binance.WsApi.Emulator.Matching;

/// <summary>
/// The spot exchange: one order book per symbol, balances, order lists, trade history, and the rules of
/// docs/protocol.md §8. Pure C# (no WebSocket types): handlers call it, tests drive it directly. One lock serialises
/// every operation, so each operation is atomic and its events form one batch.
/// </summary>
internal sealed partial class SpotExchange
{
    private const int MaxDeferredRounds = 1000;

    private readonly Lock _sync = new();
    private readonly TimeProvider _time;
    private readonly Dictionary<string, SymbolState> _symbols = new(StringComparer.Ordinal);
    private readonly Dictionary<Account, AccountState> _accounts = [];
    private readonly Dictionary<string, decimal> _supply = new(StringComparer.Ordinal);
    private readonly Dictionary<string, decimal> _fees = new(StringComparer.Ordinal);
    private readonly List<EngineEvent> _events = [];
    private readonly Dictionary<Account, SortedSet<string>> _touched = [];
    private readonly Queue<Action> _deferred = new();
    private readonly Random _ids = new(20260115); // deterministic client order ids
    private int _depth;
    private long _nextOrderListId = 1;

    public SpotExchange(IEnumerable<SpotSymbol> symbols, TimeProvider time, IEnumerable<Account> accounts, UnfilledOrderCounter? counter = null)
    {
        _time = time;
        foreach (SpotSymbol symbol in symbols)
        {
            _symbols[symbol.Symbol] = new SymbolState(symbol);
        }

        foreach (Account account in accounts)
        {
            AddAccount(account);
        }

        OrderCounter = counter ?? new UnfilledOrderCounter(50, 160000);
        MarketMaker = new MarketMaker(this);
    }

    public UnfilledOrderCounter OrderCounter { get; }

    public MarketMaker MarketMaker { get; }

    /// <summary>Where each operation's events go; null = nowhere.</summary>
    public IEngineEventSink? Sink { get; set; }

    public IEnumerable<SpotSymbol> Symbols => _symbols.Values.Select(s => s.Symbol);

    internal long NowMs => _time.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>Registers an account (all of its balances count toward the supply the invariant checks).</summary>
    public void AddAccount(Account account)
    {
        lock (_sync)
        {
            if (_accounts.ContainsKey(account))
            {
                return;
            }

            _accounts[account] = new AccountState();
            foreach (var (asset, free, locked) in account.SnapshotBalances())
            {
                _supply[asset] = _supply.GetValueOrDefault(asset) + free + locked;
            }
        }
    }

    /// <summary>Sets an account's free balance of an asset (test seam); the supply follows, so the invariant still holds.</summary>
    public void SetFreeBalance(Account account, string asset, decimal free)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(free);
        Run(() =>
        {
            AddAccount(account);
            var (oldFree, _) = account.Get(asset);
            account.Adjust(asset, free - oldFree, 0m);
            _supply[asset] = _supply.GetValueOrDefault(asset) + free - oldFree;
            Touch(account, asset);
            return true;
        });
    }

    public SymbolState? Find(string symbol) => _symbols.GetValueOrDefault(symbol);

    /// <summary>Commission collected per asset (goes to the exchange: the invariant counts it).</summary>
    public IReadOnlyDictionary<string, decimal> FeesCollected
    {
        get
        {
            lock (_sync)
            {
                return new Dictionary<string, decimal>(_fees, StringComparer.Ordinal);
            }
        }
    }

    /// <summary>
    /// Runs one operation atomically. The outermost call then drains deferred work (stop triggers, OTO
    /// activations), lets the market maker refill, and publishes the batch of events with one balance event per
    /// touched account at the end (stream order, docs/protocol.md §8.3).
    /// </summary>
    public T Run<T>(Func<T> operation)
    {
        lock (_sync)
        {
            _depth++;
            try
            {
                T result = operation();
                if (_depth == 1)
                {
                    DrainDeferred();
                    MarketMaker.RefillAll();
                    DrainDeferred();
                    Flush();
                }

                return result;
            }
            finally
            {
                _depth--;
                if (_depth == 0)
                {
                    _events.Clear();
                    _touched.Clear();
                    _deferred.Clear();
                }
            }
        }
    }

    private void DrainDeferred()
    {
        for (int round = 0; round < MaxDeferredRounds; round++)
        {
            bool worked = false;
            while (_deferred.TryDequeue(out Action? action))
            {
                action();
                worked = true;
            }

            foreach (SymbolState s in _symbols.Values)
            {
                if (s.StopsDirty)
                {
                    s.StopsDirty = false;
                    ProcessStops(s);
                    worked = true;
                }
            }

            if (!worked)
            {
                return;
            }
        }
    }

    private void Flush()
    {
        if (_touched.Count > 0)
        {
            long now = NowMs;
            foreach (var (account, assets) in _touched)
            {
                account.UpdateTime = now;
                var balances = new List<(string, decimal, decimal)>();
                foreach (string asset in assets)
                {
                    var (free, locked) = account.Get(asset);
                    balances.Add((asset, free, locked));
                }

                _events.Add(new BalanceEvent(account, now, balances));
            }
        }

        if (_events.Count > 0)
        {
            AssignExecutionIds();
            Sink?.Publish([.. _events]);
        }
    }

    private AccountState State(Account account)
    {
        if (!_accounts.TryGetValue(account, out AccountState? state))
        {
            AddAccount(account);
            state = _accounts[account];
        }

        return state;
    }

    private void Touch(Account account, string asset)
    {
        if (!_touched.TryGetValue(account, out SortedSet<string>? set))
        {
            set = new SortedSet<string>(StringComparer.Ordinal);
            _touched[account] = set;
        }

        set.Add(asset);
    }

    private void Emit(SpotOrder order, ExecutionType type, long now, string? origClientOrderId = null, string rejectReason = "NONE") =>
        _events.Add(new OrderUpdateEvent(order.Account, now, order.Clone(), type, rejectReason, origClientOrderId));

    private void EmitList(OrderList list, long now)
    {
        var legs = list.Orders.Select(o => o.Clone()).ToList();
        _events.Add(new ListStatusEvent(list.Account, now, list, legs, list.ListStatusType, list.ListOrderStatus));
    }

    // ---------------- balances ----------------

    private bool TryReserve(SpotOrder order, string asset, decimal amount)
    {
        order.ReserveAsset = asset;
        if (amount <= 0m)
        {
            return true;
        }

        if (order.Account.Get(asset).Free < amount)
        {
            return false;
        }

        order.Account.Adjust(asset, -amount, amount);
        order.Reserved += amount;
        Touch(order.Account, asset);
        return true;
    }

    private void Release(SpotOrder order, decimal amount)
    {
        if (amount <= 0m)
        {
            return;
        }

        order.Account.Adjust(order.ReserveAsset, amount, -amount);
        order.Reserved -= amount;
        Touch(order.Account, order.ReserveAsset);
    }

    private void ReleaseAll(SpotOrder order) => Release(order, order.Reserved);

    /// <summary>Pays <paramref name="amount"/> out of the order's reservation (the locked funds leave the account).</summary>
    private void Spend(SpotOrder order, string asset, decimal amount)
    {
        if (order.ReserveAsset != asset || order.Reserved < amount)
        {
            throw new InvalidOperationException(
                $"Order {order.Symbol}#{order.OrderId} spends {amount} {asset} but reserved {order.Reserved} {order.ReserveAsset}.");
        }

        order.Account.Adjust(asset, 0m, -amount);
        order.Reserved -= amount;
        Touch(order.Account, asset);
    }

    private void Credit(Account account, string asset, decimal amount)
    {
        account.Adjust(asset, amount, 0m);
        Touch(account, asset);
    }

    /// <summary>A limit order needs no more than price × remaining (BUY) or the remaining quantity (SELL) locked.</summary>
    private void TrimReserve(SpotOrder order)
    {
        if (order.IsMarketLike || order.SharesReserveWith is not null || order.List?.ContingencyType == ContingencyType.Oco && OcoPartnerOpen(order))
        {
            return;
        }

        decimal need = order.Side == Side.Buy ? order.Price * order.Remaining : order.Remaining;
        if (order.Reserved > need)
        {
            Release(order, order.Reserved - need);
        }
    }

    private static decimal Round8(decimal value) => Math.Round(value, 8, MidpointRounding.AwayFromZero);

    private static decimal FloorStep(decimal value, decimal step) => step > 0 ? Math.Floor(value / step) * step : value;

    internal string NewClientOrderId()
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        Span<char> id = stackalloc char[22];
        for (int i = 0; i < id.Length; i++)
        {
            id[i] = alphabet[_ids.Next(alphabet.Length)];
        }

        return new string(id);
    }
}
