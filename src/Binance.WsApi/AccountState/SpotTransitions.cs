namespace Binance.WsApi.AccountState;

/// <summary>
/// Spot transitions: the stream's <c>executionReport</c> mapped to an <see cref="OrderTransition"/>, and the missed
/// transitions of a gap rebuilt from <c>allOrders</c> and <c>myTrades</c>.
/// </summary>
internal static class SpotTransitions
{
    public static OrderTransition FromReport(ExecutionReportEvent r) => new()
    {
        Source = TransitionSource.Stream,
        Symbol = r.Symbol,
        OrderId = r.OrderId,
        // A cancel report carries the cancel request's id in c and the order's own in C.
        ClientOrderId = r.ExecutionType == "CANCELED" && !string.IsNullOrEmpty(r.OriginalClientOrderId) ? r.OriginalClientOrderId : r.ClientOrderId,
        OrderListId = r.OrderListId,
        Side = r.Side,
        OrderType = r.OrderType,
        Price = r.Price,
        Quantity = r.Quantity,
        ExecutionType = r.ExecutionType,
        Status = r.OrderStatus,
        CumulativeFilledQuantity = r.CumulativeFilledQuantity,
        CumulativeQuoteQuantity = r.CumulativeQuoteQuantity,
        LastFilledQuantity = r.LastExecutedQuantity,
        LastFilledPrice = r.LastExecutedPrice,
        Commission = r.Commission,
        CommissionAsset = r.CommissionAsset,
        // Non-trade transitions other than NEW and the end are told apart by their execution id.
        TradeId = r.ExecutionType == "TRADE" || r.ExecutionType == "NEW" || SpotAccountBook.IsTerminal(r.OrderStatus) ? r.TradeId : r.ExecutionId,
        Time = r.TransactionTime,
        Report = r,
    };

    /// <summary>
    /// What the stream missed on one symbol, in the order it happened: for each order the exchange reports that is
    /// tracked or newer than the history floor, its <c>NEW</c> if unseen, each unseen trade, and its end if it ended and
    /// that was unseen. Orders interleave by time; within an order the sequence is kept.
    /// </summary>
    public static List<OrderTransition> Missed(SpotAccountBook book, string symbol, IReadOnlyList<SpotOrder> orders, IReadOnlyList<SpotAccountTrade> trades)
    {
        SpotAccountBook.SymbolCursor cursor = book.Cursor(symbol);
        ILookup<long, SpotAccountTrade> tradesByOrder = trades.Where(t => t.Id > cursor.TradeFloor).ToLookup(t => t.OrderId);
        var missed = new List<(long Time, long Sequence, OrderTransition Transition)>();
        long sequence = 0;
        foreach (SpotOrder order in orders.OrderBy(o => o.OrderId))
        {
            SpotAccountBook.OrderEntry? entry = book.Find(symbol, order.OrderId);
            if (entry is null && order.OrderId <= cursor.OrderFloor)
            {
                continue;
            }

            var template = new OrderTransition
            {
                Source = TransitionSource.Reconciled,
                Symbol = symbol,
                OrderId = order.OrderId,
                ClientOrderId = order.ClientOrderId,
                OrderListId = order.OrderListId,
                Side = order.Side,
                OrderType = order.Type,
                Price = order.Price,
                Quantity = order.OrigQty,
            };
            long time = order.Time;
            decimal filled = entry?.Filled ?? 0m;
            decimal quote = entry?.Quote ?? 0m;
            void Add(OrderTransition t, long at)
            {
                time = Math.Max(time, at);
                missed.Add((time, sequence++, t with { Time = time }));
            }

            if (entry is null || !entry.SeenNew)
            {
                Add(template with { ExecutionType = "NEW", Status = OrderStatus.New, CumulativeFilledQuantity = filled, CumulativeQuoteQuantity = quote }, order.Time);
            }

            SpotAccountTrade[] unseen = tradesByOrder[order.OrderId].Where(t => entry is null || !entry.HasTrade(t.Id)).OrderBy(t => t.Id).ToArray();
            for (int i = 0; i < unseen.Length; i++)
            {
                SpotAccountTrade trade = unseen[i];
                filled += trade.Qty;
                quote += trade.QuoteQty;
                bool last = i == unseen.Length - 1 && order.Status == OrderStatus.Filled;
                Add(template with
                {
                    ExecutionType = "TRADE",
                    Status = last || filled >= order.OrigQty ? OrderStatus.Filled : OrderStatus.PartiallyFilled,
                    CumulativeFilledQuantity = filled,
                    CumulativeQuoteQuantity = quote,
                    LastFilledQuantity = trade.Qty,
                    LastFilledPrice = trade.Price,
                    Commission = trade.Commission,
                    CommissionAsset = trade.CommissionAsset,
                    TradeId = trade.Id,
                }, trade.Time);
            }

            if (SpotAccountBook.IsTerminal(order.Status) && (entry is null || !entry.SeenEnd))
            {
                Add(template with
                {
                    ExecutionType = EndExecutionType(order.Status),
                    Status = order.Status,
                    CumulativeFilledQuantity = filled,
                    CumulativeQuoteQuantity = quote,
                }, order.UpdateTime);
            }
        }

        return missed.OrderBy(m => m.Time).ThenBy(m => m.Sequence).Select(m => m.Transition).ToList();
    }

    private static string EndExecutionType(OrderStatus status) =>
        status == OrderStatus.Canceled ? "CANCELED"
        : status == OrderStatus.Rejected ? "REJECTED"
        : status == OrderStatus.ExpiredInMatch ? "TRADE_PREVENTION"
        : "EXPIRED";
}
