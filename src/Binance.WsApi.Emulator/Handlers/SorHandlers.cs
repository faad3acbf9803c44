using System.Text.Json;
using Binance.WsApi.Emulator.Hosting;
using Binance.WsApi.Emulator.Market;
using Binance.WsApi.Emulator.Matching;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Handlers;

/// <summary>
/// Smart order routing (docs/protocol.md §5.4): sor.order.place (result is an array of one order with
/// <c>workingFloor</c> SOR, <c>usedSor</c>, fills as allocations) and sor.order.test. The emulator routes to the
/// symbol's own book: there is one venue per symbol.
/// </summary>
internal sealed class SorHandlers(EmulatorServices services) : IMethodGroup
{
    public IEnumerable<MethodDefinition> GetMethods() =>
    [
        SpotTradingHandlers.Trade("sor.order.place", MethodDefinition.FixedWeight(1), Place, free: true),
        SpotTradingHandlers.Trade("sor.order.test", ctx => ParamReader.OptionalBoolean(ctx.Params, "computeCommissionRates", out _) == true ? 20 : 1, Test),
    ];

    private (OrderRequest? Request, ResponseType Type, ApiError? Error) Parse(RequestContext ctx)
    {
        JsonElement p = ctx.Params;
        if (SpotHandlerSupport.Symbol(ctx, out SpotSymbol symbol) is { } symbolError)
        {
            return (null, default, symbolError);
        }

        // Only symbols the exchange routes (exchangeInfo "sors") can use the SOR; the docs name no error, the
        // emulator answers -1121 as for a symbol the router does not know.
        if (!services.Symbols.Sors.Any(sor => sor.Symbols.Contains(symbol.Symbol)))
        {
            return (null, default, Errors.InvalidSymbol());
        }

        if (ParamReader.Has(p, "quoteOrderQty"))
        {
            return (null, default, SpotOrderParser.NotRequired("quoteOrderQty"));
        }

        var (request, error) = SpotOrderParser.Parse(p, symbol, "", "side", "quantity", "newClientOrderId", sor: true);
        if (error is not null)
        {
            return (null, default, error);
        }

        if (request!.Kind is not (OrderKind.Limit or OrderKind.Market))
        {
            return (null, default, new ApiError(400, -1116, "Invalid orderType."));
        }

        var (type, typeError) = SpotOrderParser.ResponseTypeOf(p, request.Kind);
        return (request, type, typeError);
    }

    private MethodResult Place(RequestContext ctx)
    {
        var (request, respType, error) = Parse(ctx);
        if (error is not null)
        {
            return error;
        }

        Outcome<PlaceOutcome> outcome = services.Exchange.Place(ctx.Key!.Account, request!);
        SpotHandlerSupport.ReportOrderLimits(ctx);
        if (!outcome.Ok)
        {
            return outcome.Error!;
        }

        PlaceOutcome placed = outcome.Value!;
        return MethodResult.Ok(w =>
        {
            w.WriteStartArray();
            SpotOrderJson.WritePlacement(w, placed.Order, respType, placed.Fills, placed.TransactTime);
            w.WriteEndArray();
        });
    }

    private MethodResult Test(RequestContext ctx)
    {
        var (request, _, error) = Parse(ctx);
        bool commission = ParamReader.OptionalBoolean(ctx.Params, "computeCommissionRates", out ApiError? boolError) ?? false;
        if ((error ?? boolError ?? services.Exchange.Test(ctx.Key!.Account, request!)) is { } failure)
        {
            return failure;
        }

        var account = ctx.Key!.Account;
        return MethodResult.Ok(w => SpotTradingHandlers.WriteTestResult(w, account, commission, withSpecial: false));
    }
}
