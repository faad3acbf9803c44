using System.Text.Json;
using Binance.WsApi.Emulator.Matching.Futures;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Handlers;

/// <summary>How a parameter's value is read: enums have dedicated codes (-1115/-1116/-1117/-1136) and are read by the parser's own stages.</summary>
internal enum ParameterType
{
    Decimal,
    Long,
    Bool,
    Enum,
    String,
}

/// <summary>
/// One futures order parameter, declared once: its wire name (and the algo service's name for the same value), its
/// type, and when the order type requires it (missing → -1102) or forbids it (sent → -1106). <see cref="RequiredUnless"/>
/// and <see cref="ForbiddenWith"/> name a flag that lifts the requirement or forbids the parameter (closePosition).
/// A boolean counts as sent only when true: Binance treats <c>reduceOnly=false</c> as not sent.
/// </summary>
internal sealed record FuturesParameterSpec(string Name, ParameterType Type)
{
    public string? AlgoName { get; init; }

    /// <summary>False for names the algo service does not take (newClientOrderId: it has clientAlgoId).</summary>
    public bool OnAlgo { get; init; } = true;

    public Func<FuturesOrderType, bool> RequiredWhen { get; init; } = static _ => false;

    public Func<FuturesOrderType, bool> ForbiddenWhen { get; init; } = static _ => false;

    public string? RequiredUnless { get; init; }

    public string? ForbiddenWith { get; init; }

    /// <summary>The answer to a missing required parameter.</summary>
    public ApiError Missing() => Errors.MandatoryParameter(Name);

    /// <summary>The answer to a parameter the order type (or <see cref="ForbiddenWith"/>) does not take.</summary>
    public ApiError Extra() => FuturesErrors.NotRequired(Name);
}

/// <summary>
/// The USD-M / COIN-M order.place parameters (and algoOrder.place's shared ones), declared once: strict mode's
/// -1104 list (<see cref="MethodParameters"/>), the typed values <see cref="FuturesOrderParser"/> reads, and the
/// per-type presence rules it checks, in the order listed. Per Binance's order docs: LIMIT needs timeInForce,
/// quantity, price; MARKET quantity; STOP / TAKE_PROFIT quantity, price, stopPrice; STOP_MARKET / TAKE_PROFIT_MARKET
/// stopPrice (and quantity unless closePosition); TRAILING_STOP_MARKET callbackRate (and quantity).
/// </summary>
internal static class FuturesOrderParameters
{
    private static bool LimitStyle(FuturesOrderType t) => t is FuturesOrderType.Limit or FuturesOrderType.Stop or FuturesOrderType.TakeProfit;

    private static bool Triggered(FuturesOrderType t) =>
        t is FuturesOrderType.Stop or FuturesOrderType.StopMarket or FuturesOrderType.TakeProfit or FuturesOrderType.TakeProfitMarket;

    private static bool ClosesAll(FuturesOrderType t) => t is FuturesOrderType.StopMarket or FuturesOrderType.TakeProfitMarket;

    private static bool Trailing(FuturesOrderType t) => t == FuturesOrderType.TrailingStopMarket;

    /// <summary>Every parameter, in the order the parser reads and checks them.</summary>
    public static readonly FuturesParameterSpec[] All =
    [
        new("symbol", ParameterType.String),
        new("side", ParameterType.Enum),
        new("positionSide", ParameterType.String),
        new("type", ParameterType.Enum),
        new("timeInForce", ParameterType.Enum) { RequiredWhen = static t => t == FuturesOrderType.Limit },
        new("newOrderRespType", ParameterType.Enum),
        new("workingType", ParameterType.Enum),
        new("selfTradePreventionMode", ParameterType.Enum),
        new("priceMatch", ParameterType.Enum),
        new("closePosition", ParameterType.Bool) { ForbiddenWhen = static t => !ClosesAll(t) },
        new("quantity", ParameterType.Decimal) { RequiredWhen = static _ => true, RequiredUnless = "closePosition", ForbiddenWith = "closePosition" },
        new("reduceOnly", ParameterType.Bool) { ForbiddenWith = "closePosition" },
        new("price", ParameterType.Decimal) { RequiredWhen = LimitStyle, ForbiddenWhen = static t => !LimitStyle(t) },
        new("stopPrice", ParameterType.Decimal) { AlgoName = "triggerPrice", RequiredWhen = Triggered, ForbiddenWhen = static t => !Triggered(t) },
        new("callbackRate", ParameterType.Decimal) { RequiredWhen = Trailing, ForbiddenWhen = static t => !Trailing(t) },
        new("activationPrice", ParameterType.Decimal) { AlgoName = "activatePrice", ForbiddenWhen = static t => !Trailing(t) },
        new("priceProtect", ParameterType.Bool),
        new("goodTillDate", ParameterType.Long),
        new("newClientOrderId", ParameterType.String) { OnAlgo = false },
    ];

