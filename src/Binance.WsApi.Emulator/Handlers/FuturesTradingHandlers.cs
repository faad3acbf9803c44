using System.Text.Json;
using Binance.WsApi.Emulator.Hosting;
using Binance.WsApi.Emulator.Matching;
using Binance.WsApi.Emulator.Matching.Futures;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Handlers;

/// <summary>
/// Futures trading (docs/protocol.md §6.2/§6.3): order.place, order.modify, order.cancel, order.status on both futures
/// paths; algoOrder.place / algoOrder.cancel on USD-M only (CONDITIONAL as documented, TWAP / VP as our extension).
/// </summary>
internal sealed class FuturesTradingHandlers(EmulatorServices services) : IMethodGroup
{
    public IEnumerable<MethodDefinition> GetMethods() =>
    [
        new MethodDefinition
        {
            Name = "order.place", Markets = MarketSet.Futures, Security = SecurityType.Signed,
            Weight = MethodDefinition.FixedWeight(0), Handler = Place,
        },
        new MethodDefinition
        {
            // ORDERS 1 on each interval; IP weight 0 on USD-M, 1 on COIN-M.
            Name = "order.modify", Markets = MarketSet.Futures, Security = SecurityType.Signed,
            Weight = ctx => ctx.Market == MarketKind.UsdM ? 0 : 1, Handler = Modify,
        },
        new MethodDefinition
        {
            Name = "order.cancel", Markets = MarketSet.Futures, Security = SecurityType.Signed,
            Weight = MethodDefinition.FixedWeight(1), Handler = Cancel,
        },
        new MethodDefinition
        {
            Name = "order.status", Markets = MarketSet.Futures, Security = SecurityType.Signed,
            Weight = MethodDefinition.FixedWeight(1), Handler = Status,
        },
        new MethodDefinition
        {
            Name = "algoOrder.place", Markets = MarketSet.UsdM, Security = SecurityType.Signed,
            Weight = MethodDefinition.FixedWeight(0), Handler = PlaceAlgo,
        },
        new MethodDefinition
        {
            Name = "algoOrder.cancel", Markets = MarketSet.UsdM, Security = SecurityType.Signed,
            Weight = MethodDefinition.FixedWeight(1), Handler = CancelAlgo,
        },
    ];

    private static ValueTask<MethodResult> Place(RequestContext ctx)
    {
        if (FuturesHandlerSupport.CountOrder(ctx) is { } limitError)
        {
            return MethodResult.Fail(limitError);
        }

        if (FuturesOrderParser.Parse(ctx, algo: false, out FuturesOrderRequest request, out bool result) is { } error)
        {
            return MethodResult.Fail(error);
        }

        FuturesExchange exchange = FuturesHandlerSupport.Exchange(ctx);
        Outcome<FuturesPlaceOutcome> outcome = exchange.Place(ctx.Key!.Account, request);
        if (!outcome.Ok)
        {
            return MethodResult.Fail(outcome.Error!);
        }

        // ACK answers the order as accepted; RESULT as it stands after matching (docs/protocol.md §6.1).
        FuturesOrder order = result ? outcome.Value!.Result : outcome.Value!.Accepted;
        FuturesSymbolState s = exchange.Find(order.Symbol)!;
        return MethodResult.Ok(w => FuturesOrderJson.WriteOrder(w, s, order));
    }

    private static ValueTask<MethodResult> Modify(RequestContext ctx)
    {
        if (FuturesHandlerSupport.CountOrder(ctx) is { } limitError)
        {
            return MethodResult.Fail(limitError);
        }

        JsonElement p = ctx.Params;
        if (FuturesHandlerSupport.Symbol(ctx, out FuturesSymbolState s) is { } symbolError)
        {
            return MethodResult.Fail(symbolError);
        }

        string? sideText = ParamReader.OptionalString(p, "side", out ApiError? error);
        if (error is not null || sideText is null)
        {
            return MethodResult.Fail(Errors.MandatoryParameter("side"));
        }

        if (!Wire.TryParse(sideText, out Side side))
        {
            return MethodResult.Fail(new ApiError(400, -1117, "Invalid side."));
        }

        if (FuturesOrderParameters.ReadModifyValues(p, out decimal quantity, out decimal price) is { } valueError)
        {
            return MethodResult.Fail(valueError);
        }

        if (SpotHandlerSupport.OrderRef(p, "orderId", "origClientOrderId", out long? orderId, out string? clientId) is { } refError)
        {
            return MethodResult.Fail(refError);
        }

        Outcome<FuturesOrder> outcome = FuturesHandlerSupport.Exchange(ctx).Modify(ctx.Key!.Account, s.Symbol.Symbol, side, quantity, price, orderId, clientId);
        return outcome.Ok ? MethodResult.Ok(w => FuturesOrderJson.WriteOrder(w, s, outcome.Value!)) : MethodResult.Fail(outcome.Error!);
    }

