using Binance.WsApi.Emulator.Accounts;

namespace Binance.WsApi.Emulator.Matching.Futures;

/// <summary>Read-only views for the account methods.</summary>
internal sealed partial class FuturesExchange
{
    /// <summary>Wallets and one position row per symbol of this market (flat ones included; handlers filter).</summary>
    public FuturesAccountView View(Account account) => Run(() =>
    {
        FuturesAccountState state = State(account);
        var positions = new List<FuturesPositionView>();
        foreach (FuturesSymbolState s in _symbols.Values)
        {
            FuturesPosition p = state.Positions.TryGetValue(s.Symbol.Symbol, out FuturesPosition? found) ? found : new FuturesPosition();
            decimal bid = 0m;
            decimal ask = 0m;
            bool hasOrders = false;
            foreach (FuturesOrder o in s.Bids.Concat(s.Asks).Concat(s.Conditionals).Where(o => o.Account == account))
            {
                hasOrders = true;
                if (o.Side == Side.Buy)
                {
                    bid += s.Value(o.Remaining, o.Price);
                }
                else
                {
                    ask += s.Value(o.Remaining, o.Price);
                }
            }

            decimal notional = Math.Sign(p.Amount) * s.Value(Math.Abs(p.Amount), s.MarkPrice);
            positions.Add(new FuturesPositionView(
                s, p.Amount, EntryPrice(s, p), s.MarkPrice, Unrealized(s, p), notional, state.LeverageOf(s.Symbol.Symbol),
                PositionInitialMargin(state, s, p), OpenOrderInitialMargin(state, account, s), Math.Abs(notional) * MaintenanceRate,
                bid, ask, hasOrders, p.UpdateTime));
        }

        var assets = state.Wallets.Select(kv =>
        {
            var rows = positions.Where(p => p.Symbol.Symbol.MarginAsset == kv.Key).ToList();
            return new FuturesAssetView(
                kv.Key, kv.Value, rows.Sum(r => r.Unrealized), rows.Sum(r => r.PositionInitialMargin), rows.Sum(r => r.OpenOrderInitialMargin),
                rows.Sum(r => r.MaintMargin), Available(state, kv.Key), state.UpdateTime);
        }).ToList();
        return new FuturesAccountView(assets, positions, state.UpdateTime);
    });

    /// <summary>Copies of the account's open orders on this market (book and untriggered conditional), by symbol then id.</summary>
    public IReadOnlyList<FuturesOrder> OpenOrders(Account account) => Run(() =>
        (IReadOnlyList<FuturesOrder>)[.. _symbols.Values
            .SelectMany(s => s.Bids.Concat(s.Asks).Concat(s.Conditionals))
            .Where(o => o.Account == account)
            .OrderBy(o => o.Symbol, StringComparer.Ordinal).ThenBy(o => o.OrderId)
            .Select(o => o.Clone())]);
}
