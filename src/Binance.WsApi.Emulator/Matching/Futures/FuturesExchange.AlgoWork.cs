using Binance.WsApi.Emulator.Accounts;
using Binance.WsApi.Emulator.Market;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Matching.Futures;

/// <summary>
/// TWAP and VP algo orders (our extension of <c>algoOrder.place</c>; Binance offers them on its REST algo service):
/// accepted at once, then worked on the emulator's clock by child orders that go through the normal matching, so
/// positions, wallets and user data events follow as for any order. One timer per working algo, re-armed for its next
/// tick and disposed when the algo ends (finished, cancelled, expired, or the emulator stopping).
/// </summary>
internal sealed partial class FuturesExchange
{
    /// <summary>
    /// Accepts a TWAP / VP order after the checks that need no market: symbol, position side, client id, quantity
    /// against the lot filters, limit price against the price filter. Like Binance's algo service, margin and
    /// reduce-only are checked per child order; a child refused for them ends the algo EXPIRED.
    /// </summary>
    public Outcome<AlgoOrder> PlaceWorkedAlgo(Account account, WorkedAlgoRequest r) => Run<Outcome<AlgoOrder>>(() =>
    {
        if (Find(r.Symbol) is not { } s)
        {
            return Errors.InvalidSymbol();
        }

        if (r.PositionSide != "BOTH")
        {
            return FuturesErrors.PositionSideMismatch();
        }

        if (CheckClientAlgoId(account, r.ClientAlgoId) is { } idError)
        {
            return idError;
        }

        if (CheckQuantity(s, r.Quantity, market: r.LimitPrice is null) is { } qtyError)
        {
            return qtyError;
        }

        if (r.LimitPrice is { } limit && CheckPrice(s, limit) is { } priceError)
        {
            return priceError;
        }

        long now = NowMs;
        LotSizeFilter lot = s.Symbol.Filters.OfType<LotSizeFilter>().First(f => f.Type == (r.LimitPrice is null ? "MARKET_LOT_SIZE" : "LOT_SIZE"));
        AlgoSchedule schedule = r.Kind == AlgoKind.Twap
            ? AlgoSchedule.Twap(now, r.DurationSeconds!.Value, r.Quantity, lot.StepSize, lot.MinQty)
            : AlgoSchedule.Vp(now, r.Urgency!.Value, r.Quantity, lot.StepSize, lot.MinQty);
        string clientAlgoId = r.ClientAlgoId ?? NewClientOrderId();

        // The parent order is never booked: it describes what the children are (MARKET, or LIMIT IOC at the limit
        // price) and sums their fills, which is what the algo's executedQty reports.
        var parent = new FuturesOrder
        {
            OrderId = 0,
            ClientOrderId = clientAlgoId,
            Account = account,
            Symbol = s.Symbol.Symbol,
            Side = r.Side,
            Type = r.LimitPrice is null ? FuturesOrderType.Market : FuturesOrderType.Limit,
            TimeInForce = r.LimitPrice is null ? FuturesTif.Gtc : FuturesTif.Ioc,
            Price = r.LimitPrice ?? 0m,
            OrigQty = r.Quantity,
            ReduceOnly = r.ReduceOnly,
            Status = FuturesOrderStatus.New,
            Time = now,
            UpdateTime = now,
            Leverage = State(account).LeverageOf(s.Symbol.Symbol),
        };
        var algo = new AlgoOrder
        {
            AlgoId = _nextAlgoId++,
            ClientAlgoId = clientAlgoId,
            Account = account,
            Order = parent,
            PositionSide = r.PositionSide,
            Kind = r.Kind,
            CreateTime = now,
            UpdateTime = now,
            DurationSeconds = r.DurationSeconds,
            Urgency = r.Urgency,
            Schedule = schedule,
        };
        _algos[algo.AlgoId] = algo;
        WatchAlgo(algo);
        long algoId = algo.AlgoId;
        algo.Timer = _time.CreateTimer(_ => OnAlgoTick(algoId), null, TimeSpan.FromMilliseconds(schedule.DueMs(1) - now), Timeout.InfiniteTimeSpan);
        return algo.Snapshot();
    });

    /// <summary>The emulator is stopping: every working TWAP / VP order ends EXPIRED and its timer goes, so nothing trades afterwards.</summary>
    public int StopWorkedAlgos() => Run(() =>
    {
        var working = _algos.Values.Where(a => a.IsWorked && a.Status is AlgoStatus.New or AlgoStatus.Working).ToList();
        foreach (AlgoOrder algo in working)
        {
            EndWork(algo, AlgoStatus.Expired);
        }

        return working.Count;
    });

