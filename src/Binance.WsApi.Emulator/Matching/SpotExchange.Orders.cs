using Binance.WsApi.Emulator.Accounts;
using Binance.WsApi.Emulator.Market;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Matching;

internal sealed partial class SpotExchange
{
    /// <summary>order.cancel: a single order, or (for a leg) the whole list.</summary>
    public Outcome<CancelOutcome> Cancel(
        Account account, string symbol, long? orderId, string? origClientOrderId, string? newClientOrderId, CancelRestrictions? restrictions) =>
        Run(() => CancelCore(account, symbol, orderId, origClientOrderId, newClientOrderId, restrictions));

    internal Outcome<CancelOutcome> CancelCore(
        Account account, string symbol, long? orderId, string? origClientOrderId, string? newClientOrderId, CancelRestrictions? restrictions)
    {
        SymbolState s = _symbols[symbol];
        long now = NowMs;
        SpotOrder? order = FindOrder(account, s, orderId, origClientOrderId, out bool mismatch);
        if (order is null || mismatch || !order.IsOpen)
        {
            return EngineErrors.UnknownOrderCancel();
        }

        if ((restrictions == CancelRestrictions.OnlyNew && order.Status != OrderStatus.New)
            || (restrictions == CancelRestrictions.OnlyPartiallyFilled && order.Status != OrderStatus.PartiallyFilled))
        {
            return EngineErrors.CancelRestricted();
        }

        if (order.List is { } list)
        {
            return new CancelOutcome(null, null, CancelListCore(s, list, null, now), now);
        }

        string orig = order.ClientOrderId;
        Finish(s, order, OrderStatus.Canceled, ExpiryReason.None, now, orig);
        SpotOrder report = order.Clone();
        report.ClientOrderId = newClientOrderId ?? NewClientOrderId();
        SetCancelReportClientOrderId(order, report.ClientOrderId);
        return new CancelOutcome(report, orig, null, now);
    }

    /// <summary>orderList.cancel.</summary>
    public Outcome<ListOutcome> CancelList(Account account, string symbol, long? orderListId, string? listClientOrderId, string? newClientOrderId) =>
        Run<Outcome<ListOutcome>>(() =>
        {
            SymbolState s = _symbols[symbol];
            OrderList? list = FindList(account, orderListId, listClientOrderId);
            if (list is null || list.Symbol != symbol || list.IsDone)
            {
                return new ApiError(400, -2011, "Order list does not exist.");
            }

            return CancelListCore(s, list, newClientOrderId, NowMs);
        });

    private ListOutcome CancelListCore(SymbolState s, OrderList list, string? newClientOrderId, long now)
    {
        string cancelId = newClientOrderId ?? NewClientOrderId();
        var origIds = list.Orders.Select(o => (string?)o.ClientOrderId).ToList();
        foreach (SpotOrder leg in list.Orders)
        {
            Finish(s, leg, OrderStatus.Canceled, ExpiryReason.None, now, leg.ClientOrderId);
            SetCancelReportClientOrderId(leg, cancelId);
        }

        UpdateListStatus(list, now);
        var reports = list.Orders.Select(o =>
        {
            SpotOrder clone = o.Clone();
            clone.ClientOrderId = cancelId;
            return clone;
        }).ToList();
        return new ListOutcome(CloneList(list), reports, list.Orders.Select(_ => (IReadOnlyList<Fill>)[]).ToList(), now, origIds);
    }

    /// <summary>openOrders.cancelAll: single orders first, then lists (as the docs' example); -2011 when there is nothing to cancel.</summary>
    public Outcome<IReadOnlyList<CancelOutcome>> CancelAll(Account account, string symbol) => Run<Outcome<IReadOnlyList<CancelOutcome>>>(() =>
    {
        SymbolState s = _symbols[symbol];
        long now = NowMs;
        var open = State(account).OpenOrders().Where(o => o.Symbol == symbol).ToList();
        if (open.Count == 0)
        {
            return EngineErrors.UnknownOrderCancel();
        }

        var results = new List<CancelOutcome>();
        foreach (SpotOrder order in open.Where(o => o.List is null))
        {
            string orig = order.ClientOrderId;
            Finish(s, order, OrderStatus.Canceled, ExpiryReason.None, now, orig);
            SpotOrder report = order.Clone();
            report.ClientOrderId = NewClientOrderId();
            results.Add(new CancelOutcome(report, orig, null, now));
        }

        foreach (OrderList list in open.Where(o => o.List is not null).Select(o => o.List!).Distinct().ToList())
        {
            results.Add(new CancelOutcome(null, null, CancelListCore(s, list, null, now), now));
        }

        return results;
    });

