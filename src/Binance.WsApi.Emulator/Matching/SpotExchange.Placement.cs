using Binance.WsApi.Emulator.Accounts;
using Binance.WsApi.Emulator.Market;
using Binance.WsApi.Emulator.Matching.Core;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Matching;

internal sealed partial class SpotExchange
{
    private long _sequence;

    /// <summary>order.place / sor.order.place: validate, reserve, match, rest or expire.</summary>
    public Outcome<PlaceOutcome> Place(Account account, OrderRequest request) => Run(() => PlaceCore(account, request));

    /// <summary>order.test: everything up to (not including) the matching engine: symbol state, STP mode, filters.</summary>
    public ApiError? Test(Account account, OrderRequest request) => Run(() =>
    {
        SymbolState s = _symbols[request.Symbol];
        return ValidateStatic(s, request);
    });

    internal Outcome<PlaceOutcome> PlaceCore(Account account, OrderRequest r)
    {
        SymbolState s = _symbols[r.Symbol];
        long now = NowMs;
        if (OrderCounter.WouldExceed(account, 1, now) is { } limitText)
        {
            return EngineErrors.TooManyOrders(limitText);
        }

        if ((ValidateStatic(s, r) ?? ValidateCounts(account, s, [r], lists: 0) ?? CheckDuplicate(account, s, r.NewClientOrderId)) is { } error)
        {
            return error;
        }

        if (CheckBook(s, r) is { } bookError)
        {
            return bookError;
        }

        var (asset, amount, simulatedQty, exhausted) = ComputeReserve(s, r);
        if (account.Get(asset).Free < amount)
        {
            return EngineErrors.InsufficientBalance();
        }

        OrderCounter.TryAdd(account, 1, now);
        SpotOrder order = CreateOrder(s, account, r, now);
        if (r.Kind == OrderKind.Market && r.QuoteOrderQty is not null)
        {
            order.OrigQty = simulatedQty;
            order.ExpireWhenDone = exhausted;
        }

        TryReserve(order, asset, amount);
        IReadOnlyList<Fill> fills = Start(s, order, now);
        return new PlaceOutcome(order.Clone(), fills, now);
    }

    /// <summary>Checks that need only the symbol: trading status, STP mode, filters.</summary>
    internal ApiError? ValidateStatic(SymbolState s, OrderRequest r)
    {
        SpotSymbol symbol = s.Symbol;
        if (symbol.Status != "TRADING")
        {
            return EngineErrors.MarketClosed();
        }

        if (r.Stp is { } stp && !symbol.AllowedSelfTradePreventionModes.Contains(Wire.Name(stp)))
        {
            return EngineErrors.StpModeNotAllowed();
        }

        long now = NowMs;
        return FilterValidator.Validate(symbol, r, minutes => s.Reference is { Price: { } reference } ? reference : AveragePriceCore(s, minutes, now));
    }

    /// <summary>MAX_NUM_ORDERS, MAX_NUM_ALGO_ORDERS, MAX_NUM_ICEBERG_ORDERS, MAX_NUM_ORDER_LISTS for new orders of this account.</summary>
    internal ApiError? ValidateCounts(Account account, SymbolState s, IReadOnlyList<OrderRequest> legs, int lists)
    {
        var open = State(account).OpenOrders().Where(o => o.Symbol == s.Symbol.Symbol).ToList();
        foreach (CountFilter f in s.Symbol.Filters.OfType<CountFilter>())
        {
            (int have, int add) = f.FilterType switch
            {
                "MAX_NUM_ORDERS" => (open.Count, legs.Count),
                "MAX_NUM_ALGO_ORDERS" => (open.Count(o => o.IsStopType), legs.Count(l => l.IsStopKind)),
                "MAX_NUM_ICEBERG_ORDERS" => (open.Count(o => o.IcebergQty > 0), legs.Count(l => l.IcebergQty > 0)),
                "MAX_NUM_ORDER_LISTS" => (State(account).Lists.Count(l => l.Symbol == s.Symbol.Symbol && !l.IsDone), lists),
                _ => (0, 0),
            };
            if (add > 0 && have + add > f.Limit)
            {
                return FilterValidator.Failure(f.FilterType);
            }
        }

        return null;
    }

