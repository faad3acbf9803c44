using System.Text.Json;
using System.Text.RegularExpressions;
using Binance.WsApi.Emulator.Market;
using Binance.WsApi.Emulator.Matching;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Handlers;

/// <summary>
/// Reads a new order (or one leg of an order list) from request parameters and applies the per-type rules of
/// docs/protocol.md §8.1 with Binance's codes: -1102 missing, -1115/-1116/-1117 bad enums, -1111 precision, -1106 / -1114
/// parameters sent when not required, -1134 strategyType, "… not supported for this symbol." for disabled features.
/// List legs use prefixed names (<c>abovePrice</c>, <c>workingTimeInForce</c>, <c>pendingAboveStopPrice</c>, …).
/// </summary>
internal static partial class SpotOrderParser
{
    private const int MaxDecimals = 8;

    [GeneratedRegex("^[a-zA-Z0-9-_]{1,36}$", RegexOptions.CultureInvariant)]
    private static partial Regex ClientOrderIdPattern();

    public static ApiError MissingOneOf(string a, string b) => new(400, -1102, $"Param '{a}' or '{b}' must be sent, but both were empty/null!");

    public static ApiError NotRequired(string name) => new(400, -1106, $"Parameter '{name}' sent when not required.");

    public static ApiError TifNotRequired() => new(400, -1114, "TimeInForce parameter sent when not required.");

    public static ApiError UnsupportedCombination() => new(400, -1014, "Unsupported order combination.");

    /// <summary>Parses a leg.</summary>
    /// <param name="p">Request params.</param>
    /// <param name="symbol">The (already validated) symbol.</param>
    /// <param name="prefix">"" for order.place, else the leg prefix ("above", "working", "pendingBelow", …).</param>
    /// <param name="sideName">Name of the side parameter ("side", "workingSide", "pendingSide").</param>
    /// <param name="quantityName">Name of the quantity parameter; null when the quantity comes from elsewhere (OPO pending).</param>
    /// <param name="clientIdName">Name of the client id parameter ("newClientOrderId", "aboveClientOrderId", …).</param>
    /// <param name="sor">sor.order.place.</param>
    public static (OrderRequest? Request, ApiError? Error) Parse(
        JsonElement p, SpotSymbol symbol, string prefix, string sideName, string? quantityName, string clientIdName, bool sor = false)
    {
        string N(string name) => prefix.Length == 0 ? name : prefix + char.ToUpperInvariant(name[0]) + name[1..];

        var leg = new Leg();
        ApiError? error = ReadSideAndKind(p, symbol, sideName, N("type"), ref leg)
            ?? ReadTimeInForce(p, N("timeInForce"), ref leg)
            ?? ReadAmounts(p, N, prefix.Length == 0, quantityName, ref leg)
            ?? ReadExtras(p, N, clientIdName, ref leg)
            ?? RefusePeg(p, N)
            ?? CheckPresence(symbol, leg, N, prefix.Length > 0, quantityName)
            ?? CheckFeatures(symbol, leg);
        if (error is not null)
        {
            return (null, error);
        }

        return (new OrderRequest
        {
            Symbol = symbol.Symbol,
            Side = leg.Side,
            Kind = leg.Kind,
            TimeInForce = leg.Tif,
            Price = leg.Price,
            Quantity = leg.Quantity,
            QuoteOrderQty = leg.Quote,
            StopPrice = leg.Stop,
            TrailingDelta = leg.Trailing is { } td ? (int)Math.Clamp(td, int.MinValue, int.MaxValue) : null,
            IcebergQty = leg.Iceberg,
            NewClientOrderId = leg.ClientId,
            StrategyId = leg.StrategyId,
            StrategyType = leg.StrategyType is { } st ? (int)Math.Clamp(st, int.MinValue, int.MaxValue) : null,
            Stp = leg.Stp,
            Sor = sor,
        }, null);
    }

    /// <summary>What <see cref="Parse"/> has read so far.</summary>
    private struct Leg
    {
        public Side Side;
        public OrderKind Kind;
        public Tif? Tif;
        public decimal? Price;
        public decimal? Stop;
        public decimal? Iceberg;
        public decimal? Quantity;
        public decimal? Quote;
        public long? Trailing;
        public long? StrategyId;
        public long? StrategyType;
        public string? ClientId;
        public StpMode? Stp;
    }

