using Binance.WsApi.Emulator.Accounts;

namespace Binance.WsApi.Emulator.Matching;

internal sealed partial class SpotExchange
{
    /// <summary>Cancels every open order of the symbol (all accounts, stops and lists included) and stops the market maker there.</summary>
    public int ClearBook(string symbol) => Run(() =>
    {
        SymbolState s = _symbols[symbol];
        MarketMaker.SetEnabled(symbol, false);
        long now = NowMs;
        var open = s.Orders.Values.Where(o => o.IsOpen).ToList();
        foreach (SpotOrder order in open)
        {
            if (order.List is { } list)
            {
                if (!list.IsDone)
                {
                    CancelListCore(s, list, null, now);
                }
            }
            else
            {
                Finish(s, order, OrderStatus.Canceled, ExpiryReason.None, now, order.ClientOrderId);
            }
        }

        return open.Count;
    });

    /// <summary>Places a GTC LIMIT order for <paramref name="account"/> without rate limits or filters (test and market-maker liquidity).</summary>
    public SpotOrder PlaceLiquidity(Account account, string symbol, Side side, decimal price, decimal quantity) => Run(() => PlaceLiquidityCore(account, symbol, side, price, quantity));

    internal SpotOrder PlaceLiquidityCore(Account account, string symbol, Side side, decimal price, decimal quantity)
    {
        SymbolState s = _symbols[symbol];
        long now = NowMs;
        var request = new OrderRequest
        {
            Symbol = symbol, Side = side, Kind = OrderKind.Limit, TimeInForce = Tif.Gtc, Price = price, Quantity = quantity, Stp = StpMode.None,
        };
        var (asset, amount, _, _) = ComputeReserve(s, request);
        if (account.Get(asset).Free < amount)
        {
            throw new InvalidOperationException($"Account {account.Name} lacks {amount} {asset} for liquidity on {symbol}.");
        }

        SpotOrder order = CreateOrder(s, account, request, now);
        TryReserve(order, asset, amount);
        Start(s, order, now);
        return order.Clone();
    }

    /// <summary>Records a public trade between the market maker and itself (moves the last price, triggers stops; no balances move).</summary>
    public SpotTrade RecordTrade(string symbol, decimal price, decimal quantity, long? time = null, bool isBuyerMaker = false) =>
        Run(() => RecordTradeCore(_symbols[symbol], price, quantity, time ?? NowMs, isBuyerMaker));

    internal SpotTrade RecordTradeCore(SymbolState s, decimal price, decimal quantity, long time, bool isBuyerMaker)
    {
        var trade = new SpotTrade(s.Symbol.Symbol, s.NextTradeId++, price, quantity, price * quantity, time, isBuyerMaker, 0, 0);
        s.Trades.Add(trade);
        s.LastPrice = price;
        s.StopsDirty = true;
        return trade;
    }

    /// <summary>Sets the symbol's reference price (null = set but currently without a value); the time is now.</summary>
    public void SetReferencePrice(string symbol, decimal? price) => Run(() => _symbols[symbol].Reference = (price, NowMs));

    /// <summary>Forgets the symbol's reference price: referencePrice answers the "never set" shape again.</summary>
    public void ClearReferencePrice(string symbol) => Run(() => _symbols[symbol].Reference = null);

    /// <summary>
    /// Changes the symbol's trading status. Under the engine lock, so no placement sees half a change; orders already
    /// resting stay (Binance keeps the book through a halt), and the market maker stops refilling while not TRADING.
    /// </summary>
    public void SetSymbolStatus(string symbol, string status) => Run(() => _symbols[symbol].Symbol.Status = status);

    /// <summary>The reference price and when it was set; null when it was never set.</summary>
    public (decimal? Price, long Time)? ReferencePrice(string symbol) => Read(() => _symbols[symbol].Reference);

    /// <summary>
    /// "Nothing is ever created or lost": per asset, free + locked over all accounts plus commission collected equals
    /// the supply (seeded balances adjusted by <see cref="SetFreeBalance"/>); every open order's reservation is
    /// exactly what its account has locked; closed orders hold nothing; the book holds only open orders. Returns
    /// the violations (empty = consistent).
    /// </summary>
    public IReadOnlyList<string> CheckInvariants() => Read(() =>
    {
        var problems = new List<string>();
        var totals = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (account, state) in _accounts)
        {
            var lockedByOrders = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (SpotOrder order in state.Orders)
            {
                if (!order.IsOpen && order.Reserved != 0)
                {
                    problems.Add($"{account.Name}: closed order {order.Symbol}#{order.OrderId} ({order.Status}) still reserves {order.Reserved} {order.ReserveAsset}");
                }

                if (order.Reserved < 0)
                {
                    problems.Add($"{account.Name}: order {order.Symbol}#{order.OrderId} reserves a negative amount");
                }

                if (order.Reserved != 0)
                {
                    lockedByOrders[order.ReserveAsset] = lockedByOrders.GetValueOrDefault(order.ReserveAsset) + order.Reserved;
                }
            }

            foreach (var (asset, free, locked) in account.SnapshotBalances())
            {
                totals[asset] = totals.GetValueOrDefault(asset) + free + locked;
                if (free < 0 || locked < 0)
                {
                    problems.Add($"{account.Name}: negative {asset} balance");
                }

                if (locked != lockedByOrders.GetValueOrDefault(asset))
                {
                    problems.Add($"{account.Name}: {asset} locked {locked} but open orders reserve {lockedByOrders.GetValueOrDefault(asset)}");
                }
            }
        }

        foreach (string asset in _supply.Keys.Union(totals.Keys).Union(_fees.Keys))
        {
            decimal held = totals.GetValueOrDefault(asset) + _fees.GetValueOrDefault(asset);
            if (held != _supply.GetValueOrDefault(asset))
            {
                problems.Add($"{asset}: accounts + fees = {held}, supply = {_supply.GetValueOrDefault(asset)}");
            }
        }

        foreach (SymbolState s in _symbols.Values)
        {
            foreach (SpotOrder order in s.Book.AllOrders())
            {
                if (!order.IsOpen || order.Remaining <= 0 || order.VisibleRemaining <= 0 || order.VisibleRemaining > order.Remaining)
                {
                    problems.Add($"{s.Symbol.Symbol}: book holds order #{order.OrderId} ({order.Status}, remaining {order.Remaining}, visible {order.VisibleRemaining})");
                }
            }
        }

        return (IReadOnlyList<string>)problems;
    });
}
