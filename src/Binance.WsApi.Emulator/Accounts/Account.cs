namespace Binance.WsApi.Emulator.Accounts;

/// <summary>
/// One trading account: balances, commission rates, identity. Keys point to it; several keys of different types
/// may share one account. Mutations of balances happen under <see cref="SyncRoot"/>.
/// </summary>
internal sealed class Account(string name, long uid, decimal makerCommission, decimal takerCommission, long updateTime)
{
    private readonly SortedDictionary<string, AssetBalance> _balances = new(StringComparer.Ordinal);

    public object SyncRoot { get; } = new();

    public string Name { get; } = name;

    public long Uid { get; } = uid;

    /// <summary>Maker commission as a rate (0.001 = 0.1 %).</summary>
    public decimal MakerCommission { get; } = makerCommission;

    /// <summary>Taker commission as a rate.</summary>
    public decimal TakerCommission { get; } = takerCommission;

    /// <summary>Last account update, ms since the epoch.</summary>
    public long UpdateTime { get; set; } = updateTime;

    public void SetBalance(string asset, decimal free, decimal locked = 0m)
    {
        lock (SyncRoot)
        {
            _balances[asset] = new AssetBalance(free, locked);
        }
    }

    /// <summary>Free and locked of one asset (zero when the account never held it).</summary>
    public (decimal Free, decimal Locked) Get(string asset)
    {
        lock (SyncRoot)
        {
            return _balances.TryGetValue(asset, out AssetBalance? b) ? (b.Free, b.Locked) : (0m, 0m);
        }
    }

    /// <summary>
    /// Moves funds: adds the deltas to free and locked. The matching engine is the only caller and checks
    /// availability first; a negative result is a bug, so it throws instead of silently going below zero.
    /// </summary>
    public void Adjust(string asset, decimal freeDelta, decimal lockedDelta)
    {
        lock (SyncRoot)
        {
            if (!_balances.TryGetValue(asset, out AssetBalance? b))
            {
                b = new AssetBalance(0m);
                _balances[asset] = b;
            }

            decimal free = b.Free + freeDelta;
            decimal locked = b.Locked + lockedDelta;
            if (free < 0m || locked < 0m)
            {
                throw new InvalidOperationException($"Balance of {asset} in account {Name} would become negative (free {free}, locked {locked}).");
            }

            b.Free = free;
            b.Locked = locked;
        }
    }

    /// <summary>Copy of the balances, ordered by asset name, taken under the lock.</summary>
    public IReadOnlyList<(string Asset, decimal Free, decimal Locked)> SnapshotBalances()
    {
        lock (SyncRoot)
        {
            var list = new List<(string, decimal, decimal)>(_balances.Count);
            foreach (var (asset, balance) in _balances)
            {
                list.Add((asset, balance.Free, balance.Locked));
            }

            return list;
        }
    }
}