    private static ApiError? ReadSideAndKind(JsonElement p, SpotSymbol symbol, string sideName, string typeName, ref Leg leg)
    {
        string? sideText = ParamReader.OptionalString(p, sideName, out ApiError? error);
        if (error is not null || sideText is null)
        {
            return Errors.MandatoryParameter(sideName);
        }

        if (!Wire.TryParse(sideText, out leg.Side))
        {
            return new ApiError(400, -1117, "Invalid side.");
        }

        string? typeText = ParamReader.OptionalString(p, typeName, out error);
        if (error is not null || typeText is null)
        {
            return Errors.MandatoryParameter(typeName);
        }

        if (!Wire.TryParse(typeText, out leg.Kind))
        {
            return new ApiError(400, -1116, "Invalid orderType.");
        }

        return symbol.OrderTypes.Contains(typeText) ? null : EngineErrors.NewOrderRejected(TypeNotSupported(leg.Kind));
    }

    private static ApiError? ReadTimeInForce(JsonElement p, string tifName, ref Leg leg)
    {
        if (ParamReader.OptionalString(p, tifName, out ApiError? error) is { } tifText)
        {
            if (!Wire.TryParse(tifText, out Tif parsed))
            {
                return new ApiError(400, -1115, "Invalid timeInForce.");
            }

            leg.Tif = parsed;
        }

        return error;
    }

    private static ApiError? ReadAmounts(JsonElement p, Func<string, string> n, bool single, string? quantityName, ref Leg leg)
    {
        ApiError? error = Decimal(p, n("price"), out leg.Price) ?? Decimal(p, n("stopPrice"), out leg.Stop) ?? Decimal(p, n("icebergQty"), out leg.Iceberg);
        if (error is null && quantityName is not null)
        {
            error = Decimal(p, quantityName, out leg.Quantity);
        }

        if (error is null && single)
        {
            error = Decimal(p, "quoteOrderQty", out leg.Quote);
        }

        return error;
    }

    private static ApiError? ReadExtras(JsonElement p, Func<string, string> n, string clientIdName, ref Leg leg)
    {
        leg.Trailing = ParamReader.OptionalLong(p, n("trailingDelta"), out ApiError? error);
        leg.StrategyId = error is null ? ParamReader.OptionalLong(p, n("strategyId"), out error) : null;
        leg.StrategyType = error is null ? ParamReader.OptionalLong(p, n("strategyType"), out error) : null;
        if (error is not null)
        {
            return error;
        }

        if (leg.StrategyType is < 1000000)
        {
            return new ApiError(400, -1134, "strategyType was less than 1000000.");
        }

        leg.ClientId = ParamReader.OptionalString(p, clientIdName, out error);
        if (error is not null)
        {
            return new ApiError(400, -1118, "New client order ID was empty.");
        }

        if (leg.ClientId is not null && !ClientOrderIdPattern().IsMatch(leg.ClientId))
        {
            return new ApiError(400, -1100, $"Illegal characters found in parameter '{clientIdName}'; legal range is '^[a-zA-Z0-9-_]{{1,36}}$'.");
        }

        if (ParamReader.OptionalString(p, "selfTradePreventionMode", out _) is { } stpText)
        {
            if (!Wire.TryParse(stpText, out StpMode parsed))
            {
                return Errors.InvalidParameter("selfTradePreventionMode");
            }

            leg.Stp = parsed;
        }

        return null;
    }

    private static ApiError? RefusePeg(JsonElement p, Func<string, string> n)
    {
        if (!ParamReader.Has(p, n("pegPriceType")) && !ParamReader.Has(p, n("pegOffsetType")) && !ParamReader.Has(p, n("pegOffsetValue")))
        {
            return null;
        }

        string? peg = ParamReader.OptionalString(p, n("pegPriceType"), out _);
        return peg is not null && peg is not ("PRIMARY_PEG" or "MARKET_PEG")
            ? new ApiError(400, -1210, "Invalid pegPriceType.")
            : EngineErrors.NewOrderRejected("Pegged orders are not supported for this symbol.");
    }

