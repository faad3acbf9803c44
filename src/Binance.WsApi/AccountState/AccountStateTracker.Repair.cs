using Binance.WsApi.AccountState;
using Binance.WsApi.Connection;
using Binance.WsApi.UserData;

namespace Binance.WsApi;

// The reads: the start snapshot (what is history) and the repair of a gap (what the stream missed).
public sealed partial class AccountStateTracker
{
    /// <summary>
    /// At the start: balances, the open orders (state, not transitions), and per symbol the newest order and trade ids,
    /// below which everything is history.
    /// </summary>
    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<SpotOrder> open = (await _client.GetSpotOpenOrdersAsync(new SpotOpenOrdersRequest(), Endpoint, cancellationToken)
            .ConfigureAwait(false)).Result;
        var symbols = new SortedSet<string>(_options.Symbols, StringComparer.Ordinal);
        symbols.UnionWith(open.Select(o => o.Symbol));
        foreach (string symbol in symbols)
        {
            IReadOnlyList<SpotOrder> latestOrder = (await _client.GetSpotAllOrdersAsync(new SpotAllOrdersRequest(symbol) { Limit = 1 }, Endpoint,
                cancellationToken).ConfigureAwait(false)).Result;
            IReadOnlyList<SpotAccountTrade> latestTrade = (await _client.GetSpotMyTradesAsync(new SpotMyTradesRequest(symbol) { Limit = 1 }, Endpoint,
                cancellationToken).ConfigureAwait(false)).Result;
            lock (_lock)
            {
                SpotAccountBook.SymbolCursor cursor = _book.Cursor(symbol);
                cursor.OrderFloor = cursor.MaxOrderId = latestOrder.Count > 0 ? latestOrder[^1].OrderId : 0;
                cursor.TradeFloor = cursor.MaxTradeId = latestTrade.Count > 0 ? latestTrade[^1].Id : 0;
                foreach (SpotOrder order in open.Where(o => o.Symbol == symbol))
                {
                    _book.SeedOpen(order, cursor.TradeFloor);
                }
            }
        }

        await RefreshBalancesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Repairs a gap, retrying (through the client's reconnect backoff) until it succeeds or the tracker ends.</summary>
    private Task RepairAsync(CancellationToken lifetime) =>
        _feed.RepairAsync(nameof(AccountStateTracker), Endpoint, _hub, _retry, _time, RepairOnceAsync, e => Reconciled?.Invoke(this, e), lifetime);

    /// <summary>
    /// One repair: per symbol, the orders from the oldest open one (or the newest seen) on and the trades from the newest
    /// seen on, then the missed transitions; then the balances. A failure part-way loses nothing: what was recorded is
    /// remembered, and the next attempt reads again from the (moved) cursors.
    /// </summary>
    private async Task<(int Synthesized, int Symbols)> RepairOnceAsync(CancellationToken cancellationToken)
    {
        string[] symbols;
        lock (_lock)
        {
            symbols = _options.Symbols.Concat(_book.Symbols).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        }

        int synthesized = 0;
        foreach (string symbol in symbols)
        {
            long fromOrder;
            long fromTrade;
            lock (_lock)
            {
                SpotAccountBook.SymbolCursor cursor = _book.Cursor(symbol);
                long oldestOpen = _book.OpenOrders.Where(o => o.Symbol == symbol).Select(o => o.OrderId).DefaultIfEmpty(long.MaxValue).Min();
                fromOrder = Math.Max(1, Math.Min(oldestOpen, Math.Max(cursor.MaxOrderId, cursor.OrderFloor) + 1));
                // Inclusive: a self-trade reports one trade id on two orders, and the gap may have split them.
                fromTrade = Math.Max(1, Math.Max(cursor.MaxTradeId, cursor.TradeFloor));
            }

            List<SpotOrder> orders = await ReadOrdersAsync(symbol, fromOrder, cancellationToken).ConfigureAwait(false);
            List<SpotAccountTrade> trades = await ReadTradesAsync(symbol, fromTrade, cancellationToken).ConfigureAwait(false);
            List<OrderTransition> missed;
            lock (_lock)
            {
                missed = SpotTransitions.Missed(_book, symbol, orders, trades);
            }

            foreach (OrderTransition t in missed)
            {
                Record(t);
                synthesized++;
            }
        }

        await RefreshBalancesAsync(cancellationToken).ConfigureAwait(false);
        return (synthesized, symbols.Length);
    }

    private async Task<List<SpotOrder>> ReadOrdersAsync(string symbol, long fromOrderId, CancellationToken cancellationToken)
    {
        var all = new List<SpotOrder>();
        while (true)
        {
            IReadOnlyList<SpotOrder> page = (await _client.GetSpotAllOrdersAsync(new SpotAllOrdersRequest(symbol) { OrderId = fromOrderId, Limit = PageSize },
                Endpoint, cancellationToken).ConfigureAwait(false)).Result;
            all.AddRange(page);
            if (page.Count < PageSize)
            {
                return all;
            }

            fromOrderId = page.Max(o => o.OrderId) + 1;
        }
    }

    private async Task<List<SpotAccountTrade>> ReadTradesAsync(string symbol, long fromId, CancellationToken cancellationToken)
    {
        var all = new List<SpotAccountTrade>();
        while (true)
        {
            IReadOnlyList<SpotAccountTrade> page = (await _client.GetSpotMyTradesAsync(new SpotMyTradesRequest(symbol) { FromId = fromId, Limit = PageSize },
                Endpoint, cancellationToken).ConfigureAwait(false)).Result;
            all.AddRange(page);
            if (page.Count < PageSize)
            {
                return all;
            }

            // A self-trade's two rows share an id; the next page starts at the last id again and duplicates are dropped.
            long last = page.Max(t => t.Id);
            fromId = last == fromId ? last + 1 : last;
            all.RemoveAll(t => t.Id == last);
        }
    }

    private async Task RefreshBalancesAsync(CancellationToken cancellationToken)
    {
        SpotAccountInformation account = (await _client.GetSpotAccountInformationAsync(new SpotAccountInformationRequest { OmitZeroBalances = false },
            Endpoint, cancellationToken).ConfigureAwait(false)).Result;
        // Every event handed over so far arrived on the socket before this answer, so the snapshot already has it.
        long sequence = _inbox.Queue.Sequence;
        lock (_lock)
        {
            _book.ReplaceBalances(account.Balances, account.UpdateTime, sequence);
        }
    }

    /// <summary>The tracker's tap on the user data layer: its events and gaps, into the tracker's inbox.</summary>
    private sealed class Inbox(AccountStateTracker tracker) : IUserDataTap
    {
        public TrackerInbox Queue { get; } = new();

        public void OnEvent(UserDataEvent userDataEvent)
        {
            if (userDataEvent.Endpoint == tracker.Endpoint)
            {
                Queue.PostEvent(userDataEvent);
            }
        }

        public void OnGap(WsApiEndpoint endpoint) => Queue.PostGap(endpoint);

        public void OnResubscribed(UserDataStreamResubscribedEventArgs args) => Queue.PostResubscribed(args);
    }
}
