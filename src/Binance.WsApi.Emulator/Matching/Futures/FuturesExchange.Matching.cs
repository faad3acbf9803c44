using Binance.WsApi.Emulator.Accounts;
using Binance.WsApi.Emulator.Matching.Core;

namespace Binance.WsApi.Emulator.Matching.Futures;

/// <summary>Matching, fills, position and wallet arithmetic, margin, and conditional triggers.</summary>
internal sealed partial class FuturesExchange
{
    /// <summary>Matches an order against the opposite side, then rests, expires or finishes it.</summary>
    private void Execute(FuturesSymbolState s, FuturesOrder order)
    {
        decimal? limit = order.IsMarketStyle ? null : order.Price;
        MatchEnd end = PriceTimeMatcher.Walk(s.Book, order.Side, limit, () => order.Remaining > 0m, maker => Meet(s, order, maker));
        if (order.Remaining == 0m)
        {
            return;
        }

        RemainderAction action = TimeInForceRules.Remainder(order.IsMarketStyle, order.TimeInForce == FuturesTif.Ioc, order.TimeInForce == FuturesTif.Fok,
            stopped: end == MatchEnd.Stopped);
        if (action == RemainderAction.Rest)
        {
            s.Insert(order);
            s.LastUpdateId++;
        }
        else
        {
            order.Status = FuturesOrderStatus.Expired;
            order.UpdateTime = NowMs;
            RecordOrder(s, order, "EXPIRED");
        }
    }

    /// <summary>One taker/maker meeting: self-trade prevention, reduce-only caps, then the fill; false stops the taker.</summary>
    private bool Meet(FuturesSymbolState s, FuturesOrder order, FuturesOrder maker)
    {
        if (maker.Account == order.Account && order.Stp != FuturesStp.None)
        {
            StpDecision stp = SelfTradePrevention.Decide(SelfTradePrevention.Of(order.Stp), order.Remaining, maker.Remaining);
            if (stp.ExpireMaker)
            {
                Close(s, maker, FuturesOrderStatus.Expired);
            }

            return !stp.ExpireTaker;
        }

        decimal qty = Math.Min(order.Remaining, maker.Remaining);
        if (order.ReduceOnly)
        {
            // A reduce-only order never opens: it stops where the position is flat.
            qty = Math.Min(qty, ReducibleQty(State(order.Account), s, order.Side));
            if (qty <= 0m)
            {
                return false;
            }
        }

        if (maker.ReduceOnly)
        {
            decimal makerCap = ReducibleQty(State(maker.Account), s, maker.Side);
            if (makerCap <= 0m)
            {
                Close(s, maker, FuturesOrderStatus.Expired);
                return true;
            }

            qty = Math.Min(qty, makerCap);
        }

        Fill(s, maker, order, qty, maker.Price);
        if (maker.Remaining == 0m)
        {
            s.Book.Remove(maker);
        }

        return true;
    }

    private void Fill(FuturesSymbolState s, FuturesOrder maker, FuturesOrder taker, decimal qty, decimal price)
    {
        long now = NowMs;
        var (makerFee, makerRealized) = ApplyTrade(maker.Account, s, maker.Side == Side.Buy ? qty : -qty, price, MakerRate);
        var (takerFee, takerRealized) = ApplyTrade(taker.Account, s, taker.Side == Side.Buy ? qty : -qty, price, TakerRate);
        foreach (FuturesOrder o in new[] { maker, taker })
        {
            o.ExecutedQty += qty;
            o.CumValue += s.Value(qty, price);
            o.Status = o.Remaining == 0m ? FuturesOrderStatus.Filled : FuturesOrderStatus.PartiallyFilled;
            o.UpdateTime = now;
        }

        long tradeId = _nextTradeId++;
        RecordFill(s, maker, qty, price, tradeId, maker: true, makerFee, makerRealized);
        RecordFill(s, taker, qty, price, tradeId, maker: false, takerFee, takerRealized);

        s.LastPrice = price;
        s.LastTradeTime = now;
        s.LastUpdateId++;
    }