    /// <summary>Per-type mandatory and forbidden parameters (docs/protocol.md §8.1), from <see cref="SpotOrderParameters"/>.</summary>
    private static ApiError? CheckPresence(SpotSymbol symbol, Leg leg, Func<string, string> n, bool isLeg, string? quantityName)
    {
        decimal? price = leg.Price;
        decimal? stop = leg.Stop;
        long? trailing = leg.Trailing;
        Tif? tif = leg.Tif;
        bool Present(string name) => name switch
        {
            "timeInForce" => tif is not null,
            "price" => price is not null,
            "stopPrice" => stop is not null,
            "trailingDelta" => trailing is not null,
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No presence rule reads this parameter."),
        };

        return SpotOrderParameters.Check(SpotOrderParameters.BeforeQuantity, leg.Kind, isLeg, n, Present)
            ?? CheckQuantity(symbol, leg, isLeg, quantityName)
            ?? SpotOrderParameters.Check(SpotOrderParameters.AfterQuantity, leg.Kind, isLeg, n, Present);
    }

    private static ApiError? CheckQuantity(SpotSymbol symbol, Leg leg, bool isLeg, string? quantityName)
    {
        const string quoteName = "quoteOrderQty";
        if (leg.Kind != OrderKind.Market)
        {
            return leg.Quote is not null ? NotRequired(quoteName)
                : quantityName is not null && leg.Quantity is null ? Errors.MandatoryParameter(quantityName)
                : null;
        }

        // OPO pending legs take their quantity from the working order (quantityName null); list legs have no quoteOrderQty.
        if (quantityName is not null && leg.Quantity is null && leg.Quote is null)
        {
            return isLeg ? Errors.MandatoryParameter(quantityName) : MissingOneOf(quantityName, quoteName);
        }

        if (leg.Quantity is not null && leg.Quote is not null)
        {
            return NotRequired(quoteName);
        }

        return leg.Quote is not null && !symbol.QuoteOrderQtyMarketAllowed
            ? EngineErrors.NewOrderRejected("Quote order qty market orders are not support for this symbol.")
            : null;
    }

    /// <summary>Features the symbol may not offer, and iceberg combinations.</summary>
    private static ApiError? CheckFeatures(SpotSymbol symbol, Leg leg)
    {
        if (leg.Trailing is not null && !symbol.AllowTrailingStop)
        {
            return EngineErrors.NewOrderRejected("Trailing stop orders are not supported for this symbol.");
        }

        if (leg.Iceberg is not { } iceberg)
        {
            return null;
        }

        if (!symbol.IcebergAllowed)
        {
            return EngineErrors.NewOrderRejected("Iceberg orders are not supported for this symbol.");
        }

        if (!SpotOrderParameters.LimitKind(leg.Kind) || (leg.Tif is { } t && t != Tif.Gtc))
        {
            return UnsupportedCombination();
        }

        return leg.Quantity is { } q && iceberg > q ? EngineErrors.NewOrderRejected("IcebergQty exceeds QTY.") : null;
    }

    /// <summary>newOrderRespType: ACK / RESULT / FULL; default FULL for MARKET and LIMIT, ACK otherwise (docs/protocol.md §8.4).</summary>
    public static (ResponseType Type, ApiError? Error) ResponseTypeOf(JsonElement p, OrderKind? kind, ResponseType? defaultType = null)
    {
        string? text = ParamReader.OptionalString(p, "newOrderRespType", out ApiError? error);
        if (error is not null)
        {
            return (ResponseType.Ack, error);
        }

        if (text is null)
        {
            return (defaultType ?? (kind is OrderKind.Market or OrderKind.Limit ? ResponseType.Full : ResponseType.Ack), null);
        }

        return Wire.TryParse(text, out ResponseType type) ? (type, null) : (ResponseType.Ack, Errors.InvalidParameter("newOrderRespType"));
    }

    /// <summary>Reads a decimal; more places than the asset precision → -1111.</summary>
    private static ApiError? Decimal(JsonElement p, string name, out decimal? value)
    {
        value = ParamReader.OptionalDecimal(p, name, out ApiError? error);
        if (error is not null)
        {
            return error;
        }

        if (value is { } v && ParamReader.Scale(v) > MaxDecimals)
        {
            return Errors.TooMuchPrecision(name);
        }

        return null;
    }

    private static string TypeNotSupported(OrderKind kind) => kind switch
    {
        OrderKind.Market => "Market orders are not supported for this symbol.",
        OrderKind.StopLoss => "Stop loss orders are not supported for this symbol.",
        OrderKind.StopLossLimit => "Stop loss limit orders are not supported for this symbol.",
        OrderKind.TakeProfit => "Take profit orders are not supported for this symbol.",
        OrderKind.TakeProfitLimit => "Take profit limit orders are not supported for this symbol.",
        _ => "Unsupported order combination",
    };
}