    /// <summary>
    /// order.modify (a resting LIMIT order's new side, quantity and price): the emulator requires price (priceMatch,
    /// Binance's alternative, is accepted only as NONE by order.place and not applied here); orderId or
    /// origClientOrderId is checked by the shared order reference (-1102 "Param 'orderId' or 'origClientOrderId'").
    /// A malformed required value is answered as missing (-1102), as Binance does.
    /// </summary>
    public static readonly FuturesParameterSpec[] Modify =
    [
        new("symbol", ParameterType.String),
        new("orderId", ParameterType.Long),
        new("origClientOrderId", ParameterType.String),
        new("side", ParameterType.Enum) { RequiredWhen = static _ => true },
        new("quantity", ParameterType.Decimal) { RequiredWhen = static _ => true },
        new("price", ParameterType.Decimal) { RequiredWhen = static _ => true },
        new("priceMatch", ParameterType.Enum),
        new("origType", ParameterType.Enum),
        new("positionSide", ParameterType.String),
    ];

    /// <summary>order.modify's names for strict mode.</summary>
    public static readonly string[] ModifyNames = [.. Modify.Select(s => s.Name)];

    /// <summary>order.modify's required decimals (quantity, then price) in declared order; missing or malformed → that one's -1102.</summary>
    public static ApiError? ReadModifyValues(JsonElement p, out decimal quantity, out decimal price)
    {
        Span<decimal> read = stackalloc decimal[2];
        int i = 0;
        foreach (FuturesParameterSpec spec in Modify)
        {
            if (spec.Type != ParameterType.Decimal || !spec.RequiredWhen(FuturesOrderType.Limit))
            {
                continue;
            }

            if (ParamReader.OptionalDecimal(p, spec.Name, out ApiError? error) is not { } value || error is not null)
            {
                (quantity, price) = (0m, 0m);
                return spec.Missing();
            }

            read[i++] = value;
        }

        (quantity, price) = (read[0], read[1]);
        return null;
    }

    /// <summary>Every name strict mode accepts for order.place (and, with its own, algoOrder.place): each name and its algo alias.</summary>
    public static readonly string[] Names = [.. All.Select(s => s.Name), .. All.Where(s => s.AlgoName is not null).Select(s => s.AlgoName!)];

    /// <summary>The wire name of a parameter on order.place or algoOrder.place.</summary>
    public static string WireName(FuturesParameterSpec spec, bool algo) => algo && spec.AlgoName is { } alias ? alias : spec.Name;

    /// <summary>
    /// Reads the decimal, long, bool and plain string parameters by their declared type, in the declared order (the
    /// first malformed one answers, with ParamReader's code). Enums and symbol are read by the parser's own stages.
    /// </summary>
    public static ApiError? ReadValues(JsonElement p, bool algo, Dictionary<string, object> values)
    {
        foreach (FuturesParameterSpec spec in All)
        {
            if (spec.Name is "symbol" or "positionSide" || spec.Type == ParameterType.Enum || (algo && !spec.OnAlgo))
            {
                continue;
            }

            string wire = WireName(spec, algo);
            ApiError? error;
            object? value = spec.Type switch
            {
                ParameterType.Decimal => ParamReader.OptionalDecimal(p, wire, out error),
                ParameterType.Long => ParamReader.OptionalLong(p, wire, out error),
                ParameterType.Bool => ParamReader.OptionalBoolean(p, wire, out error),
                _ => ParamReader.OptionalString(p, wire, out error),
            };
            if (error is not null)
            {
                return error;
            }

            if (value is not null)
            {
                values[spec.Name] = value;
            }
        }

        return null;
    }

    /// <summary>The first broken presence rule for <paramref name="type"/>, in declared order; <paramref name="sent"/> says whether a (base) name was sent.</summary>
    public static ApiError? CheckPresence(FuturesOrderType type, Func<string, bool> sent)
    {
        foreach (FuturesParameterSpec spec in All)
        {
            bool has = sent(spec.Name);
            if (has && (spec.ForbiddenWhen(type) || (spec.ForbiddenWith is { } flag && sent(flag))))
            {
                return spec.Extra();
            }

            if (!has && spec.RequiredWhen(type) && (spec.RequiredUnless is not { } unless || !sent(unless)))
            {
                return spec.Missing();
            }
        }

        return null;
    }
}