    internal ApiError? CheckDuplicate(Account account, SymbolState s, params string?[] clientOrderIds)
    {
        foreach (string? id in clientOrderIds)
        {
            if (id is not null && State(account).OpenOrders().Any(o => o.Symbol == s.Symbol.Symbol && o.ClientOrderId == id))
            {
                return EngineErrors.DuplicateOrder();
            }
        }

        return null;
    }

    /// <summary>Rejections that depend on the book and the last price: LIMIT_MAKER that would take, stops that would trigger.</summary>
    private static ApiError? CheckBook(SymbolState s, OrderRequest r)
    {
        if (r.Kind == OrderKind.LimitMaker && WouldTake(s, r.Side, r.Price!.Value))
        {
            return EngineErrors.WouldTake();
        }

        if (r.IsStopKind && r.TrailingDelta is null && r.StopPrice is { } stop && s.LastPrice is { } last
            && StopCondition(r.Side, r.Kind, stop, last))
        {
            return EngineErrors.WouldTrigger();
        }

        return null;
    }

    private static bool WouldTake(SymbolState s, Side side, decimal price)
    {
        decimal? best = s.Book.BestPrice(side == Side.Buy ? Side.Sell : Side.Buy);
        return best is { } b && (side == Side.Buy ? b <= price : b >= price);
    }

    /// <summary>
    /// What to lock on placement (emulator model, docs/protocol.md §8.3): BUY limit kinds price×qty of quote, SELL the quantity
    /// of base; MARKET BUY what the walk through the book will cost; MARKET by quoteOrderQty what the walk yields;
    /// BUY STOP_LOSS/TAKE_PROFIT qty×stopPrice of quote as a reservation (re-evaluated when triggered).
    /// </summary>
    private (string Asset, decimal Amount, decimal SimulatedQty, bool Exhausted) ComputeReserve(SymbolState s, OrderRequest r)
    {
        string quoteAsset = s.Symbol.QuoteAsset;
        string baseAsset = s.Symbol.BaseAsset;
        if (r.IsLimitKind)
        {
            return r.Side == Side.Buy ? (quoteAsset, r.Price!.Value * r.Quantity!.Value, 0m, false) : (baseAsset, r.Quantity!.Value, 0m, false);
        }

        if (r.Kind == OrderKind.Market)
        {
            var sim = Simulate(s, r.Side, null, r.Quantity, r.QuoteOrderQty);
            if (r.Side == Side.Buy)
            {
                return (quoteAsset, sim.Cost, sim.Qty, sim.Exhausted);
            }

            return (baseAsset, r.Quantity ?? sim.Qty, sim.Qty, sim.Exhausted);
        }

        // STOP_LOSS / TAKE_PROFIT (market when triggered)
        if (r.Side == Side.Sell)
        {
            return (baseAsset, r.Quantity!.Value, 0m, false);
        }

        decimal reference = r.StopPrice ?? s.LastPrice ?? 0m;
        return (quoteAsset, reference * r.Quantity!.Value, 0m, false);
    }

    /// <summary>Walks the opposite side: the quantity a taker would get and what it costs/yields (hidden iceberg quantity included).</summary>
    private static (decimal Qty, decimal Cost, bool Exhausted) Simulate(SymbolState s, Side side, decimal? limitPrice, decimal? qty, decimal? quote)
    {
        decimal got = 0m;
        decimal cost = 0m;
        decimal step = s.Step;
        foreach (SpotOrder maker in s.Book.OppositeInPriority(side))
        {
            if (limitPrice is { } limit && (side == Side.Buy ? maker.Price > limit : maker.Price < limit))
            {
                return (got, cost, false);
            }

            decimal take = maker.Remaining;
            if (quote is { } q)
            {
                take = Math.Min(take, FloorStep((q - cost) / maker.Price, step));
                if (take <= 0)
                {
                    return (got, cost, false);
                }
            }
            else if (qty is { } wanted)
            {
                take = Math.Min(take, wanted - got);
                if (take <= 0)
                {
                    return (got, cost, false);
                }
            }

            got += take;
            cost += take * maker.Price;
            if (take < maker.Remaining)
            {
                return (got, cost, false); // the amount ran out before this maker did
            }
        }

        bool satisfied = qty is { } w ? got >= w : quote is not { } q2 || cost >= q2;
        return (got, cost, !satisfied);
    }

