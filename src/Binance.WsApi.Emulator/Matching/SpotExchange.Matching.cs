using Binance.WsApi.Emulator.Market;
using Binance.WsApi.Emulator.Matching.Core;

namespace Binance.WsApi.Emulator.Matching;

internal sealed partial class SpotExchange
{
    /// <summary>Price-time matching of a taker against the opposite side; trades at the maker's price (docs/protocol.md §8.3).</summary>
    private List<Fill> Match(SymbolState s, SpotOrder taker, long now)
    {
        var fills = new List<Fill>();
        (decimal Low, decimal High)? range = ExecutionPriceRange(s, taker.Side);
        PriceTimeMatcher.Walk(s.Book, taker.Side, taker.IsMarketLike ? null : taker.Price, () => taker.IsOpen && taker.Remaining > 0, maker =>
        {
            if (range is { } r && (maker.Price < r.Low || maker.Price > r.High))
            {
                Finish(s, taker, OrderStatus.Expired, ExpiryReason.ExecutionRulePriceRangeExceeded, now);
                return false;
            }

            decimal qty = Math.Min(maker.VisibleRemaining, taker.Remaining);
            if (taker.Side == Side.Buy && taker.IsMarketLike && taker.Reserved < qty * maker.Price)
            {
                // A market BUY may not spend more than it locked (the walk was simulated on placement/trigger).
                qty = FloorStep(taker.Reserved / maker.Price, s.Step);
                if (qty <= 0)
                {
                    return false;
                }
            }

            if (maker.Account == taker.Account && taker.Stp != StpMode.None)
            {
                PreventMatch(s, taker, maker, now);
                return true;
            }

            ExecuteTrade(s, taker, maker, qty, now, fills);
            return true;
        });

        return fills;
    }

    /// <summary>
    /// The PRICE_RANGE execution rule (faqs/price_range_execution_rules.md): fixed when the taker phase starts, from the
    /// symbol's non-null reference price and the multipliers executionRules shows (PERCENT_PRICE_BY_SIDE's); null —
    /// not enforced — without either. A taker that would trade outside it expires, EXECUTION_RULE_PRICE_RANGE_EXCEEDED.
    /// </summary>
    private static (decimal Low, decimal High)? ExecutionPriceRange(SymbolState s, Side takerSide)
    {
        if (s.Reference is not { Price: { } reference } || s.Symbol.Filter<PercentPriceBySideFilter>() is not { } band)
        {
            return null;
        }

        return takerSide == Side.Buy
            ? (reference * band.BidMultiplierDown, reference * band.BidMultiplierUp)
            : (reference * band.AskMultiplierDown, reference * band.AskMultiplierUp);
    }

