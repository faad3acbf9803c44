using System.Text.Json;
using Binance.WsApi.Emulator.Hosting;
using Binance.WsApi.Emulator.Market;
using Binance.WsApi.Emulator.Matching;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Handlers;

/// <summary>
/// Order lists (docs/protocol.md §5.4, §8.7): orderList.place (deprecated OCO), orderList.place.oco/.oto/.otoco/.opo/.opoco,
/// orderList.cancel, and the queries orderList.status, openOrderLists.status, allOrderLists. Placements and
/// cancels are free on success (§3.1) and report the ORDERS counters.
/// </summary>
internal sealed class OrderListHandlers(EmulatorServices services) : IMethodGroup
{
    private SpotExchange Exchange => services.Exchange;

    public IEnumerable<MethodDefinition> GetMethods() =>
    [
        SpotTradingHandlers.Trade("orderList.place", MethodDefinition.FixedWeight(1), PlaceLegacyOco, free: true),
        SpotTradingHandlers.Trade("orderList.place.oco", MethodDefinition.FixedWeight(1), PlaceOco, free: true),
        SpotTradingHandlers.Trade("orderList.place.oto", MethodDefinition.FixedWeight(1), ctx => PlaceOto(ctx, pair: false, opo: false), free: true),
        SpotTradingHandlers.Trade("orderList.place.otoco", MethodDefinition.FixedWeight(1), ctx => PlaceOto(ctx, pair: true, opo: false), free: true),
        SpotTradingHandlers.Trade("orderList.place.opo", MethodDefinition.FixedWeight(1), ctx => PlaceOto(ctx, pair: false, opo: true), free: true),
        SpotTradingHandlers.Trade("orderList.place.opoco", MethodDefinition.FixedWeight(1), ctx => PlaceOto(ctx, pair: true, opo: true), free: true),
        SpotTradingHandlers.Trade("orderList.cancel", MethodDefinition.FixedWeight(1), Cancel, free: true),
        SpotTradingHandlers.Trade("orderList.status", MethodDefinition.FixedWeight(4), Status),
        SpotTradingHandlers.Trade("openOrderLists.status", MethodDefinition.FixedWeight(6), OpenLists),
        SpotTradingHandlers.Trade("allOrderLists", MethodDefinition.FixedWeight(20), AllLists),
    ];

    /// <summary>
    /// Deprecated orderList.place: a LIMIT_MAKER at <c>price</c> and a STOP_LOSS (or STOP_LOSS_LIMIT with
    /// <c>stopLimitPrice</c>) at <c>stopPrice</c>; legs named limit*/stop*; the stop leg is reported first (docs' example).
    /// </summary>
    private MethodResult PlaceLegacyOco(RequestContext ctx)
    {
        JsonElement p = ctx.Params;
        if (SpotHandlerSupport.Symbol(ctx, out SpotSymbol symbol) is { } symbolError)
        {
            return symbolError;
        }

        if (!symbol.OcoAllowed)
        {
            return EngineErrors.NewOrderRejected("OCO orders are not supported for this symbol");
        }

        string? sideText = ParamReader.OptionalString(p, "side", out _);
        if (sideText is null)
        {
            return Errors.MandatoryParameter("side");
        }

        if (!Wire.TryParse(sideText, out Side side))
        {
            return new ApiError(400, -1117, "Invalid side.");
        }

        if (!ParamReader.Has(p, "price"))
        {
            return Errors.MandatoryParameter("price");
        }

        if (!ParamReader.Has(p, "stopPrice") && !ParamReader.Has(p, "trailingDelta"))
        {
            return SpotOrderParser.MissingOneOf("stopPrice", "trailingDelta");
        }

        // Re-express the legacy names as two prefixed legs and reuse the leg parser (same rules, same codes).
        var limitLeg = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var stopLeg = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (JsonProperty property in p.EnumerateObject())
        {
            switch (property.Name)
            {
                case "price":
                    limitLeg["limitPrice"] = property.Value;
                    break;
                case "stopPrice":
                    stopLeg["stopStopPrice"] = property.Value;
                    break;
                case "trailingDelta":
                    stopLeg["stopTrailingDelta"] = property.Value;
                    break;
                case "stopLimitPrice":
                    stopLeg["stopPrice"] = property.Value;
                    break;
                case "stopLimitTimeInForce":
                    stopLeg["stopTimeInForce"] = property.Value;
                    break;
                default:
                    limitLeg[property.Name] = property.Value;
                    stopLeg[property.Name] = property.Value;
                    break;
            }
        }

        limitLeg["limitType"] = JsonSerializer.SerializeToElement("LIMIT_MAKER");
        stopLeg["stopType"] = JsonSerializer.SerializeToElement(ParamReader.Has(p, "stopLimitPrice") ? "STOP_LOSS_LIMIT" : "STOP_LOSS");
        var (limitRequest, limitError) = ParseLeg(JsonSerializer.SerializeToElement(limitLeg), symbol, SpotOrderListParameters.LegacyOco[0]);
        if (limitError is not null)
        {
            return limitError;
        }

        var (stopRequest, stopError) = ParseLeg(JsonSerializer.SerializeToElement(stopLeg), symbol, SpotOrderListParameters.LegacyOco[1]);
        if (stopError is not null)
        {
            return stopError;
        }

        var (respType, respError) = SpotOrderParser.ResponseTypeOf(p, null, ResponseType.Full);
        if (respError is not null)
        {
            return respError;
        }

        string? listId = ParamReader.OptionalString(p, "listClientOrderId", out _);
        bool buy = side == Side.Buy;
        Outcome<ListOutcome> outcome = Exchange.PlaceOco(ctx.Key!.Account, listId,
            buy ? stopRequest! : limitRequest!, buy ? limitRequest! : stopRequest!, belowFirst: !buy);
        return Report(ctx, outcome, respType);
    }