    private SpotOrder CreateOrder(SymbolState s, Account account, OrderRequest r, long now, OrderList? list = null)
    {
        var order = new SpotOrder
        {
            Symbol = s.Symbol.Symbol,
            OrderId = s.NextOrderId++,
            ClientOrderId = r.NewClientOrderId ?? NewClientOrderId(),
            Account = account,
            Side = r.Side,
            Kind = r.Kind,
            TimeInForce = r.TimeInForce ?? Tif.Gtc,
            Price = r.IsLimitKind ? r.Price ?? 0m : 0m,
            OrigQty = r.Quantity ?? 0m,
            OrigQuoteOrderQty = r.QuoteOrderQty ?? 0m,
            StopPrice = r.StopPrice ?? 0m,
            TrailingDelta = r.TrailingDelta,
            IcebergQty = r.IcebergQty ?? 0m,
            StrategyId = r.StrategyId,
            StrategyType = r.StrategyType,
            Stp = r.Stp ?? (Wire.TryParse(s.Symbol.DefaultSelfTradePreventionMode, out StpMode d) ? d : StpMode.None),
            Time = now,
            UpdateTime = now,
            WorkingFloor = r.Sor ? "SOR" : null,
            UsedSor = r.Sor,
            Base = s.Symbol.BaseAsset,
            Quote = s.Symbol.QuoteAsset,
            ReserveAsset = r.Side == Side.Buy ? s.Symbol.QuoteAsset : s.Symbol.BaseAsset,
        };
        if (list is not null)
        {
            order.List = list;
            order.OrderListId = list.OrderListId;
        }

        s.Orders[order.OrderId] = order;
        State(account).Add(order);
        return order;
    }

    /// <summary>Puts a new (or newly activated) order to work: stops wait for their trigger, the rest execute.</summary>
    private IReadOnlyList<Fill> Start(SymbolState s, SpotOrder order, long now)
    {
        order.Status = OrderStatus.New;
        if (order.IsStopType && !order.Triggered)
        {
            order.IsWorking = false;
            order.WorkingTime = -1;
            if (order.TrailingDelta is not null && order.StopPrice == 0m)
            {
                // Without stopPrice, tracking starts at once from the last price (docs/protocol.md §8.1).
                order.TrailingTime = now;
                order.TrailExtreme = s.LastPrice ?? 0m;
            }

            s.Stops.Add(order);
            Emit(order, ExecutionType.New, now);
            s.StopsDirty = true; // an activated pending stop may already be past its trigger
            return [];
        }

        order.IsWorking = true;
        order.WorkingTime = now;
        Emit(order, ExecutionType.New, now);
        return Execute(s, order, now);
    }