    private void ExecuteTrade(SymbolState s, SpotOrder taker, SpotOrder maker, decimal qty, long now, List<Fill> fills)
    {
        // An OCO leg that starts to fill cancels its partner first and takes over the shared reservation.
        ActivateOcoLeg(s, maker, now);
        ActivateOcoLeg(s, taker, now);

        decimal price = maker.Price;
        decimal quote = price * qty;
        long tradeId = s.NextTradeId++;
        SpotOrder buyer = taker.Side == Side.Buy ? taker : maker;
        SpotOrder seller = taker.Side == Side.Buy ? maker : taker;
        string baseAsset = s.Symbol.BaseAsset;
        string quoteAsset = s.Symbol.QuoteAsset;

        decimal buyerCommission = Round8(qty * Rate(buyer, buyer == maker));
        decimal sellerCommission = Round8(quote * Rate(seller, seller == maker));
        Spend(buyer, quoteAsset, quote);
        Credit(buyer.Account, baseAsset, qty - buyerCommission);
        Spend(seller, baseAsset, qty);
        Credit(seller.Account, quoteAsset, quote - sellerCommission);
        _fees[baseAsset] = _fees.GetValueOrDefault(baseAsset) + buyerCommission;
        _fees[quoteAsset] = _fees.GetValueOrDefault(quoteAsset) + sellerCommission;
        buyer.NetReceived += qty - buyerCommission;
        seller.NetReceived += quote - sellerCommission;

        foreach (SpotOrder order in new[] { taker, maker })
        {
            if (order.ExecutedQty == 0m)
            {
                OrderCounter.Decrement(order.Account, now); // first fill gives one unfilled-order slot back (docs/protocol.md §3.1)
            }

            order.ExecutedQty += qty;
            order.CumQuote += quote;
            order.UpdateTime = now;
            order.Status = order.Remaining <= 0 ? OrderStatus.Filled : OrderStatus.PartiallyFilled;
        }

        maker.VisibleRemaining -= qty;
        var trade = new SpotTrade(s.Symbol.Symbol, tradeId, price, qty, quote, now, maker.Side == Side.Buy, buyer.OrderId, seller.OrderId);
        s.Trades.Add(trade);
        s.LastPrice = price;
        s.StopsDirty = true;
        _events.Add(new TradeEvent(taker.Account, now, trade));

        decimal takerCommission = taker == buyer ? buyerCommission : sellerCommission;
        string takerCommissionAsset = taker == buyer ? baseAsset : quoteAsset;
        decimal makerCommission = maker == buyer ? buyerCommission : sellerCommission;
        string makerCommissionAsset = maker == buyer ? baseAsset : quoteAsset;
        long? allocId = null;
        if (taker.UsedSor)
        {
            // SOR fills are allocations (myAllocations), reported with tradeId -1 as in the docs' example.
            allocId = s.NextAllocationId++;
            State(taker.Account).Allocations.Add(new Allocation(s.Symbol.Symbol, allocId.Value, taker.OrderId, taker.OrderListId, price, qty, quote,
                takerCommission, takerCommissionAsset, now, taker == buyer));
        }
        else
        {
            State(taker.Account).Trades.Add(new AccountTrade(s.Symbol.Symbol, tradeId, taker.OrderId, taker.OrderListId, price, qty, quote,
                takerCommission, takerCommissionAsset, now, taker == buyer, false));
        }

        State(maker.Account).Trades.Add(new AccountTrade(s.Symbol.Symbol, tradeId, maker.OrderId, maker.OrderListId, price, qty, quote,
            makerCommission, makerCommissionAsset, now, maker == buyer, true));
        fills.Add(new Fill(price, qty, takerCommission, takerCommissionAsset, allocId is null ? tradeId : -1, allocId));

        _events.Add(new OrderUpdateEvent(taker.Account, now, taker.Clone(), ExecutionType.Trade, "NONE", null, qty, price,
            takerCommission, takerCommissionAsset, tradeId, false));
        _events.Add(new OrderUpdateEvent(maker.Account, now, maker.Clone(), ExecutionType.Trade, "NONE", null, qty, price,
            makerCommission, makerCommissionAsset, tradeId, true));

        AfterFill(s, maker, now);
        AfterFill(s, taker, now);
    }

    private void AfterFill(SymbolState s, SpotOrder order, long now)
    {
        if (order.Status == OrderStatus.Filled)
        {
            s.Book.Remove(order);
            ReleaseAll(order); // price improvement or an unspent market reservation goes back to free
            OnOrderDone(s, order, now);
            return;
        }

        if (order.BookNode is not null)
        {
            if (order.VisibleRemaining <= 0)
            {
                // Iceberg: the next slice shows up at the back of the queue.
                order.VisibleRemaining = Math.Min(order.IcebergQty > 0 ? order.IcebergQty : order.Remaining, order.Remaining);
                order.Sequence = ++_sequence;
                s.Book.MoveToBack(order);
            }
            else
            {
                s.Book.Touch();
            }
        }

        TrimReserve(order);
    }

    private static decimal Rate(SpotOrder order, bool maker) => maker ? order.Account.MakerCommission : order.Account.TakerCommission;