    /// <summary>
    /// A tick of an algo's timer: runs every tick that is due by now (a fake clock may jump several at once), then
    /// re-arms for the next. A tick that finds the algo ended does nothing (its timer was disposed meanwhile).
    /// </summary>
    private void OnAlgoTick(long algoId)
    {
        try
        {
            Run(() => WorkDueTicks(algoId));
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or ArithmeticException)
        {
            // A timer callback must not take the process down; the algo stops (a test sees EXPIRED, not FINISHED).
            Run(() =>
            {
                if (_algos.GetValueOrDefault(algoId) is { Timer: not null } algo)
                {
                    EndWork(algo, AlgoStatus.Expired);
                }

                return true;
            });
        }
    }

    private bool WorkDueTicks(long algoId)
    {
        if (_algos.GetValueOrDefault(algoId) is not { Schedule: { } schedule } algo || algo.Status is not (AlgoStatus.New or AlgoStatus.Working))
        {
            return false;
        }

        long now = NowMs;
        while (algo.Timer is not null && algo.TicksDone < schedule.Ticks && schedule.DueMs(algo.TicksDone + 1) <= now)
        {
            algo.TicksDone++;
            SendSlice(algo, schedule);
        }

        if (algo.Timer is not null && algo.TicksDone < schedule.Ticks)
        {
            algo.Timer.Change(TimeSpan.FromMilliseconds(schedule.DueMs(algo.TicksDone + 1) - now), Timeout.InfiniteTimeSpan);
        }

        return true;
    }

    /// <summary>
    /// One tick: a child order for what the schedule wants executed by now minus what has executed, MARKET or LIMIT
    /// IOC at the limit price. After the last tick the algo is FINISHED when all executed, else EXPIRED.
    /// </summary>
    private void SendSlice(AlgoOrder algo, AlgoSchedule schedule)
    {
        FuturesOrder parent = algo.Order;
        FuturesSymbolState s = _symbols[parent.Symbol];
        bool last = algo.TicksDone >= schedule.Ticks;
        decimal quantity = schedule.TargetAfter(algo.TicksDone) - parent.ExecutedQty;
        LotSizeFilter lot = s.Symbol.Filters.OfType<LotSizeFilter>().First(f => f.Type == (parent.Type == FuturesOrderType.Market ? "MARKET_LOT_SIZE" : "LOT_SIZE"));
        algo.WorkStatus = AlgoStatus.Working;
        algo.UpdateTime = NowMs;

        // Below the minimum lot (only when minQty is above the step) the amount waits for the next tick.
        if (quantity > 0m && (quantity >= lot.MinQty || last))
        {
            Outcome<FuturesPlaceOutcome> placed = PlaceCore(algo.Account, new FuturesOrderRequest
            {
                Symbol = parent.Symbol,
                Side = parent.Side,
                Type = parent.Type,
                TimeInForce = parent.TimeInForce,
                Price = parent.Type == FuturesOrderType.Limit ? parent.Price : null,
                Quantity = Math.Min(quantity, lot.MaxQty),
                ReduceOnly = parent.ReduceOnly,
                AlgoSlice = true,
            });
            if (!placed.Ok)
            {
                // Margin, reduce-only or a filter refused the child: Binance's algo service expires the algo then.
                EndWork(algo, AlgoStatus.Expired);
                return;
            }

            FuturesOrder child = placed.Value!.Result;
            algo.ChildOrderIds.Add(child.OrderId);
            parent.ExecutedQty += child.ExecutedQty;
            parent.CumValue += child.CumValue;
            parent.UpdateTime = NowMs;
        }

        if (parent.ExecutedQty >= parent.OrigQty)
        {
            EndWork(algo, AlgoStatus.Finished);
        }
        else if (last)
        {
            EndWork(algo, AlgoStatus.Expired);
        }
    }

    /// <summary>Ends a TWAP / VP order: its status, and its timer disposed so that no tick runs afterwards.</summary>
    private void EndWork(AlgoOrder algo, AlgoStatus status)
    {
        algo.WorkStatus = status;
        algo.UpdateTime = NowMs;
        algo.Order.Status = status switch
        {
            AlgoStatus.Finished => FuturesOrderStatus.Filled,
            AlgoStatus.Canceled => FuturesOrderStatus.Canceled,
            _ => FuturesOrderStatus.Expired,
        };
        algo.Timer?.Dispose();
        algo.Timer = null;
    }
}