    /// <summary>Matches a working order as taker, then rests it (GTC limit kinds) or expires what is left.</summary>
    private List<Fill> Execute(SymbolState s, SpotOrder order, long now)
    {
        if (order.TimeInForce == Tif.Fok && !order.IsMarketLike)
        {
            var sim = Simulate(s, order.Side, order.Price, order.Remaining, null);
            if (sim.Qty < order.Remaining)
            {
                Finish(s, order, OrderStatus.Expired, ExpiryReason.UnfilledFokOrderExpired, now);
                return [];
            }
        }

        List<Fill> fills = Match(s, order, now);
        if (order.IsOpen)
        {
            RemainderAction action = TimeInForceRules.Remainder(order.IsMarketLike, order.TimeInForce == Tif.Ioc, order.TimeInForce == Tif.Fok, stopped: false);
            if (action == RemainderAction.Rest)
            {
                Rest(s, order);
            }
            else
            {
                Finish(s, order, OrderStatus.Expired, action switch
                {
                    RemainderAction.ExpireMarket => ExpiryReason.InsufficientLiquidity,
                    RemainderAction.ExpireIoc => ExpiryReason.UnfilledIocQuantityExpired,
                    _ => ExpiryReason.UnfilledFokOrderExpired,
                }, now);
            }
        }
        else if (order.ExpireWhenDone && order.Status == OrderStatus.Filled)
        {
            order.Status = OrderStatus.Expired;
            order.ExpiryReason = ExpiryReason.InsufficientLiquidity;
            Emit(order, ExecutionType.Expired, now);
        }

        return fills;
    }

    private void Rest(SymbolState s, SpotOrder order)
    {
        order.VisibleRemaining = order.IcebergQty > 0 ? Math.Min(order.IcebergQty, order.Remaining) : order.Remaining;
        order.Sequence = ++_sequence;
        s.Book.Add(order);
    }

    /// <summary>Ends an open order: off the book, funds released (or handed to a still-open OCO partner), event, list bookkeeping.</summary>
    private void Finish(SymbolState s, SpotOrder order, OrderStatus status, ExpiryReason reason, long now, string? origClientOrderId = null)
    {
        if (!order.IsOpen)
        {
            return;
        }

        s.Book.Remove(order);
        s.Stops.Remove(order);
        order.Status = status;
        order.ExpiryReason = reason;
        order.UpdateTime = now;
        if (order.OcoPartner is { IsOpen: true } partner && order.Reserved > 0 && partner.SharesReserveWith == order)
        {
            // OCO legs share one reservation: the partner keeps it.
            partner.Reserved += order.Reserved;
            partner.ReserveAsset = order.ReserveAsset;
            partner.SharesReserveWith = null;
            order.Reserved = 0m;
            order.SharesReserveWith = partner;
        }
        else
        {
            ReleaseAll(order);
        }

        Emit(order, status == OrderStatus.Canceled ? ExecutionType.Canceled : ExecutionType.Expired, now, origClientOrderId,
            status == OrderStatus.Rejected ? "INSUFFICIENT_BALANCES" : "NONE");
        OnOrderDone(s, order, now);
    }

    private void OnOrderDone(SymbolState s, SpotOrder order, long now)
    {
        if (order.List is not { } list)
        {
            return;
        }

        if (list.Working == order)
        {
            if (order.Status == OrderStatus.Filled)
            {
                _deferred.Enqueue(() => ActivatePending(s, list));
            }
            else
            {
                OrderStatus pendingStatus = order.Status == OrderStatus.Canceled ? OrderStatus.Canceled : OrderStatus.Expired;
                ExpiryReason reason = order.Status == OrderStatus.Canceled ? ExpiryReason.None : ExpiryReason.OtoPhaseOneExpired;
                foreach (SpotOrder pending in list.Pending)
                {
                    Finish(s, pending, pendingStatus, reason, now);
                }
            }
        }

        UpdateListStatus(list, now);
    }

    private void UpdateListStatus(OrderList list, long now)
    {
        if (list.IsDone || list.Orders.Any(o => o.IsOpen))
        {
            return;
        }

        list.ListStatusType = ListStatusType.AllDone;
        list.ListOrderStatus = ListOrderStatus.AllDone;
        list.TransactionTime = now;
        EmitList(list, now);
    }

    private static bool StopCondition(Side side, OrderKind kind, decimal stop, decimal last)
    {
        bool takeProfit = kind is OrderKind.TakeProfit or OrderKind.TakeProfitLimit;
        return (side, takeProfit) switch
        {
            (Side.Sell, true) => last >= stop,
            (Side.Sell, false) => last <= stop,
            (Side.Buy, false) => last >= stop,
            _ => last <= stop,
        };
    }
}
