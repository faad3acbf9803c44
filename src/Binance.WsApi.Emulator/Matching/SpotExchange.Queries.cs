using Binance.WsApi.Emulator.Accounts;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Matching;

internal sealed partial class SpotExchange
{
    /// <summary>order.status: -2013 when unknown, -2039 when both ids are given and do not belong together.</summary>
    public Outcome<SpotOrder> GetOrder(Account account, string symbol, long? orderId, string? clientOrderId) => Read<Outcome<SpotOrder>>(() =>
    {
        SpotOrder? order = FindOrder(account, _symbols[symbol], orderId, clientOrderId, out bool mismatch);
        if (order is null)
        {
            return EngineErrors.NoSuchOrder();
        }

        return mismatch ? EngineErrors.ClientIdMismatch() : order.Clone();
    });

    public IReadOnlyList<SpotOrder> OpenOrders(Account account, string? symbol) => Read(() =>
        (IReadOnlyList<SpotOrder>)State(account).OpenOrders().Where(o => symbol is null || o.Symbol == symbol).Select(o => o.Clone()).ToList());

    /// <summary>allOrders: from <paramref name="fromOrderId"/> (inclusive) or within the time range, oldest first, at most <paramref name="limit"/>.</summary>
    public IReadOnlyList<SpotOrder> AllOrders(Account account, string symbol, long? fromOrderId, long? startTime, long? endTime, int limit) => Read(() =>
    {
        IEnumerable<SpotOrder> q = State(account).Orders.Where(o => o.Symbol == symbol);
        q = fromOrderId is { } id ? q.Where(o => o.OrderId >= id)
            : q.Where(o => (startTime is null || o.Time >= startTime) && (endTime is null || o.Time <= endTime));
        var list = q.OrderBy(o => o.OrderId).ToList();
        if (fromOrderId is null && startTime is null && endTime is null && list.Count > limit)
        {
            list = list.Skip(list.Count - limit).ToList(); // most recent orders, like Binance
        }

        return (IReadOnlyList<SpotOrder>)list.Take(limit).Select(o => o.Clone()).ToList();
    });

    public Outcome<ListOutcome> GetList(Account account, long? orderListId, string? listClientOrderId) => Read<Outcome<ListOutcome>>(() =>
    {
        OrderList? list = FindList(account, orderListId, listClientOrderId);
        return list is null ? new ApiError(400, -2013, "Order list does not exist.") : ListSnapshot(list, list.TransactionTime);
    });

    public IReadOnlyList<ListOutcome> OpenLists(Account account) => Read(() =>
        (IReadOnlyList<ListOutcome>)State(account).Lists.Where(l => !l.IsDone).Select(l => ListSnapshot(l, l.TransactionTime)).ToList());

    public IReadOnlyList<ListOutcome> AllLists(Account account, long? fromId, long? startTime, long? endTime, int limit) => Read(() =>
    {
        IEnumerable<OrderList> q = State(account).Lists;
        q = fromId is { } id ? q.Where(l => l.OrderListId >= id)
            : q.Where(l => (startTime is null || l.TransactionTime >= startTime) && (endTime is null || l.TransactionTime <= endTime));
        return (IReadOnlyList<ListOutcome>)Page(q, fromId is null && startTime is null && endTime is null, limit).Select(l => ListSnapshot(l, l.TransactionTime)).ToList();
    });

    public IReadOnlyList<AccountTrade> MyTrades(Account account, string symbol, long? orderId, long? startTime, long? endTime, long? fromId, int limit) => Read(() =>
    {
        IEnumerable<AccountTrade> q = State(account).Trades.Where(t => t.Symbol == symbol);
        if (orderId is { } oid)
        {
            q = q.Where(t => t.OrderId == oid);
        }

        q = fromId is { } id ? q.Where(t => t.Id >= id)
            : q.Where(t => (startTime is null || t.Time >= startTime) && (endTime is null || t.Time <= endTime));
        return (IReadOnlyList<AccountTrade>)Page(q, fromId is null && startTime is null && endTime is null, limit).ToList();
    });

