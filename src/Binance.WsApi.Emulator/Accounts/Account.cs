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