    private MethodResult PlaceOco(RequestContext ctx)
    {
        JsonElement p = ctx.Params;
        if (SpotHandlerSupport.Symbol(ctx, out SpotSymbol symbol) is { } symbolError)
        {
            return symbolError;
        }

        if (!symbol.OcoAllowed)
        {
            return EngineErrors.NewOrderRejected("OCO orders are not supported for this symbol");
        }

        var (above, aboveError) = ParseLeg(p, symbol, SpotOrderListParameters.Oco[0]);
        if (aboveError is not null)
        {
            return aboveError;
        }

        var (below, belowError) = ParseLeg(p, symbol, SpotOrderListParameters.Oco[1]);
        if (belowError is not null)
        {
            return belowError;
        }

        if (CheckOcoLegs(above!, below!) is { } legError)
        {
            return legError;
        }

        var (respType, respError) = SpotOrderParser.ResponseTypeOf(p, null, ResponseType.Full);
        if (respError is not null)
        {
            return respError;
        }

        string? listId = ParamReader.OptionalString(p, "listClientOrderId", out _);
        return Report(ctx, Exchange.PlaceOco(ctx.Key!.Account, listId, above!, below!), respType);
    }

    private static (OrderRequest? Request, ApiError? Error) ParseLeg(JsonElement p, SpotSymbol symbol, OrderListLeg leg) =>
        SpotOrderParser.Parse(p, symbol, leg.Prefix, leg.SideName, leg.QuantityName, leg.ClientIdName);

    /// <summary>
    /// Leg types against their position (docs/protocol.md §7: -1158, -1168, -1165/-1166, -1196…-1199). Price relations to
    /// each other and to the last price are the engine's ("The relationship of the prices for the orders is not correct.").
    /// </summary>
    internal static ApiError? CheckOcoLegs(OrderRequest above, OrderRequest below)
    {
        if (above.Kind is OrderKind.Limit or OrderKind.Market || below.Kind is OrderKind.Limit or OrderKind.Market)
        {
            return new ApiError(400, -1158, "Order type not supported in OCO.");
        }

        if (above.Kind == OrderKind.LimitMaker && below.Kind == OrderKind.LimitMaker)
        {
            return new ApiError(400, -1168, "At least one OCO order must be contingent.");
        }

        bool buy = above.Side == Side.Buy;
        bool StopLoss(OrderRequest r) => r.Kind is OrderKind.StopLoss or OrderKind.StopLossLimit;
        bool TakeProfit(OrderRequest r) => r.Kind is OrderKind.TakeProfit or OrderKind.TakeProfitLimit;
        if (buy && above.Kind == OrderKind.LimitMaker)
        {
            return new ApiError(400, -1165, "A limit order in a buy OCO must be below.");
        }

        if (!buy && below.Kind == OrderKind.LimitMaker)
        {
            return new ApiError(400, -1166, "A limit order in a sell OCO must be above.");
        }

        if (buy && StopLoss(below))
        {
            return new ApiError(400, -1196, "A stop loss order in a buy OCO must be above.");
        }

        if (!buy && StopLoss(above))
        {
            return new ApiError(400, -1197, "A stop loss order in a sell OCO must be below.");
        }

        if (buy && TakeProfit(above))
        {
            return new ApiError(400, -1198, "A take profit order in a buy OCO must be below.");
        }

        if (!buy && TakeProfit(below))
        {
            return new ApiError(400, -1199, "A take profit order in a sell OCO must be above.");
        }

        return null;
    }

