using Binance.WsApi.Emulator.Matching.Futures;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Handlers;

/// <summary>Pieces every futures handler needs: the market's exchange, the symbol parameter, the ORDERS counters.</summary>
internal static class FuturesHandlerSupport
{
    public static FuturesExchange Exchange(RequestContext ctx) =>
        ctx.Market == MarketKind.UsdM ? ctx.Services.UsdM : ctx.Services.CoinM;

    public static ApiError? Symbol(RequestContext ctx, out FuturesSymbolState symbol)
    {
        symbol = null!;
        string? text = ParamReader.OptionalString(ctx.Params, "symbol", out ApiError? error);
        if (error is not null || text is null)
        {
            return Errors.MandatoryParameter("symbol");
        }

        if (Exchange(ctx).Find(text) is not { } found)
        {
            return Errors.InvalidSymbol();
        }

        symbol = found;
        return null;
    }

    /// <summary>An optional symbol filter: absent → null symbol and no error.</summary>
    public static ApiError? OptionalSymbol(RequestContext ctx, out FuturesSymbolState? symbol)
    {
        symbol = null;
        if (!ParamReader.Has(ctx.Params, "symbol"))
        {
            return null;
        }

        ApiError? error = Symbol(ctx, out FuturesSymbolState found);
        symbol = found;
        return error;
    }

    /// <summary>Counts an order request on the account's ORDERS limits and reports them; the error when over a limit.</summary>
    public static ApiError? CountOrder(RequestContext ctx)
    {
        var limiter = ctx.Market == MarketKind.UsdM ? ctx.Services.UsdMOrderLimiter : ctx.Services.CoinMOrderLimiter;
        var (usage, exceeded) = limiter.Add(ctx.Key!.Account, ctx.NowMs);
        ctx.OrderRateLimits.AddRange(usage);
        return exceeded is { } e ? FuturesErrors.TooManyOrders(e.Limit, e.Interval) : null;
    }
}