    /// <summary>
    /// Applies a fill of signed <paramref name="delta"/> contracts at <paramref name="price"/> to a position: the
    /// part against the position realizes PnL into the wallet (entry value removed pro rata), the rest opens at
    /// the fill price; commission is the fill's value × rate, in the margin asset.
    /// </summary>
    /// <returns>The commission charged and the PnL realized (both in the margin asset), for the fill's events.</returns>
    private (decimal Fee, decimal Realized) ApplyTrade(Account account, FuturesSymbolState s, decimal delta, decimal price, decimal rate)
    {
        decimal realized = 0m;
        decimal fee = 0m;
        FuturesAccountState state = State(account);
        FuturesPosition position = state.Position(s.Symbol.Symbol);
        string asset = s.Symbol.MarginAsset;
        int direction = Math.Sign(delta);
        decimal remaining = Math.Abs(delta);
        if (position.Amount != 0m && Math.Sign(position.Amount) != direction)
        {
            decimal closing = Math.Min(remaining, Math.Abs(position.Amount));
            int sign = Math.Sign(position.Amount);
            decimal removed = closing == Math.Abs(position.Amount) ? position.Cost : position.Cost * closing / Math.Abs(position.Amount);
            decimal exitValue = sign * s.Value(closing, price);
            realized = s.Inverse ? removed - exitValue : exitValue - removed;
            state.Wallets[asset] = state.Wallets.GetValueOrDefault(asset) + realized;
            position.Cost -= removed;
            position.Amount -= sign * closing;
            remaining -= closing;
        }

        if (remaining > 0m)
        {
            position.Amount += direction * remaining;
            position.Cost += direction * s.Value(remaining, price);
        }

        if (!state.Unlimited)
        {
            fee = s.Value(Math.Abs(delta), price) * rate;
            state.Wallets[asset] = state.Wallets.GetValueOrDefault(asset) - fee;
            _fees[asset] = _fees.GetValueOrDefault(asset) + fee;
        }

        position.UpdateTime = NowMs;
        state.UpdateTime = NowMs;
        return (fee, realized);
    }

    /// <summary>How much an order on <paramref name="side"/> could reduce the current position.</summary>
    private static decimal ReducibleQty(FuturesAccountState state, FuturesSymbolState s, Side side)
    {
        decimal amount = state.Positions.TryGetValue(s.Symbol.Symbol, out FuturesPosition? p) ? p.Amount : 0m;
        return side == Side.Sell ? Math.Max(0m, amount) : Math.Max(0m, -amount);
    }

    /// <summary>The part of <paramref name="quantity"/> that would open or add (the rest closes the current position).</summary>
    private static decimal OpeningQty(FuturesAccountState state, FuturesSymbolState s, Side side, decimal quantity) =>
        Math.Max(0m, quantity - ReducibleQty(state, s, side));

    /// <summary>Initial margin of a position at the mark: notional / leverage.</summary>
    internal decimal PositionInitialMargin(FuturesAccountState state, FuturesSymbolState s, FuturesPosition p) =>
        s.Value(Math.Abs(p.Amount), s.MarkPrice) / state.LeverageOf(s.Symbol.Symbol);

    /// <summary>Initial margin reserved by an account's open (untriggered conditionals excluded) orders on one symbol.</summary>
    internal decimal OpenOrderInitialMargin(FuturesAccountState state, Account account, FuturesSymbolState s)
    {
        decimal total = 0m;
        foreach (FuturesOrder o in s.Bids.Concat(s.Asks))
        {
            if (o.Account == account && !o.ReduceOnly)
            {
                total += s.Value(OpeningQty(state, s, o.Side, o.Remaining), o.Price) / o.Leverage;
            }
        }

        return total;
    }

