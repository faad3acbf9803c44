using Binance.WsApi.Emulator.Accounts;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Matching;

internal sealed partial class SpotExchange
{
    /// <summary>
    /// OCO (orderList.place.oco and the deprecated orderList.place): two legs of one side and quantity sharing one
    /// reservation; when one trades or triggers the other expires with OCO_TRIGGER (docs/protocol.md §8.7).
    /// </summary>
    /// <param name="account">Owner.</param>
    /// <param name="listClientOrderId">Optional list id.</param>
    /// <param name="above">The leg with the higher price (LIMIT_MAKER / TAKE_PROFIT* for SELL, STOP_LOSS* for BUY).</param>
    /// <param name="below">The leg with the lower price.</param>
    /// <param name="belowFirst">Report (and number) the below leg first: the deprecated orderList.place lists the stop leg first.</param>
    public Outcome<ListOutcome> PlaceOco(Account account, string? listClientOrderId, OrderRequest above, OrderRequest below, bool belowFirst = false) =>
        Run(() => PlaceOcoCore(account, listClientOrderId, above, below, belowFirst));

    private Outcome<ListOutcome> PlaceOcoCore(Account account, string? listClientOrderId, OrderRequest above, OrderRequest below, bool belowFirst)
    {
        SymbolState s = _symbols[above.Symbol];
        long now = NowMs;
        if (OrderCounter.WouldExceed(account, 2, now) is { } limitText)
        {
            return EngineErrors.TooManyOrders(limitText);
        }

        if ((ValidateStatic(s, above) ?? ValidateStatic(s, below) ?? ValidateCounts(account, s, [above, below], lists: 1)
            ?? CheckDuplicate(account, s, above.NewClientOrderId, below.NewClientOrderId)) is { } error)
        {
            return error;
        }

        decimal? abovePrice = EffectivePrice(above);
        decimal? belowPrice = EffectivePrice(below);
        if ((abovePrice is { } a && belowPrice is { } b && a <= b)
            || (s.LastPrice is { } last && ((abovePrice is { } a2 && a2 <= last) || (belowPrice is { } b2 && b2 >= last))))
        {
            return EngineErrors.BadOcoPrices();
        }

        if ((CheckBook(s, above) ?? CheckBook(s, below)) is { } bookError)
        {
            return bookError;
        }

        var needAbove = ComputeReserve(s, above);
        var needBelow = ComputeReserve(s, below);
        decimal need = Math.Max(needAbove.Amount, needBelow.Amount);
        if (account.Get(needAbove.Asset).Free < need)
        {
            return EngineErrors.InsufficientBalance();
        }

        OrderCounter.TryAdd(account, 2, now);
        OrderList list = NewList(account, s, listClientOrderId, ContingencyType.Oco, now, opo: false);
        SpotOrder first = CreateOrder(s, account, belowFirst ? below : above, now, list);
        SpotOrder second = CreateOrder(s, account, belowFirst ? above : below, now, list);
        list.Orders.Add(first);
        list.Orders.Add(second);
        SpotOrder aboveOrder = belowFirst ? second : first;
        SpotOrder belowOrder = belowFirst ? first : second;
        Pair(aboveOrder, belowOrder, needAbove.Amount >= needBelow.Amount ? aboveOrder : belowOrder, need);

        var fills = new List<IReadOnlyList<Fill>> { Start(s, first, now) };
        fills.Add(second.IsOpen ? Start(s, second, now) : []);
        EmitList(list, now);
        return ListSnapshot(list, now, fills);
    }

    /// <summary>
    /// OTO / OTOCO / OPO / OPOCO: a working order on the book and one pending order (or an OCO pair) placed only
    /// when the working order is fully filled; OPO pending quantity = the working order's proceeds (docs/protocol.md §8.7).
    /// </summary>
    public Outcome<ListOutcome> PlaceOto(Account account, string? listClientOrderId, OrderRequest working, IReadOnlyList<OrderRequest> pending, bool opo) =>
        Run(() => PlaceOtoCore(account, listClientOrderId, working, pending, opo));

