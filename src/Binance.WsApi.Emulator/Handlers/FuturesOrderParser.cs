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

    /// <summary>Every parameter of a futures order.place (strict mode's list, <see cref="MethodParameters"/>).</summary>
    public static readonly string[] Names =
    [
        "symbol", "side", "positionSide", "type", "timeInForce", "quantity", "reduceOnly", "price", "newClientOrderId",
        "stopPrice", "triggerPrice", "closePosition", "activationPrice", "activatePrice", "callbackRate", "workingType",
        "priceProtect", "newOrderRespType", "priceMatch", "selfTradePreventionMode", "goodTillDate",
    ];

    /// <summary>Reads the order in stages (symbol and side, type and timeInForce, the enum options, the values), each with Binance's codes.</summary>
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

        ApiError? error = ReadTypeAndTimeInForce(p, symbol, out FuturesOrderType type, out FuturesTif tif) ?? ReadOptions(p, ref options);
        if (error is not null)
        {
            return error;
        }

        resultResponse = options.Result;
        decimal? quantity = ParamReader.OptionalDecimal(p, "quantity", out error);
        decimal? price = error is null ? ParamReader.OptionalDecimal(p, "price", out error) : null;
        decimal? stopPrice = error is null ? ParamReader.OptionalDecimal(p, algo ? "triggerPrice" : "stopPrice", out error) : null;
        decimal? activation = error is null ? ParamReader.OptionalDecimal(p, algo ? "activatePrice" : "activationPrice", out error) : null;
        decimal? callbackRate = error is null ? ParamReader.OptionalDecimal(p, "callbackRate", out error) : null;
        bool reduceOnly = error is null && (ParamReader.OptionalBoolean(p, "reduceOnly", out error) ?? false);
        bool closePosition = error is null && (ParamReader.OptionalBoolean(p, "closePosition", out error) ?? false);
        bool priceProtect = error is null && (ParamReader.OptionalBoolean(p, "priceProtect", out error) ?? false);
        long goodTillDate = error is null ? ParamReader.OptionalLong(p, "goodTillDate", out error) ?? 0 : 0;
        string? clientId = error is null && !algo ? ParamReader.OptionalString(p, "newClientOrderId", out error) : null;
        if (error is not null)
        {
            return error;
        }

        if (type is FuturesOrderType.Stop or FuturesOrderType.TakeProfit && price is null)
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
            Quantity = quantity,
            Price = price,
            StopPrice = stopPrice,
            ReduceOnly = reduceOnly,
            ClosePosition = closePosition,
            WorkingType = options.WorkingType,
            PriceProtect = priceProtect,
            Stp = options.Stp,
            NewClientOrderId = clientId,
            ActivationPrice = activation,
            CallbackRate = callbackRate,
            GoodTillDate = goodTillDate,
        };
        return null;
    }

    private struct Options
    {
        public bool Result;
        public WorkingType WorkingType;
        public FuturesStp Stp;
        public string? PositionSide;
    }

    private static ApiError? ReadTypeAndTimeInForce(JsonElement p, FuturesSymbolState symbol, out FuturesOrderType type, out FuturesTif tif)
    {
        type = default;
        tif = FuturesTif.Gtc;
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

        return type == FuturesOrderType.Limit && tifText is null ? Errors.MandatoryParameter("timeInForce") : null;
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