    /// <summary>Available balance: wallet + unrealized PnL − position margin − open-order margin (cross margin, one asset).</summary>
    internal decimal Available(FuturesAccountState state, string asset)
    {
        Account? account = _accounts.FirstOrDefault(a => a.Value == state).Key;
        decimal available = state.Wallets.GetValueOrDefault(asset);
        foreach (FuturesSymbolState s in _symbols.Values.Where(s => s.Symbol.MarginAsset == asset))
        {
            if (state.Positions.TryGetValue(s.Symbol.Symbol, out FuturesPosition? p))
            {
                available += Unrealized(s, p) - PositionInitialMargin(state, s, p);
            }

            if (account is not null)
            {
                available -= OpenOrderInitialMargin(state, account, s);
            }
        }

        return available;
    }

    private static decimal WatchedPrice(FuturesSymbolState s, WorkingType workingType) =>
        workingType == WorkingType.MarkPrice ? s.MarkPrice : s.LastPrice;

    /// <summary>STOP* fires when the price reaches the stop in the adverse direction, TAKE_PROFIT* in the favourable one.</summary>
    private static bool ConditionMet(FuturesOrderType type, Side side, decimal stopPrice, decimal price)
    {
        bool stop = type is FuturesOrderType.Stop or FuturesOrderType.StopMarket;
        bool priceAbove = price >= stopPrice;
        bool priceBelow = price <= stopPrice;
        return side == Side.Buy ? (stop ? priceAbove : priceBelow) : (stop ? priceBelow : priceAbove);
    }

    /// <summary>Fires every conditional order whose condition holds, until none does (a fill may trigger the next).</summary>
    private void FireTriggers()
    {
        for (int round = 0; round < MaxTriggerRounds; round++)
        {
            bool fired = false;
            foreach (FuturesSymbolState s in _symbols.Values)
            {
                foreach (FuturesOrder order in s.Conditionals.ToList())
                {
                    if (s.Conditionals.Contains(order) && ShouldFire(s, order))
                    {
                        s.Conditionals.Remove(order);
                        Activate(s, order);
                        fired = true;
                    }
                }
            }

            if (!fired)
            {
                return;
            }
        }
    }

    private static bool ShouldFire(FuturesSymbolState s, FuturesOrder order)
    {
        decimal price = WatchedPrice(s, order.WorkingType);
        if (price <= 0m)
        {
            return false;
        }

        if (order.Type != FuturesOrderType.TrailingStopMarket)
        {
            return ConditionMet(order.Type, order.Side, order.StopPrice, price);
        }

        // Trailing stop (simplified): activates at the activation price, then follows the best price and fires
        // once the price retraces by callbackRate percent from it.
        bool sell = order.Side == Side.Sell;
        if (order.TrailingExtreme is null)
        {
            if (order.ActivationPrice is { } activation && (sell ? price < activation : price > activation))
            {
                return false;
            }

            order.TrailingExtreme = price;
        }

        order.TrailingExtreme = sell ? Math.Max(order.TrailingExtreme.Value, price) : Math.Min(order.TrailingExtreme.Value, price);
        decimal rate = order.CallbackRate!.Value / 100m;
        order.StopPrice = sell ? order.TrailingExtreme.Value * (1m - rate) : order.TrailingExtreme.Value * (1m + rate);
        return sell ? price <= order.StopPrice : price >= order.StopPrice;
    }

    /// <summary>A triggered order works like LIMIT (STOP, TAKE_PROFIT) or MARKET (the *_MARKET types); closePosition takes the whole position.</summary>
    private void Activate(FuturesSymbolState s, FuturesOrder order)
    {
        order.Triggered = true;
        order.UpdateTime = NowMs;
        if (order.ClosePosition || order.ReduceOnly)
        {
            decimal reducible = ReducibleQty(State(order.Account), s, order.Side);
            if (reducible == 0m)
            {
                order.Status = FuturesOrderStatus.Expired;
                RecordOrder(s, order, "EXPIRED");
                return;
            }

            if (order.ClosePosition)
            {
                order.OrigQty = reducible;
            }
        }

        Execute(s, order);
    }
}