    private Outcome<ListOutcome> PlaceOtoCore(Account account, string? listClientOrderId, OrderRequest working, IReadOnlyList<OrderRequest> pending, bool opo)
    {
        SymbolState s = _symbols[working.Symbol];
        long now = NowMs;
        int legs = 1 + pending.Count;
        if (OrderCounter.WouldExceed(account, legs, now) is { } limitText)
        {
            return EngineErrors.TooManyOrders(limitText);
        }

        ApiError? error = ValidateStatic(s, working);
        foreach (OrderRequest p in pending)
        {
            error ??= ValidateStatic(s, p);
        }

        error ??= ValidateCounts(account, s, [working, .. pending], lists: 1)
            ?? CheckDuplicate(account, s, [working.NewClientOrderId, .. pending.Select(p => p.NewClientOrderId)])
            ?? CheckBook(s, working);
        if (error is not null)
        {
            return error;
        }

        if (pending.Count == 2 && EffectivePrice(pending[0]) is { } a && EffectivePrice(pending[1]) is { } b && a <= b)
        {
            return EngineErrors.BadOcoPrices();
        }

        var reserve = ComputeReserve(s, working);
        if (account.Get(reserve.Asset).Free < reserve.Amount)
        {
            return EngineErrors.InsufficientBalance();
        }

        OrderCounter.TryAdd(account, legs, now);
        OrderList list = NewList(account, s, listClientOrderId, ContingencyType.Oto, now, opo);
        SpotOrder workingOrder = CreateOrder(s, account, working, now, list);
        list.Working = workingOrder;
        list.Orders.Add(workingOrder);
        foreach (OrderRequest p in pending)
        {
            SpotOrder order = CreateOrder(s, account, p, now, list);
            order.Status = OrderStatus.PendingNew;
            order.QuantityFromProceeds = opo;
            list.Pending.Add(order);
            list.Orders.Add(order);
        }

        if (list.Pending.Count == 2)
        {
            list.Pending[0].OcoPartner = list.Pending[1];
            list.Pending[1].OcoPartner = list.Pending[0];
        }

        TryReserve(workingOrder, reserve.Asset, reserve.Amount);
        var fills = new List<IReadOnlyList<Fill>> { Start(s, workingOrder, now) };
        fills.AddRange(list.Pending.Select(_ => (IReadOnlyList<Fill>)[]));
        EmitList(list, now);

        // The placement response shows the pending legs as PENDING_NEW even when the working order filled at once.
        ListOutcome snapshot = ListSnapshot(list, now, fills);
        return snapshot;
    }

    /// <summary>The working order filled: place the pending leg(s) (deferred until the placing operation finished).</summary>
    private void ActivatePending(SymbolState s, OrderList list)
    {
        long now = NowMs;
        var pending = list.Pending.Where(p => p.Status == OrderStatus.PendingNew).ToList();
        if (pending.Count == 0)
        {
            return;
        }

        if (list.IsOpo)
        {
            decimal qty = FloorStep(list.Working!.NetReceived, s.Step);
            foreach (SpotOrder p in pending)
            {
                p.OrigQty = qty;
            }
        }

        var needs = pending.Select(p => ReserveFor(s, p)).ToList();
        decimal need = needs.Max(n => n.Amount);
        bool makerWouldTake = pending.Any(p => p.Kind == OrderKind.LimitMaker && WouldTake(s, p.Side, p.Price));
        if (pending[0].OrigQty <= 0 || makerWouldTake || list.Account.Get(needs[0].Asset).Free < need)
        {
            foreach (SpotOrder p in pending)
            {
                Finish(s, p, OrderStatus.Expired, ExpiryReason.Rejected, now);
            }

            return;
        }

        if (pending.Count == 2)
        {
            Pair(pending[0], pending[1], needs[0].Amount >= needs[1].Amount ? pending[0] : pending[1], need);
        }
        else
        {
            TryReserve(pending[0], needs[0].Asset, needs[0].Amount);
        }

        foreach (SpotOrder p in pending)
        {
            if (p.Status == OrderStatus.PendingNew)
            {
                Start(s, p, now);
            }
        }

        if (!list.IsDone)
        {
            list.ListStatusType = ListStatusType.ExecStarted;
            EmitList(list, now);
        }
    }

    private (string Asset, decimal Amount) ReserveFor(SymbolState s, SpotOrder o)
    {
        var r = new OrderRequest
        {
            Symbol = o.Symbol, Side = o.Side, Kind = o.Kind, Price = o.Price, Quantity = o.OrigQty,
            StopPrice = o.StopPrice == 0 ? null : o.StopPrice, TrailingDelta = o.TrailingDelta,
        };
        var (asset, amount, _, _) = ComputeReserve(s, r);
        return (asset, amount);
    }

    /// <summary>Links two OCO legs; <paramref name="holder"/> locks the shared amount.</summary>
    private void Pair(SpotOrder first, SpotOrder second, SpotOrder holder, decimal amount)
    {
        first.OcoPartner = second;
        second.OcoPartner = first;
        SpotOrder other = holder == first ? second : first;
        other.SharesReserveWith = holder;
        other.ReserveAsset = holder.ReserveAsset;
        TryReserve(holder, holder.ReserveAsset, amount);
    }

    private OrderList NewList(Account account, SymbolState s, string? listClientOrderId, ContingencyType type, long now, bool opo)
    {
        var list = new OrderList
        {
            OrderListId = _nextOrderListId++,
            ListClientOrderId = listClientOrderId ?? NewClientOrderId(),
            Symbol = s.Symbol.Symbol,
            Account = account,
            ContingencyType = type,
            TransactionTime = now,
            IsOpo = opo,
        };
        State(account).Lists.Add(list);
        return list;
    }

    /// <summary>The price an OCO leg is judged by: LIMIT_MAKER its price, stop kinds their stopPrice (null when trailing only).</summary>
    private static decimal? EffectivePrice(OrderRequest r) => r.Kind switch
    {
        OrderKind.LimitMaker or OrderKind.Limit => r.Price,
        _ => r.StopPrice,
    };
}