    /// <summary>order.amend.keepPriority (docs/protocol.md §8.8): reduce the quantity, keep the queue position.</summary>
    public Outcome<AmendOutcome> Amend(Account account, string symbol, long? orderId, string? origClientOrderId, decimal newQty, string? newClientOrderId) =>
        Run<Outcome<AmendOutcome>>(() =>
        {
            SymbolState s = _symbols[symbol];
            long now = NowMs;
            if (!s.Symbol.AmendAllowed)
            {
                return EngineErrors.AmendRejected("Order amend is not supported for this symbol.");
            }

            SpotOrder? order = FindOrder(account, s, orderId, origClientOrderId, out bool mismatch);
            if (order is null || mismatch || !order.IsOpen)
            {
                return EngineErrors.AmendRejected("Unknown order sent.");
            }

            if (order.QuantityFromProceeds && order.Status == OrderStatus.PendingNew)
            {
                return EngineErrors.AmendRejected("Order amend (pending OPO order) is not supported.");
            }

            if (newQty > order.OrigQty)
            {
                return EngineErrors.AmendRejected("Order amend (quantity increase) is not supported.");
            }

            if (newQty == order.OrigQty)
            {
                return EngineErrors.AmendRejected("The requested action would change no state; rejecting");
            }

            int maxAmends = s.Symbol.Filters.OfType<CountFilter>().FirstOrDefault(f => f.FilterType == "MAX_NUM_ORDER_AMENDS")?.Limit ?? int.MaxValue;
            if (order.AmendCount >= maxAmends)
            {
                return EngineErrors.AmendRejected("Filter failure: MAX_NUM_ORDER_AMENDS");
            }

            if (s.Symbol.Filter<LotSizeFilter>() is { } lot && newQty > order.ExecutedQty && !FilterValidator.QuantityOk(lot, newQty))
            {
                return FilterValidator.Failure("LOT_SIZE");
            }

            var legs = order.OcoPartner is { IsOpen: true } partner ? new[] { order, partner } : [order];
            string orig = order.ClientOrderId;
            long executionId = s.NextExecutionId++;
            foreach (SpotOrder leg in legs)
            {
                string legOrig = leg.ClientOrderId;
                string legNew = leg == order ? newClientOrderId ?? NewClientOrderId() : leg.ClientOrderId;
                decimal oldQty = leg.OrigQty;
                leg.OrigQty = newQty;
                leg.ClientOrderId = legNew;
                leg.AmendCount++;
                leg.UpdateTime = now;
                State(account).Amendments.Add(new Amendment(symbol, leg.OrderId, executionId, legOrig, legNew, oldQty, newQty, now));
                if (leg.Remaining <= 0)
                {
                    // Amended down to (or below) what already executed: nothing is left to trade.
                    Finish(s, leg, leg.ExecutedQty > 0 && leg.Remaining == 0 ? OrderStatus.Filled : OrderStatus.Expired, ExpiryReason.None, now);
                    continue;
                }

                leg.VisibleRemaining = Math.Min(leg.VisibleRemaining, leg.Remaining);
                s.Book.Touch();
                TrimReserve(leg);
                _events.Add(new OrderUpdateEvent(account, now, leg.Clone(), ExecutionType.Replaced, "NONE", legOrig, ExecutionId: executionId));
            }

            ListOutcome? listOutcome = order.List is { } list ? ListSnapshot(list, now) : null;
            if (order.List is { } l)
            {
                l.ListStatusType = l.IsDone ? ListStatusType.AllDone : ListStatusType.Updated;
                EmitList(l, now);
            }

            return new AmendOutcome(order.Clone(), orig, executionId, now, listOutcome);
        });

    internal SpotOrder? FindOrder(Account account, SymbolState s, long? orderId, string? clientOrderId, out bool mismatch)
    {
        mismatch = false;
        if (orderId is { } id)
        {
            if (!s.Orders.TryGetValue(id, out SpotOrder? byId) || byId.Account != account)
            {
                return null;
            }

            mismatch = clientOrderId is not null && byId.ClientOrderId != clientOrderId;
            return byId;
        }

        // The newest open order with that client id, else the newest closed one (client ids are reusable once closed).
        AccountState state = State(account);
        return LastMatch(state.OpenOrders(), s.Symbol.Symbol, clientOrderId) ?? LastMatch(state.Orders, s.Symbol.Symbol, clientOrderId);
    }

    private static SpotOrder? LastMatch(List<SpotOrder> orders, string symbol, string? clientOrderId)
    {
        for (int i = orders.Count - 1; i >= 0; i--)
        {
            SpotOrder o = orders[i];
            if (o.Symbol == symbol && o.ClientOrderId == clientOrderId)
            {
                return o;
            }
        }

        return null;
    }

    internal OrderList? FindList(Account account, long? orderListId, string? listClientOrderId)
    {
        OrderList? found = null;
        foreach (OrderList list in State(account).Lists)
        {
            if ((orderListId is { } id && list.OrderListId == id) || (orderListId is null && list.ListClientOrderId == listClientOrderId))
            {
                found = list;
            }
        }

        return found;
    }

    private static OrderList CloneList(OrderList list)
    {
        var clone = new OrderList
        {
            OrderListId = list.OrderListId,
            ListClientOrderId = list.ListClientOrderId,
            Symbol = list.Symbol,
            Account = list.Account,
            ContingencyType = list.ContingencyType,
            ListStatusType = list.ListStatusType,
            ListOrderStatus = list.ListOrderStatus,
            TransactionTime = list.TransactionTime,
            IsOpo = list.IsOpo,
        };
        clone.Orders.AddRange(list.Orders.Select(o => o.Clone()));
        return clone;
    }

    private static ListOutcome ListSnapshot(OrderList list, long now, IReadOnlyList<IReadOnlyList<Fill>>? fills = null) =>
        new(CloneList(list), list.Orders.Select(o => o.Clone()).ToList(), fills ?? list.Orders.Select(_ => (IReadOnlyList<Fill>)[]).ToList(), now);
}
