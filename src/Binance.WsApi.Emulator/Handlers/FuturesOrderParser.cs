using System.Text.Json;
using Binance.WsApi.Emulator.Matching;
using Binance.WsApi.Emulator.Matching.Futures;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Handlers;

/// <summary>
/// Reads order.place / algoOrder.place parameters into a <see cref="FuturesOrderRequest"/>. Enum values are
/// case-sensitive as at Binance; unknown values get the dedicated codes (-1115/-1116/-1117/-1136).
/// </summary>
internal static class FuturesOrderParser
{
    /// <summary>The symbol (of this market) and the side every futures placement starts with, with Binance's codes.</summary>
    internal static ApiError? ReadSymbolAndSide(RequestContext ctx, out FuturesSymbolState symbol, out Side side)
    {
        side = default;
        if (FuturesHandlerSupport.Symbol(ctx, out symbol) is { } symbolError)
        {
            return symbolError;
        }

        string? sideText = ParamReader.OptionalString(ctx.Params, "side", out ApiError? error);
        if (error is not null || sideText is null)
        {
            return Errors.MandatoryParameter("side");
        }

        return Wire.TryParse(sideText, out side) ? null : new ApiError(400, -1117, "Invalid side.");
    }

    /// <summary>
    /// Reads the order in stages (symbol and side, type and timeInForce, the enum options, the typed values of
    /// <see cref="FuturesOrderParameters"/>), then checks the declared per-type presence rules, each with Binance's codes.
    /// </summary>
    public static ApiError? Parse(RequestContext ctx, bool algo, out FuturesOrderRequest request, out bool resultResponse)
    {
        request = null!;
        resultResponse = false;
        JsonElement p = ctx.Params;
        var options = default(Options);
        if (ReadSymbolAndSide(ctx, out FuturesSymbolState symbol, out Side side) is { } symbolOrSideError)
        {
            return symbolOrSideError;
        }

        Dictionary<string, object> values = [];
        ApiError? error = ReadTypeAndTimeInForce(p, symbol, out FuturesOrderType type, out FuturesTif tif, out bool tifSent)
            ?? ReadOptions(p, ref options)
            ?? FuturesOrderParameters.ReadValues(p, algo, values);
        if (error is not null)
        {
            return error;
        }

        resultResponse = options.Result;
        bool Sent(string name) => name == "timeInForce" ? tifSent : values.TryGetValue(name, out object? v) && v is not false;

        // USD-M conditional orders on order.place are refused with -4120 (they belong to the algo service), and the
        // algo service keeps its own checks (FuturesExchange): for both only a limit-style price is required here.
        bool usdmConditional = ctx.Market == MarketKind.UsdM && type is not (FuturesOrderType.Limit or FuturesOrderType.Market);
        if (!algo && !usdmConditional)
        {
            if (FuturesOrderParameters.CheckPresence(type, Sent) is { } presenceError)
            {
                return presenceError;
            }
        }
        else if (type is FuturesOrderType.Stop or FuturesOrderType.TakeProfit && !Sent("price"))
        {
            return Errors.MandatoryParameter("price");
        }

        request = new FuturesOrderRequest
        {
            Symbol = symbol.Symbol.Symbol,
            Side = side,
            Type = type,
            PositionSide = options.PositionSide ?? "BOTH",
            TimeInForce = tif,
            Quantity = Decimal(values, "quantity"),
            Price = Decimal(values, "price"),
            StopPrice = Decimal(values, "stopPrice"),
            ReduceOnly = Sent("reduceOnly"),
            ClosePosition = Sent("closePosition"),
            WorkingType = options.WorkingType,
            PriceProtect = Sent("priceProtect"),
            Stp = options.Stp,
            NewClientOrderId = values.GetValueOrDefault("newClientOrderId") as string,
            ActivationPrice = Decimal(values, "activationPrice"),
            CallbackRate = Decimal(values, "callbackRate"),
            GoodTillDate = values.GetValueOrDefault("goodTillDate") is long gtd ? gtd : 0,
        };
        return null;
    }

    private static decimal? Decimal(Dictionary<string, object> values, string name) => values.GetValueOrDefault(name) as decimal?;

    private struct Options
    {
        public bool Result;
        public WorkingType WorkingType;
        public FuturesStp Stp;
        public string? PositionSide;
    }

    private static ApiError? ReadTypeAndTimeInForce(JsonElement p, FuturesSymbolState symbol, out FuturesOrderType type, out FuturesTif tif, out bool tifSent)
    {
        type = default;
        tif = FuturesTif.Gtc;
        tifSent = false;
        string? typeText = ParamReader.OptionalString(p, "type", out ApiError? error);
        if (error is not null || typeText is null)
        {
            return Errors.MandatoryParameter("type");
        }

        if (!Wire.TryParse(typeText, out type))
        {
            return new ApiError(400, -1116, "Invalid orderType.");
        }

        string? tifText = ParamReader.OptionalString(p, "timeInForce", out error);
        if (error is not null)
        {
            return error;
        }

        if (tifText is not null && (!Wire.TryParse(tifText, out tif) || !symbol.Symbol.TimeInForce.Contains(tifText)))
        {
            return new ApiError(400, -1115, "Invalid timeInForce.");
        }

        // Whether LIMIT needs it is a presence rule of FuturesOrderParameters.
        tifSent = tifText is not null;
        return null;
    }

    /// <summary>newOrderRespType, workingType, selfTradePreventionMode, priceMatch, positionSide.</summary>
    private static ApiError? ReadOptions(JsonElement p, ref Options options)
    {
        string? respType = ParamReader.OptionalString(p, "newOrderRespType", out ApiError? error);
        if (error is not null || (respType is not null && respType is not ("ACK" or "RESULT")))
        {
            return new ApiError(400, -1136, "Invalid newOrderRespType.");
        }

        options.Result = respType == "RESULT";
        string? workingText = ParamReader.OptionalString(p, "workingType", out error);
        options.WorkingType = WorkingType.ContractPrice;
        if (error is not null || (workingText is not null && !Wire.TryParse(workingText, out options.WorkingType)))
        {
            return Errors.InvalidParameter("workingType");
        }

        string? stpText = ParamReader.OptionalString(p, "selfTradePreventionMode", out error);
        options.Stp = FuturesStp.None;
        if (error is not null || (stpText is not null && !Wire.TryParse(stpText, out options.Stp)))
        {
            return Errors.InvalidParameter("selfTradePreventionMode");
        }

        // priceMatch (queue/opponent pricing) is not emulated; NONE is accepted.
        string? priceMatch = ParamReader.OptionalString(p, "priceMatch", out error);
        if (error is not null || (priceMatch is not null && priceMatch != "NONE"))
        {
            return Errors.InvalidParameter("priceMatch");
        }

        options.PositionSide = ParamReader.OptionalString(p, "positionSide", out error);
        return error;
    }
}
