using Binance.WsApi.Emulator.Accounts;

namespace Binance.WsApi.Emulator.Matching.Futures;

/// <summary>
/// The event record of each operation (for the user data stream). Recording only observes: it never changes what
/// the engine does. Events are collected during the outermost <see cref="Run{T}"/> and published at its end, still
/// under the lock, so the sink sees every operation's events whole and in order.
/// </summary>
internal sealed partial class FuturesExchange
{
    private readonly List<FuturesEvent> _events = [];
    private readonly List<(Account Account, FuturesSymbolState Symbol)> _touched = [];
    private readonly Dictionary<(Account, string), decimal> _realizedTotals = [];
    private long _nextTradeId = 1;

    /// <summary>Where the events go (the user data stream hub); null records nothing.</summary>
    public IFuturesEventSink? Sink { get; set; }

    private bool Followed(Account account) => Sink is { } sink && sink.IsFollowed(Market, account);

    private void RecordOrder(FuturesSymbolState s, FuturesOrder order, string executionType, FuturesFillInfo? fill = null)
    {
        if (Followed(order.Account))
        {
            _events.Add(new FuturesOrderEvent(s, order.Clone(), executionType, fill, NowMs));
        }
    }

    /// <summary>A fill of one side: the TRADE record, and the account joins this operation's ACCOUNT_UPDATE.</summary>
    private void RecordFill(FuturesSymbolState s, FuturesOrder order, decimal qty, decimal price, long tradeId, bool maker, decimal fee, decimal realized)
    {
        // Accumulated realized PnL per position, as Binance's "cr" (the engine itself only needs the wallet).
        var key = (order.Account, s.Symbol.Symbol);
        _realizedTotals[key] = _realizedTotals.GetValueOrDefault(key) + realized;
        if (!Followed(order.Account))
        {
            return;
        }

        RecordOrder(s, order, "TRADE", new FuturesFillInfo(qty, price, tradeId, maker, fee, s.Symbol.MarginAsset, realized));
        if (!_touched.Contains((order.Account, s)))
        {
            _touched.Add((order.Account, s));
        }
    }

    /// <summary>End of the outermost operation: one ACCOUNT_UPDATE per touched account, then everything to the sink.</summary>
    private void FlushEvents()
    {
        RecordAlgoUpdates();
        if (Sink is not { } sink || (_events.Count == 0 && _touched.Count == 0))
        {
            _events.Clear();
            _touched.Clear();
            return;
        }

        long now = NowMs;
        foreach (Account account in _touched.Select(t => t.Account).Distinct().ToList())
        {
            FuturesAccountState state = State(account);
            var symbols = _touched.Where(t => t.Account == account).Select(t => t.Symbol).ToList();
            var balances = symbols.Select(s => s.Symbol.MarginAsset).Distinct()
                .Select(asset => new FuturesBalanceSnapshot(asset, state.Wallets.GetValueOrDefault(asset), 0m)).ToList();
            var positions = symbols.Select(s =>
            {
                FuturesPosition p = state.Position(s.Symbol.Symbol);
                return new FuturesPositionSnapshot(s, p.Amount, EntryPrice(s, p), _realizedTotals.GetValueOrDefault((account, s.Symbol.Symbol)), Unrealized(s, p));
            }).ToList();
            _events.Add(new FuturesAccountUpdateEvent(account, now, balances, positions));
        }

        var batch = _events.ToList();
        _events.Clear();
        _touched.Clear();
        sink.Publish(Market, batch);
    }
}
