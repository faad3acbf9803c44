using System.Text.Json;
using Binance.WsApi.Emulator.Market;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Handlers;

/// <summary>Small pieces every spot handler group needs: the symbol parameter, order references, the ORDERS counters.</summary>
internal static class SpotHandlerSupport
{
    public static ApiError? Symbol(RequestContext ctx, out SpotSymbol symbol, string name = "symbol")
    {
        symbol = null!;
        string? text = ParamReader.OptionalString(ctx.Params, name, out ApiError? error);
        if (error is not null || text is null)
        {
            return Errors.MandatoryParameter(name);
        }

        if (ctx.Services.Symbols.FindSpot(text) is not { } found)
        {
            return Errors.InvalidSymbol();
        }

        symbol = found;
        return null;
    }

    /// <summary>orderId | origClientOrderId (one of them required).</summary>
    public static ApiError? OrderRef(JsonElement p, string idName, string clientIdName, out long? orderId, out string? clientOrderId)
    {
        clientOrderId = null;
        orderId = ParamReader.OptionalLong(p, idName, out ApiError? error);
        if (error is not null)
        {
            return error;
        }

        clientOrderId = ParamReader.OptionalString(p, clientIdName, out error);
        if (error is not null)
        {
            return error;
        }

        return orderId is null && clientOrderId is null
            ? new ApiError(400, -1102, $"Param '{clientIdName}' or '{idName}' must be sent, but both were empty/null!")
            : null;
    }

    /// <summary>Adds the account's ORDERS counters (10 s, day) to the response's rateLimits.</summary>
    public static void ReportOrderLimits(RequestContext ctx)
    {
        var counter = ctx.Services.Exchange.OrderCounter;
        var (tenSeconds, day) = counter.Snapshot(ctx.Key!.Account, ctx.NowMs);
        ctx.OrderRateLimits.Add(new RateLimitUsage("ORDERS", "SECOND", 10, counter.PerTenSeconds, tenSeconds));
        ctx.OrderRateLimits.Add(new RateLimitUsage("ORDERS", "DAY", 1, counter.PerDay, day));
    }

    public static int Limit(JsonElement p, int defaultLimit, int max, out ApiError? error)
    {
        long? limit = ParamReader.OptionalLong(p, "limit", out error);
        if (error is not null)
        {
            return defaultLimit;
        }

        if (limit is { } l && (l <= 0 || l > max))
        {
            error = Errors.InvalidParameter("limit");
        }

        return (int)(limit ?? defaultLimit);
    }

    /// <summary>A time parameter in ms or µs (spot accepts both, docs/protocol.md §1.1).</summary>
    public static long? TimeParam(JsonElement p, string name, out ApiError? error)
    {
        long? value = ParamReader.OptionalLong(p, name, out error);
        return value is > 100_000_000_000_000 ? value / 1000 : value;
    }
}
