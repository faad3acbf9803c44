using System.Text.Json;
using Binance.WsApi.Emulator.Matching;
using Binance.WsApi.Emulator.Matching.Futures;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Handlers;

/// <summary>
/// Reads a TWAP / VP <c>algoOrder.place</c> (our extension; the parameters are those of Binance's REST
/// <c>newOrderTwap</c> / <c>newOrderVp</c>): symbol, side, quantity, and <c>duration</c> (TWAP, whole seconds
/// 300 – 86400) or <c>urgency</c> (VP, LOW / MEDIUM / HIGH); optional positionSide, reduceOnly, limitPrice,
/// clientAlgoId. Parameters of conditional orders are refused with -1106, so a mix-up is not silently ignored.
/// </summary>
internal static class FuturesWorkedAlgoParser
{
    public const long MinDurationSeconds = 300;
    public const long MaxDurationSeconds = 86_400;

    private static readonly string[] ConditionalOnly =
    [
        "type", "timeInForce", "price", "triggerPrice", "workingType", "priceMatch", "closePosition", "priceProtect",
        "activatePrice", "callbackRate", "newOrderRespType", "selfTradePreventionMode", "goodTillDate",
    ];

    public static ApiError? Parse(RequestContext ctx, AlgoKind kind, out WorkedAlgoRequest request)
    {
        request = null!;
        JsonElement p = ctx.Params;
        if (FuturesOrderParser.ReadSymbolAndSide(ctx, out FuturesSymbolState symbol, out Side side) is { } symbolOrSideError)
        {
            return symbolOrSideError;
        }

        ApiError? error;

        foreach (string name in ConditionalOnly)
        {
            if (ParamReader.Has(p, name))
            {
                return FuturesErrors.NotRequired(name);
            }
        }

        if (ParamReader.Has(p, kind == AlgoKind.Twap ? "urgency" : "duration"))
        {
            return FuturesErrors.NotRequired(kind == AlgoKind.Twap ? "urgency" : "duration");
        }

        decimal? quantity = ParamReader.OptionalDecimal(p, "quantity", out error);
        if (error is not null || quantity is null)
        {
            return Errors.MandatoryParameter("quantity");
        }

        long? duration = null;
        VpUrgency? urgency = null;
        if (kind == AlgoKind.Twap)
        {
            if (!ParamReader.Has(p, "duration"))
            {
                return Errors.MandatoryParameter("duration");
            }

            // Whole seconds in range, else -1130 (Binance's REST TWAP documents [300, 86400]).
            duration = ParamReader.OptionalLong(p, "duration", out error);
            if (error is not null || duration is not (>= MinDurationSeconds and <= MaxDurationSeconds))
            {
                return Errors.InvalidParameter("duration");
            }
        }
        else
        {
            string? urgencyText = ParamReader.OptionalString(p, "urgency", out error);
            if (error is not null || urgencyText is null)
            {
                return Errors.MandatoryParameter("urgency");
            }

            if (!Wire.TryParse(urgencyText, out VpUrgency parsed))
            {
                return Errors.InvalidParameter("urgency");
            }

            urgency = parsed;
        }

        string? positionSide = ParamReader.OptionalString(p, "positionSide", out error);
        decimal? limitPrice = error is null ? ParamReader.OptionalDecimal(p, "limitPrice", out error) : null;
        bool reduceOnly = error is null && (ParamReader.OptionalBoolean(p, "reduceOnly", out error) ?? false);
        string? clientAlgoId = error is null ? ParamReader.OptionalString(p, "clientAlgoId", out error) : null;
        if (error is not null)
        {
            return error;
        }

        request = new WorkedAlgoRequest
        {
            Kind = kind,
            Symbol = symbol.Symbol.Symbol,
            Side = side,
            Quantity = quantity.Value,
            PositionSide = positionSide ?? "BOTH",
            ReduceOnly = reduceOnly,
            LimitPrice = limitPrice,
            DurationSeconds = duration,
            Urgency = urgency,
            ClientAlgoId = clientAlgoId,
        };
        return null;
    }
}
