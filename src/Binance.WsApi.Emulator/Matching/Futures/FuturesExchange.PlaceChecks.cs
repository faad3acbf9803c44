using Binance.WsApi.Emulator.Accounts;
using Binance.WsApi.Emulator.Market;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Matching.Futures;

/// <summary>The checks of a new futures order, stage by stage, in Binance's order of precedence (PlaceCore runs them).</summary>
internal sealed partial class FuturesExchange
{
    /// <summary>Position side, where conditional orders go, the client id, closePosition vs quantity, goodTillDate.</summary>
    private ApiError? CheckShape(Account account, FuturesSymbolState s, FuturesOrderRequest r, bool conditional)
    {
        if (r.PositionSide != "BOTH")
        {
            return FuturesErrors.PositionSideMismatch();
        }

        if (conditional && Market == MarketKind.UsdM && !r.FromAlgo)
        {
            // Since 2025-12 USD-M conditional orders live in the algo service (STOP_ORDER_SWITCH_ALGO).
            return FuturesErrors.UseAlgoApi();
        }

        if (r.NewClientOrderId is { } clientId)
        {
            if (!ClientOrderIdFormat().IsMatch(clientId))
            {
                return FuturesErrors.InvalidClientOrderId();
            }

            if (_orders.Values.Any(o => o.Account == account && o.IsOpen && o.ClientOrderId == clientId))
            {
                return FuturesErrors.DuplicateClientOrderId();
            }
        }

        if (r.ClosePosition)
        {
            return r.Type is not (FuturesOrderType.StopMarket or FuturesOrderType.TakeProfitMarket) ? FuturesErrors.NotRequired("closePosition")
                : r.Quantity is not null ? FuturesErrors.NotRequired("quantity")
                : r.ReduceOnly ? FuturesErrors.NotRequired("reduceOnly")
                : CheckGoodTillDate(r);
        }

        if (r.Quantity is not { } qty)
        {
            return Errors.MandatoryParameter("quantity");
        }

        bool marketLot = r.Type != FuturesOrderType.Limit && r.Type != FuturesOrderType.Stop && r.Type != FuturesOrderType.TakeProfit;
        return CheckQuantity(s, qty, market: marketLot) ?? CheckGoodTillDate(r);
    }

    private ApiError? CheckGoodTillDate(FuturesOrderRequest r) =>
        r.TimeInForce == FuturesTif.Gtd && r.GoodTillDate <= NowMs
            // Binance also wants it some minutes ahead; the emulator only insists on the future.
            ? (r.GoodTillDate == 0 ? Errors.MandatoryParameter("goodTillDate") : Errors.InvalidParameter("goodTillDate"))
            : null;

    /// <summary>price (limit styles), stopPrice (conditional but trailing), callbackRate (trailing).</summary>
    private static ApiError? CheckPrices(FuturesSymbolState s, FuturesOrderRequest r, bool conditional)
    {
        if (r.Type is FuturesOrderType.Limit or FuturesOrderType.Stop or FuturesOrderType.TakeProfit)
        {
            if (r.Price is not { } price)
            {
                return Errors.MandatoryParameter("price");
            }

            if (CheckPrice(s, price) is { } priceError)
            {
                return priceError;
            }
        }

        if (conditional && r.Type != FuturesOrderType.TrailingStopMarket)
        {
            return r.StopPrice is not { } stop ? Errors.MandatoryParameter("stopPrice")
                : stop <= 0m ? FuturesErrors.StopPriceLessThanZero()
                : !IsMultiple(stop, PriceFilterOf(s).TickSize) ? FuturesErrors.PriceNotTick()
                : null;
        }

        if (r.Type == FuturesOrderType.TrailingStopMarket)
        {
            return r.CallbackRate is not { } rate ? Errors.MandatoryParameter("callbackRate")
                : rate < 0.1m || rate > 10m ? Errors.InvalidParameter("callbackRate")
                : null;
        }

        return null;
    }

    /// <summary>Reduce-only, minimum notional, margin, then what the book says: an immediate trigger, GTX crossing, FOK short.</summary>
    private ApiError? CheckFundsAndBook(Account account, FuturesAccountState state, FuturesSymbolState s, FuturesOrderRequest r, bool conditional)
    {
        decimal quantity = r.Quantity ?? 0m;
        if (r.ReduceOnly && !conditional && ReducibleQty(state, s, r.Side) == 0m)
        {
            return FuturesErrors.ReduceOnlyRejected();
        }

        bool limitStyle = r.Type is FuturesOrderType.Limit or FuturesOrderType.Stop or FuturesOrderType.TakeProfit;
        decimal referencePrice = limitStyle ? r.Price!.Value : ReferencePrice(s, r.Side);
        if (!r.ReduceOnly && !r.ClosePosition && !r.AlgoSlice && s.Symbol.Filters.OfType<FuturesMinNotionalFilter>().FirstOrDefault() is { } minNotional
            && quantity * referencePrice < minNotional.Notional)
        {
            return FuturesErrors.NotionalTooSmall(minNotional.Notional);
        }

        if (!conditional && !r.ReduceOnly && !state.Unlimited)
        {
            decimal required = s.Value(OpeningQty(state, s, r.Side, quantity), referencePrice) / state.LeverageOf(s.Symbol.Symbol);
            if (required > 0m && Available(state, s.Symbol.MarginAsset) < required)
            {
                return state.Wallets.GetValueOrDefault(s.Symbol.MarginAsset) <= 0m ? FuturesErrors.BalanceInsufficient() : FuturesErrors.MarginInsufficient();
            }
        }

        if (conditional)
        {
            return r.Type != FuturesOrderType.TrailingStopMarket && ConditionMet(r.Type, r.Side, r.StopPrice!.Value, WatchedPrice(s, r.WorkingType))
                ? FuturesErrors.WouldImmediatelyTrigger()
                : null;
        }

        if (r.Type != FuturesOrderType.Limit)
        {
            return null;
        }

        return r.TimeInForce == FuturesTif.Gtx && WouldCross(s, r.Side, r.Price!.Value) ? FuturesErrors.GtxRejected()
            : r.TimeInForce == FuturesTif.Fok && FillableQty(account, state, s, r.Side, r.Price!.Value, r.ReduceOnly, r.Stp) < quantity ? FuturesErrors.FokRejected()
            : null;
    }
}
