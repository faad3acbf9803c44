using Binance.WsApi.Emulator.Matching;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Handlers;

/// <summary>
/// One parameter's presence rule for a spot order or list leg: when the order type needs it (missing → -1102, or
/// "Param 'a' or 'b' must be sent" when <see cref="Alternative"/> may stand in for it), when the type forbids it, and
/// the code for a forbidden one (-1106, or -1114 for timeInForce).
/// </summary>
internal sealed record OrderParameterRule(
    string Name, Func<OrderKind, bool> RequiredWhen, Func<OrderKind, bool, bool> ForbiddenWhen, bool TifCode = false, string? Alternative = null);

/// <summary>
/// The spot order parameters, declared once (docs/protocol.md §8.1): the names strict mode accepts (-1104, through
/// <see cref="MethodParameters"/>) and the per-type presence rules <see cref="SpotOrderParser"/> checks, in Binance's
/// order of precedence. The quantity / quoteOrderQty rule depends on the method (OPO pending legs take the working
/// order's quantity), so the parser keeps it, between <see cref="BeforeQuantity"/> and <see cref="AfterQuantity"/>.
/// </summary>
internal static class SpotOrderParameters
{
    /// <summary>Every parameter of a single spot order (order.place, order.test, sor.order.*, the new half of cancelReplace).</summary>
    public static readonly string[] Names =
    [
        "symbol", "side", "type", "timeInForce", "price", "quantity", "quoteOrderQty", "newClientOrderId", "newOrderRespType",
        "stopPrice", "trailingDelta", "icebergQty", "strategyId", "strategyType", "selfTradePreventionMode",
        "pegPriceType", "pegOffsetValue", "pegOffsetType",
    ];

    /// <summary>The names a list leg carries with its prefix (the rest are the list's: symbol, side, quantity, ids, response type, STP).</summary>
    public static readonly string[] LegNames =
    [
        .. Names.Except(["symbol", "side", "quantity", "quoteOrderQty", "newClientOrderId", "newOrderRespType", "selfTradePreventionMode"]),
    ];

    public static bool LimitKind(OrderKind k) => k is OrderKind.Limit or OrderKind.LimitMaker or OrderKind.StopLossLimit or OrderKind.TakeProfitLimit;

    public static bool NeedsTif(OrderKind k) => k is OrderKind.Limit or OrderKind.StopLossLimit or OrderKind.TakeProfitLimit;

    public static bool StopKind(OrderKind k) => k is OrderKind.StopLoss or OrderKind.StopLossLimit or OrderKind.TakeProfit or OrderKind.TakeProfitLimit;

    /// <summary>timeInForce: needed by the limit kinds that rest or expire; a list's LIMIT_MAKER leg may carry it.</summary>
    public static readonly OrderParameterRule[] BeforeQuantity =
    [
        new("timeInForce", NeedsTif, (k, leg) => !NeedsTif(k) && !(leg && k == OrderKind.LimitMaker), TifCode: true),
    ];

    public static readonly OrderParameterRule[] AfterQuantity =
    [
        new("price", LimitKind, (k, _) => !LimitKind(k)),
        new("stopPrice", StopKind, (k, _) => !StopKind(k), Alternative: "trailingDelta"),
        new("trailingDelta", _ => false, (k, _) => !StopKind(k)),
    ];

    /// <summary>The first broken rule, with Binance's code; <paramref name="name"/> maps a base name to the leg's name.</summary>
    public static ApiError? Check(IEnumerable<OrderParameterRule> rules, OrderKind kind, bool leg, Func<string, string> name, Func<string, bool> present)
    {
        foreach (OrderParameterRule rule in rules)
        {
            string n = name(rule.Name);
            bool has = present(rule.Name);
            if (rule.RequiredWhen(kind) && !has && (rule.Alternative is null || !present(rule.Alternative)))
            {
                return rule.Alternative is { } alt ? SpotOrderParser.MissingOneOf(n, name(alt)) : Errors.MandatoryParameter(n);
            }

            if (rule.ForbiddenWhen(kind, leg) && has)
            {
                return rule.TifCode ? SpotOrderParser.TifNotRequired() : SpotOrderParser.NotRequired(n);
            }
        }

        return null;
    }
}
