using System.Text.RegularExpressions;
using Binance.WsApi.Emulator.Accounts;
using Binance.WsApi.Emulator.Market;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Matching.Futures;

/// <summary>Placement, cancel, modify and queries, with the futures checks in the order Binance is observed to apply them.</summary>
internal sealed partial class FuturesExchange
{
    public Outcome<FuturesPlaceOutcome> Place(Account account, FuturesOrderRequest r) => Run<Outcome<FuturesPlaceOutcome>>(() => PlaceCore(account, r));

    public Outcome<FuturesOrder> Cancel(Account account, string symbol, long? orderId, string? clientOrderId) => Run<Outcome<FuturesOrder>>(() =>
    {
        if (Find(symbol) is not { } s)
        {
            return Errors.InvalidSymbol();
        }

        FuturesOrder? order = Lookup(account, symbol, orderId, clientOrderId);
        if (order is null || !order.IsOpen)
        {
            return FuturesErrors.UnknownOrder();
        }

        Close(s, order, FuturesOrderStatus.Canceled);
        return order.Clone();
    });

    public Outcome<FuturesOrder> GetOrder(Account account, string symbol, long? orderId, string? clientOrderId) => Run<Outcome<FuturesOrder>>(() =>
    {
        if (Find(symbol) is null)
        {
            return Errors.InvalidSymbol();
        }

        return Lookup(account, symbol, orderId, clientOrderId) is { } order ? order.Clone() : FuturesErrors.NoSuchOrder();
    });

    /// <summary>
    /// order.modify: LIMIT only, same id, new price/quantity, loses queue priority (docs/protocol.md §6.2). Cancelled when the
    /// new quantity is not above what has filled, or when a GTX order would now cross.
    /// </summary>
    public Outcome<FuturesOrder> Modify(Account account, string symbol, Side side, decimal quantity, decimal price, long? orderId, string? clientOrderId) =>
        Run<Outcome<FuturesOrder>>(() =>
        {
            if (Find(symbol) is not { } s)
            {
                return Errors.InvalidSymbol();
            }

            FuturesOrder? order = Lookup(account, symbol, orderId, clientOrderId);
            if (order is null || !order.IsOpen)
            {
                return FuturesErrors.NoSuchOrder();
            }

            if (order.Type != FuturesOrderType.Limit)
            {
                return new ApiError(400, -5025, "Only limit order is supported.");
            }

            if (side != order.Side)
            {
                return Errors.InvalidParameter("side");
            }

            if ((CheckQuantity(s, quantity, market: false) ?? CheckPrice(s, price)) is { } filterError)
            {
                return filterError;
            }

            if (quantity == order.OrigQty && price == order.Price)
            {
                return FuturesErrors.NoNeedToModify();
            }

            FuturesOrder? behind = s.Book.Remove(order);
            FuturesAccountState state = State(account);
            if (!order.ReduceOnly && !state.Unlimited && quantity > order.ExecutedQty)
            {
                // Checked without the order's current reservation, which the modified order replaces.
                decimal required = s.Value(OpeningQty(state, s, side, quantity - order.ExecutedQty), price) / state.LeverageOf(symbol);
                if (Available(state, s.Symbol.MarginAsset) < required)
                {
                    s.Book.Restore(order, behind); // a rejected modify keeps the queue position
                    return FuturesErrors.MarginInsufficient();
                }
            }

            order.OrigQty = quantity;
            order.Price = price;
            order.Leverage = state.LeverageOf(symbol);
            order.UpdateTime = NowMs;
            s.LastUpdateId++;
            if (quantity <= order.ExecutedQty || (order.TimeInForce == FuturesTif.Gtx && WouldCross(s, order.Side, price)))
            {
                order.Status = FuturesOrderStatus.Canceled;
                RecordOrder(s, order, "CANCELED");
                return order.Clone();
            }

            RecordOrder(s, order, "AMENDMENT");
            Execute(s, order);
            return order.Clone();
        });

    /// <summary>Open orders of an account (all symbols when <paramref name="symbol"/> is null), conditional ones included.</summary>
    public IReadOnlyList<FuturesOrder> OpenOrders(Account account, string? symbol) => Run(() =>
        _symbols.Values.Where(s => symbol is null || s.Symbol.Symbol == symbol)
            .SelectMany(s => s.Bids.Concat(s.Asks).Concat(s.Conditionals))
            .Where(o => o.Account == account)
            .Select(o => o.Clone())
            .ToList());

    [GeneratedRegex(@"^[\.A-Z\:/a-z0-9_-]{1,36}$")]
    private static partial Regex ClientOrderIdFormat();