    public IReadOnlyList<PreventedMatch> PreventedMatches(Account account, string symbol, long? preventedMatchId, long? orderId, long? fromPreventedMatchId, int limit) =>
        Read(() => (IReadOnlyList<PreventedMatch>)State(account).PreventedMatches
            .Where(p => p.Symbol == symbol
                && (preventedMatchId is null || p.PreventedMatchId == preventedMatchId)
                && (orderId is null || p.TakerOrderId == orderId || p.MakerOrderId == orderId)
                && (fromPreventedMatchId is null || p.PreventedMatchId >= fromPreventedMatchId))
            .Take(limit).ToList());

    public IReadOnlyList<Allocation> Allocations(Account account, string symbol, long? orderId, long? startTime, long? endTime, long? fromAllocationId, int limit) =>
        Read(() => (IReadOnlyList<Allocation>)State(account).Allocations
            .Where(a => a.Symbol == symbol
                && (orderId is null || a.OrderId == orderId)
                && (fromAllocationId is null || a.AllocationId >= fromAllocationId)
                && (startTime is null || a.Time >= startTime)
                && (endTime is null || a.Time <= endTime))
            .Take(limit).ToList());

    public IReadOnlyList<Amendment> Amendments(Account account, string symbol, long orderId, long? fromExecutionId, int limit) =>
        Read(() => (IReadOnlyList<Amendment>)State(account).Amendments
            .Where(a => a.Symbol == symbol && a.OrderId == orderId && (fromExecutionId is null || a.ExecutionId >= fromExecutionId))
            .Take(limit).ToList());

    // ---------------- market data ----------------

    public (long UpdateId, IReadOnlyList<(decimal Price, decimal Qty)> Bids, IReadOnlyList<(decimal Price, decimal Qty)> Asks) Depth(string symbol, int limit) =>
        Read(() =>
        {
            OrderBook book = _symbols[symbol].Book;
            return (book.UpdateId, book.Depth(Side.Buy, limit), book.Depth(Side.Sell, limit));
        });

    /// <summary>All public trades of a symbol, oldest first (a copy; trades are immutable).</summary>
    public IReadOnlyList<SpotTrade> Trades(string symbol) => Read(() => (IReadOnlyList<SpotTrade>)[.. _symbols[symbol].Trades]);

    public decimal? LastPrice(string symbol) => Read(() => _symbols[symbol].LastPrice);

    public ((decimal Price, decimal Qty)? Bid, (decimal Price, decimal Qty)? Ask) BookTicker(string symbol) => Read(() =>
    {
        OrderBook book = _symbols[symbol].Book;
        var bids = book.Depth(Side.Buy, 1);
        var asks = book.Depth(Side.Sell, 1);
        return (bids.Count > 0 ? bids[0] : ((decimal, decimal)?)null, asks.Count > 0 ? asks[0] : ((decimal, decimal)?)null);
    });

    /// <summary>Volume-weighted price of the last <paramref name="minutes"/> minutes; the last price when that window has no trades; null without any trade.</summary>
    public decimal? AveragePrice(string symbol, int minutes) => Read(() => AveragePriceCore(_symbols[symbol], minutes, NowMs));

    private static decimal? AveragePriceCore(SymbolState s, int minutes, long now)
    {
        long from = now - (minutes * 60_000L);
        decimal qty = 0m;
        decimal quote = 0m;
        for (int i = s.Trades.Count - 1; i >= 0 && s.Trades[i].Time > from; i--)
        {
            qty += s.Trades[i].Qty;
            quote += s.Trades[i].QuoteQty;
        }

        return qty > 0 ? quote / qty : s.LastPrice;
    }

    /// <summary>The first <paramref name="limit"/> items, or the most recent ones when the query names no starting point (as Binance).</summary>
    private static IEnumerable<T> Page<T>(IEnumerable<T> items, bool mostRecent, int limit)
    {
        if (!mostRecent)
        {
            return items.Take(limit);
        }

        var all = items.ToList();
        return all.Skip(Math.Max(0, all.Count - limit));
    }

    private T Read<T>(Func<T> read)
    {
        lock (_sync)
        {
            return read();
        }
    }
}