    private static ValueTask<MethodResult> Cancel(RequestContext ctx)
    {
        if (OrderRef(ctx, out FuturesSymbolState s, out long? orderId, out string? clientId) is { } error)
        {
            return MethodResult.Fail(error);
        }

        Outcome<FuturesOrder> outcome = FuturesHandlerSupport.Exchange(ctx).Cancel(ctx.Key!.Account, s.Symbol.Symbol, orderId, clientId);
        return outcome.Ok ? MethodResult.Ok(w => FuturesOrderJson.WriteOrder(w, s, outcome.Value!)) : MethodResult.Fail(outcome.Error!);
    }

    private static ValueTask<MethodResult> Status(RequestContext ctx)
    {
        if (OrderRef(ctx, out FuturesSymbolState s, out long? orderId, out string? clientId) is { } error)
        {
            return MethodResult.Fail(error);
        }

        Outcome<FuturesOrder> outcome = FuturesHandlerSupport.Exchange(ctx).GetOrder(ctx.Key!.Account, s.Symbol.Symbol, orderId, clientId);
        return outcome.Ok ? MethodResult.Ok(w => FuturesOrderJson.WriteOrder(w, s, outcome.Value!, withTime: true)) : MethodResult.Fail(outcome.Error!);
    }

    private ValueTask<MethodResult> PlaceAlgo(RequestContext ctx)
    {
        string? algoType = ParamReader.OptionalString(ctx.Params, "algoType", out ApiError? error);
        if (error is not null || algoType is null)
        {
            return MethodResult.Fail(Errors.MandatoryParameter("algoType"));
        }

        // CONDITIONAL is the documented algoType; TWAP and VP are our extension (Binance has them on REST only).
        if (!Wire.TryParse(algoType, out AlgoKind kind))
        {
            return MethodResult.Fail(Errors.InvalidParameter("algoType"));
        }

        if (kind != AlgoKind.Conditional)
        {
            return PlaceWorkedAlgo(ctx, kind);
        }

        if (FuturesOrderParser.Parse(ctx, algo: true, out FuturesOrderRequest request, out _) is { } parseError)
        {
            return MethodResult.Fail(parseError);
        }

        string? clientAlgoId = ParamReader.OptionalString(ctx.Params, "clientAlgoId", out error);
        if (error is not null)
        {
            return MethodResult.Fail(error);
        }

        Outcome<AlgoOrder> outcome = services.UsdM.PlaceAlgo(ctx.Key!.Account, request, clientAlgoId);
        if (!outcome.Ok)
        {
            return MethodResult.Fail(outcome.Error!);
        }

        FuturesSymbolState s = services.UsdM.Find(request.Symbol)!;
        return MethodResult.Ok(w => FuturesOrderJson.WriteAlgo(w, s, outcome.Value!));
    }

    private ValueTask<MethodResult> PlaceWorkedAlgo(RequestContext ctx, AlgoKind kind)
    {
        if (FuturesWorkedAlgoParser.Parse(ctx, kind, out WorkedAlgoRequest request) is { } parseError)
        {
            return MethodResult.Fail(parseError);
        }

        Outcome<AlgoOrder> outcome = services.UsdM.PlaceWorkedAlgo(ctx.Key!.Account, request);
        if (!outcome.Ok)
        {
            return MethodResult.Fail(outcome.Error!);
        }

        FuturesSymbolState s = services.UsdM.Find(request.Symbol)!;
        return MethodResult.Ok(w => FuturesOrderJson.WriteAlgo(w, s, outcome.Value!));
    }

    private ValueTask<MethodResult> CancelAlgo(RequestContext ctx)
    {
        if (SpotHandlerSupport.OrderRef(ctx.Params, "algoId", "clientAlgoId", out long? algoId, out string? clientAlgoId) is { } error)
        {
            return MethodResult.Fail(error);
        }

        Outcome<AlgoOrder> outcome = services.UsdM.CancelAlgo(ctx.Key!.Account, algoId, clientAlgoId);
        if (!outcome.Ok)
        {
            return MethodResult.Fail(outcome.Error!);
        }

        AlgoOrder algo = outcome.Value!;
        return MethodResult.Ok(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("algoId", algo.AlgoId);
            w.WriteString("clientAlgoId", algo.ClientAlgoId);
            w.WriteString("code", "200");
            w.WriteString("msg", "success");
            w.WriteEndObject();
        });
    }

    private static ApiError? OrderRef(RequestContext ctx, out FuturesSymbolState s, out long? orderId, out string? clientId)
    {
        orderId = null;
        clientId = null;
        return FuturesHandlerSupport.Symbol(ctx, out s)
            ?? SpotHandlerSupport.OrderRef(ctx.Params, "orderId", "origClientOrderId", out orderId, out clientId);
    }
}