    private FuturesOrder? Lookup(Account account, string symbol, long? orderId, string? clientOrderId)
    {
        // orderId wins when both are sent (docs/protocol.md §6.2).
        if (orderId is { } id)
        {
            return _orders.TryGetValue(id, out FuturesOrder? o) && o.Account == account && o.Symbol == symbol ? o : null;
        }

        FuturesOrder? found = null;
        foreach (FuturesOrder o in _orders.Values)
        {
            // The newest order with that client id (ids may be reused once an order is closed).
            if (o.Account == account && o.Symbol == symbol && o.ClientOrderId == clientOrderId && (found is null || o.OrderId > found.OrderId))
            {
                found = o;
            }
        }

        return found;
    }

    /// <summary>
    /// order.place (and an algo's order): the request's shape, its prices, then what it needs of the account and the
    /// book, each with Binance's code and in that order; then the order waits (conditional) or meets the book.
    /// </summary>
    private Outcome<FuturesPlaceOutcome> PlaceCore(Account account, FuturesOrderRequest r)
    {
        if (Find(r.Symbol) is not { } s)
        {
            return Errors.InvalidSymbol();
        }

        bool conditional = r.Type is not (FuturesOrderType.Limit or FuturesOrderType.Market);
        FuturesAccountState state = State(account);
        if ((CheckShape(account, s, r, conditional) ?? CheckPrices(s, r, conditional) ?? CheckFundsAndBook(account, state, s, r, conditional)) is { } error)
        {
            return error;
        }

        FuturesOrder order = NewOrder(account, s, r, state.LeverageOf(s.Symbol.Symbol));
        FuturesOrder accepted = order.Clone();
        if (conditional)
        {
            if (order.Type == FuturesOrderType.TrailingStopMarket)
            {
                order.ActivationPrice ??= WatchedPrice(s, order.WorkingType);
            }

            s.Conditionals.Add(order);
            accepted = order.Clone();
            RecordOrder(s, order, "NEW");
        }
        else
        {
            RecordOrder(s, order, "NEW");
            Execute(s, order);
        }

        return new FuturesPlaceOutcome(accepted, order.Clone());
    }

    private static PriceFilter PriceFilterOf(FuturesSymbolState s) => s.Symbol.Filters.OfType<PriceFilter>().First();

    private static ApiError? CheckPrice(FuturesSymbolState s, decimal price)
    {
        PriceFilter filter = PriceFilterOf(s);
        if (price <= 0m)
        {
            return FuturesErrors.PriceLessThanZero();
        }

        if (price < filter.MinPrice)
        {
            return FuturesErrors.PriceLessThanMin();
        }

        if (price > filter.MaxPrice)
        {
            return FuturesErrors.PriceGreaterThanMax();
        }

        return IsMultiple(price, filter.TickSize) ? null : FuturesErrors.PriceNotTick();
    }

    private static ApiError? CheckQuantity(FuturesSymbolState s, decimal quantity, bool market)
    {
        LotSizeFilter lot = s.Symbol.Filters.OfType<LotSizeFilter>().First(f => f.Type == (market ? "MARKET_LOT_SIZE" : "LOT_SIZE"));
        if (quantity <= 0m)
        {
            return FuturesErrors.QuantityLessThanZero();
        }

        if (!IsMultiple(quantity, lot.StepSize))
        {
            return FuturesErrors.QuantityNotStep();
        }

        if (quantity < lot.MinQty)
        {
            return FuturesErrors.QuantityLessThanMin();
        }

        return quantity > lot.MaxQty ? FuturesErrors.QuantityGreaterThanMax() : null;
    }

    private static bool IsMultiple(decimal value, decimal step) => step == 0m || value % step == 0m;

    /// <summary>Price used for a market order's notional and margin: the best opposite quote, else the mark.</summary>
    private static decimal ReferencePrice(FuturesSymbolState s, Side side) =>
        s.BestPrice(side == Side.Buy ? Side.Sell : Side.Buy) ?? s.MarkPrice;

    private static bool WouldCross(FuturesSymbolState s, Side side, decimal price) =>
        s.BestPrice(side == Side.Buy ? Side.Sell : Side.Buy) is { } best && (side == Side.Buy ? best <= price : best >= price);

    /// <summary>What a FOK order could fill right now at its limit (after self-trade prevention and reduce-only caps).</summary>
    private static decimal FillableQty(Account account, FuturesAccountState state, FuturesSymbolState s, Side side, decimal price, bool reduceOnly, FuturesStp stp)
    {
        decimal total = 0m;
        foreach (FuturesOrder maker in s.Side(side == Side.Buy ? Side.Sell : Side.Buy))
        {
            if (side == Side.Buy ? maker.Price > price : maker.Price < price)
            {
                break;
            }

            if (maker.Account == account && stp != FuturesStp.None)
            {
                if (stp == FuturesStp.ExpireMaker)
                {
                    continue;
                }

                break;
            }

            total += maker.Remaining;
        }

        return reduceOnly ? Math.Min(total, ReducibleQty(state, s, side)) : total;
    }
}