    /// <summary>OTO / OTOCO / OPO / OPOCO: working leg (LIMIT or LIMIT_MAKER) plus one pending leg or a pending OCO pair.</summary>
    private MethodResult PlaceOto(RequestContext ctx, bool pair, bool opo)
    {
        JsonElement p = ctx.Params;
        if (SpotHandlerSupport.Symbol(ctx, out SpotSymbol symbol) is { } symbolError)
        {
            return symbolError;
        }

        if (pair && !symbol.OcoAllowed)
        {
            return EngineErrors.NewOrderRejected("OCO orders are not supported for this symbol");
        }

        if (opo && !symbol.OpoAllowed)
        {
            return EngineErrors.NewOrderRejected("OPO orders are not supported for this symbol.");
        }

        var (working, workingError) = ParseLeg(p, symbol, SpotOrderListParameters.Working);
        if (workingError is not null)
        {
            return workingError;
        }

        if (working!.Kind is not (OrderKind.Limit or OrderKind.LimitMaker))
        {
            return new ApiError(400, -1116, "Invalid orderType.");
        }

        if (opo && ParamReader.Has(p, "pendingQuantity"))
        {
            return new ApiError(400, -1225, "Pending orders should not include the 'pendingQuantity' tag.");
        }

        var pending = new List<OrderRequest>();
        foreach (OrderListLeg declared in pair ? SpotOrderListParameters.PendingPair : SpotOrderListParameters.Pending)
        {
            // OPO's pending legs take the working order's quantity (pendingQuantity was refused above).
            var (leg, legError) = ParseLeg(p, symbol, opo ? declared with { QuantityName = null } : declared);
            if (legError is not null)
            {
                return legError;
            }

            if (leg!.Kind == OrderKind.Market && leg.QuoteOrderQty is not null)
            {
                return SpotOrderParser.NotRequired("quoteOrderQty");
            }

            pending.Add(leg);
        }

        if (opo && working.Side != Side.Buy)
        {
            return new ApiError(400, -1222, "Working order in an OPO list must be a bid.");
        }

        if (opo && pending[0].Side != Side.Sell)
        {
            return new ApiError(400, -1223, "Pending orders in an OPO list must be asks.");
        }

        if (pair && CheckOcoLegs(pending[0], pending[1]) is { } legsError)
        {
            return legsError;
        }

        var (respType, respError) = SpotOrderParser.ResponseTypeOf(p, null, ResponseType.Full);
        if (respError is not null)
        {
            return respError;
        }

        string? listId = ParamReader.OptionalString(p, "listClientOrderId", out _);
        return Report(ctx, Exchange.PlaceOto(ctx.Key!.Account, listId, working, pending, opo), respType);
    }

    private static MethodResult Report(RequestContext ctx, Outcome<ListOutcome> outcome, ResponseType respType)
    {
        SpotHandlerSupport.ReportOrderLimits(ctx);
        if (!outcome.Ok)
        {
            return outcome.Error!;
        }

        ListOutcome list = outcome.Value!;
        return MethodResult.Ok(w => SpotOrderJson.WriteList(w, list, respType));
    }

    private MethodResult Cancel(RequestContext ctx)
    {
        if (SpotHandlerSupport.Symbol(ctx, out SpotSymbol symbol) is { } symbolError)
        {
            return symbolError;
        }

        if (SpotHandlerSupport.OrderRef(ctx.Params, "orderListId", "listClientOrderId", out long? listId, out string? listClientId) is { } refError)
        {
            return refError;
        }

        string? newId = ParamReader.OptionalString(ctx.Params, "newClientOrderId", out _);
        Outcome<ListOutcome> outcome = Exchange.CancelList(ctx.Key!.Account, symbol.Symbol, listId, listClientId, newId);
        if (!outcome.Ok)
        {
            return outcome.Error!;
        }

        ListOutcome list = outcome.Value!;
        return MethodResult.Ok(w => SpotOrderJson.WriteList(w, list, null, cancelReports: true));
    }

    private MethodResult Status(RequestContext ctx)
    {
        if (SpotHandlerSupport.OrderRef(ctx.Params, "orderListId", "origClientOrderId", out long? listId, out string? clientId) is { } refError)
        {
            return refError;
        }

        // Both given: origClientOrderId wins (docs/protocol.md §5.5).
        Outcome<ListOutcome> outcome = Exchange.GetList(ctx.Key!.Account, clientId is null ? listId : null, clientId);
        if (!outcome.Ok)
        {
            return outcome.Error!;
        }

        ListOutcome list = outcome.Value!;
        return MethodResult.Ok(w => SpotOrderJson.WriteList(w, list, null));
    }

    private MethodResult OpenLists(RequestContext ctx)
    {
        var lists = Exchange.OpenLists(ctx.Key!.Account);
        return MethodResult.Ok(w => WriteLists(w, lists));
    }

    private MethodResult AllLists(RequestContext ctx)
    {
        JsonElement p = ctx.Params;
        long? fromId = ParamReader.OptionalLong(p, "fromId", out ApiError? error);
        ApiError? rangeError = AccountQueryHandlers.TimeRange(p, out long? start, out long? end);
        if ((error ?? rangeError) is { } failure)
        {
            return failure;
        }

        if (fromId is not null && (start is not null || end is not null))
        {
            return Errors.BadParameterCombination();
        }

        int limit = SpotHandlerSupport.Limit(p, 500, 1000, out error);
        if (error is not null)
        {
            return error;
        }

        var lists = Exchange.AllLists(ctx.Key!.Account, fromId, start, end, limit);
        return MethodResult.Ok(w => WriteLists(w, lists));
    }

    private static void WriteLists(Utf8JsonWriter w, IReadOnlyList<ListOutcome> lists)
    {
        w.WriteStartArray();
        foreach (ListOutcome list in lists)
        {
            SpotOrderJson.WriteList(w, list, null);
        }

        w.WriteEndArray();
    }
}