    /// <summary>
    /// Self-trade prevention (docs/protocol.md §8.5): the taker's mode decides; TRANSFER behaves as DECREMENT (the emulator
    /// has no trade groups). Expired orders end EXPIRED_IN_MATCH and carry preventedMatchId/preventedQuantity.
    /// </summary>
    private void PreventMatch(SymbolState s, SpotOrder taker, SpotOrder maker, long now)
    {
        StpMode mode = taker.Stp == StpMode.Transfer ? StpMode.Decrement : taker.Stp;
        long id = s.NextPreventedMatchId++;
        (bool expireTaker, bool expireMaker, decimal takerPrevented, decimal makerPrevented) =
            SelfTradePrevention.Decide(SelfTradePrevention.Of(mode), taker.Remaining, maker.Remaining);

        taker.PreventedMatchId = id;
        maker.PreventedMatchId = id;
        taker.PreventedQuantity += takerPrevented;
        maker.PreventedQuantity += makerPrevented;
        maker.VisibleRemaining = Math.Min(maker.VisibleRemaining, maker.Remaining);
        State(taker.Account).PreventedMatches.Add(new PreventedMatch(
            s.Symbol.Symbol, id, taker.OrderId, maker.OrderId, mode, maker.Price, takerPrevented, makerPrevented, now));
        Emit(taker, ExecutionType.TradePrevention, now);
        Emit(maker, ExecutionType.TradePrevention, now);

        if (expireMaker || maker.Remaining <= 0)
        {
            Finish(s, maker, OrderStatus.ExpiredInMatch, ExpiryReason.None, now);
        }
        else
        {
            if (maker.VisibleRemaining <= 0)
            {
                maker.VisibleRemaining = Math.Min(maker.IcebergQty > 0 ? maker.IcebergQty : maker.Remaining, maker.Remaining);
            }

            TrimReserve(maker);
        }

        if (expireTaker || taker.Remaining <= 0)
        {
            Finish(s, taker, OrderStatus.ExpiredInMatch, ExpiryReason.None, now);
        }
        else
        {
            TrimReserve(taker);
        }
    }

    private bool OcoPartnerOpen(SpotOrder order) => order.OcoPartner is { IsOpen: true };

    /// <summary>An OCO leg trades or triggers: the partner expires (OCO_TRIGGER) and its share of the reservation moves here.</summary>
    private void ActivateOcoLeg(SymbolState s, SpotOrder order, long now)
    {
        if (order.OcoPartner is not { IsOpen: true } partner)
        {
            return;
        }

        if (partner.Reserved > 0 && order.SharesReserveWith == partner)
        {
            order.Reserved += partner.Reserved;
            order.ReserveAsset = partner.ReserveAsset;
            partner.Reserved = 0m;
            partner.SharesReserveWith = order;
            order.SharesReserveWith = null;
        }

        Finish(s, partner, OrderStatus.Expired, ExpiryReason.OcoTrigger, now);
    }

    /// <summary>Checks the symbol's untriggered stops against the last trade price, triggering in placement order.</summary>
    private void ProcessStops(SymbolState s)
    {
        if (s.LastPrice is not { } last)
        {
            return;
        }

        long now = NowMs;
        foreach (SpotOrder order in s.Stops.ToList())
        {
            if (order.IsOpen && !order.Triggered && ShouldTrigger(order, last, now))
            {
                s.Stops.Remove(order);
                Trigger(s, order, now);
            }
        }
    }

    private static bool ShouldTrigger(SpotOrder order, decimal last, long now)
    {
        if (order.TrailingDelta is not { } delta)
        {
            return StopCondition(order.Side, order.Kind, order.StopPrice, last);
        }

        if (order.TrailingTime < 0)
        {
            // With stopPrice, tracking starts once the stop condition is met (docs/protocol.md §8.1).
            if (!StopCondition(order.Side, order.Kind, order.StopPrice, last))
            {
                return false;
            }

            order.TrailingTime = now;
            order.TrailExtreme = last;
            return false;
        }

        if (order.TrailExtreme == 0m)
        {
            order.TrailExtreme = last;
            return false;
        }

        decimal fraction = delta / 10000m;
        if (order.Side == Side.Sell)
        {
            order.TrailExtreme = Math.Max(order.TrailExtreme, last);
            return last <= order.TrailExtreme * (1 - fraction);
        }

        order.TrailExtreme = Math.Min(order.TrailExtreme, last);
        return last >= order.TrailExtreme * (1 + fraction);
    }

    private void Trigger(SymbolState s, SpotOrder order, long now)
    {
        ActivateOcoLeg(s, order, now);
        order.Triggered = true;
        order.IsWorking = true;
        order.WorkingTime = now;
        order.UpdateTime = now;
        if (order.IsMarketLike && order.Side == Side.Buy)
        {
            // The placement reservation was an estimate; a triggered market BUY locks what the walk will cost.
            ReleaseAll(order);
            var sim = Simulate(s, Side.Buy, null, order.Remaining, null);
            if (!TryReserve(order, s.Symbol.QuoteAsset, sim.Cost))
            {
                Finish(s, order, OrderStatus.Expired, ExpiryReason.Rejected, now);
                return;
            }
        }

        Emit(order, ExecutionType.New, now);
        Execute(s, order, now);
    }
}
