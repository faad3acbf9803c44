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

        string? sideText = ParamReader.OptionalString(p, sideName, out ApiError? error);
        if (error is not null || sideText is null)
        {
            return (null, Errors.MandatoryParameter(sideName));
        }

        if (!Wire.TryParse(sideText, out Side side))
        {
            return (null, new ApiError(400, -1117, "Invalid side."));
        }

        string typeName = N("type");
        string? typeText = ParamReader.OptionalString(p, typeName, out error);
        if (error is not null || typeText is null)
        {
            return (null, Errors.MandatoryParameter(typeName));
        }

        if (!Wire.TryParse(typeText, out OrderKind kind))
        {
            return (null, new ApiError(400, -1116, "Invalid orderType."));
        }

        if (!symbol.OrderTypes.Contains(typeText))
        {
            return (null, EngineErrors.NewOrderRejected(TypeNotSupported(kind)));
        }

        Tif? tif = null;
        string tifName = N("timeInForce");
        if (ParamReader.OptionalString(p, tifName, out error) is { } tifText)
        {
            if (!Wire.TryParse(tifText, out Tif parsed))
            {
                return (null, new ApiError(400, -1115, "Invalid timeInForce."));
            }

            tif = parsed;
        }
        else if (error is not null)
        {
            return (null, error);
        }

        string priceName = N("price");
        string stopName = N("stopPrice");
        string icebergName = N("icebergQty");
        string trailingName = N("trailingDelta");
        string quoteName = "quoteOrderQty";
        ApiError? decimalError = Decimal(p, priceName, out decimal? price);
        decimal? stop = null;
        decimal? iceberg = null;
        decimalError ??= Decimal(p, stopName, out stop);
        decimalError ??= Decimal(p, icebergName, out iceberg);
        if (decimalError is not null)
        {
            return (null, decimalError);
        }

        decimal? quantity = null;
        if (quantityName is not null && Decimal(p, quantityName, out quantity) is { } qtyError)
        {
            return (null, qtyError);
        }

        decimal? quote = null;
        if (prefix.Length == 0 && Decimal(p, quoteName, out quote) is { } quoteError)
        {
            return (null, quoteError);
        }

        long? trailing = ParamReader.OptionalLong(p, trailingName, out error);
        long? strategyId = error is null ? ParamReader.OptionalLong(p, N("strategyId"), out error) : null;
        long? strategyType = error is null ? ParamReader.OptionalLong(p, N("strategyType"), out error) : null;
        if (error is not null)
        {
            return (null, error);
        }

        if (strategyType is < 1000000)
        {
            return (null, new ApiError(400, -1134, "strategyType was less than 1000000."));
        }

        string? clientId = ParamReader.OptionalString(p, clientIdName, out error);
        if (error is not null)
        {
            return (null, new ApiError(400, -1118, "New client order ID was empty."));
        }

        if (clientId is not null && !ClientOrderIdPattern().IsMatch(clientId))
        {
            return (null, new ApiError(400, -1100, $"Illegal characters found in parameter '{clientIdName}'; legal range is '^[a-zA-Z0-9-_]{{1,36}}$'."));
        }

        StpMode? stp = null;
        if (ParamReader.OptionalString(p, "selfTradePreventionMode", out error) is { } stpText)
        {
            if (!Wire.TryParse(stpText, out StpMode parsed))
            {
                return (null, Errors.InvalidParameter("selfTradePreventionMode"));
            }

            stp = parsed;
        }

        if (ParamReader.Has(p, N("pegPriceType")) || ParamReader.Has(p, N("pegOffsetType")) || ParamReader.Has(p, N("pegOffsetValue")))
        {
            string? peg = ParamReader.OptionalString(p, N("pegPriceType"), out _);
            if (peg is not null && peg is not ("PRIMARY_PEG" or "MARKET_PEG"))
            {
                return (null, new ApiError(400, -1210, "Invalid pegPriceType."));
            }

            return (null, EngineErrors.NewOrderRejected("Pegged orders are not supported for this symbol."));
        }

        // Per-type mandatory and forbidden parameters (docs/protocol.md §8.1).
        bool limitKind = kind is OrderKind.Limit or OrderKind.LimitMaker or OrderKind.StopLossLimit or OrderKind.TakeProfitLimit;
        bool needsTif = kind is OrderKind.Limit or OrderKind.StopLossLimit or OrderKind.TakeProfitLimit;
        bool stopKind = kind is OrderKind.StopLoss or OrderKind.StopLossLimit or OrderKind.TakeProfit or OrderKind.TakeProfitLimit;
        if (needsTif && tif is null)
        {
            return (null, Errors.MandatoryParameter(tifName));
        }

        if (!needsTif && tif is not null && !(prefix.Length > 0 && kind == OrderKind.LimitMaker))
        {
            return (null, TifNotRequired());
        }

        if (kind == OrderKind.Market)
        {
            // OPO pending legs take their quantity from the working order (quantityName null); list legs have no quoteOrderQty.
            if (quantityName is not null && quantity is null && quote is null)
            {
                return (null, prefix.Length == 0 ? MissingOneOf(quantityName, quoteName) : Errors.MandatoryParameter(quantityName));
            }

            if (quantity is not null && quote is not null)
            {
                return (null, NotRequired(quoteName));
            }

            if (quote is not null && !symbol.QuoteOrderQtyMarketAllowed)
            {
                return (null, EngineErrors.NewOrderRejected("Quote order qty market orders are not support for this symbol."));
            }
        }
        else
        {
            if (quote is not null)
            {
                return (null, NotRequired(quoteName));
            }

            if (quantityName is not null && quantity is null)
            {
                return (null, Errors.MandatoryParameter(quantityName));
            }
        }

        if (limitKind && price is null)
        {
            return (null, Errors.MandatoryParameter(priceName));
        }

        if (!limitKind && price is not null)
        {
            return (null, NotRequired(priceName));
        }

        if (stopKind && stop is null && trailing is null)
        {
            return (null, MissingOneOf(stopName, trailingName));
        }

        if (!stopKind && stop is not null)
        {
            return (null, NotRequired(stopName));
        }

        if (!stopKind && trailing is not null)
        {
            return (null, NotRequired(trailingName));
        }

        if (trailing is not null && !symbol.AllowTrailingStop)
        {
            return (null, EngineErrors.NewOrderRejected("Trailing stop orders are not supported for this symbol."));
        }

        if (iceberg is not null)
        {
            if (!symbol.IcebergAllowed)
            {
                return (null, EngineErrors.NewOrderRejected("Iceberg orders are not supported for this symbol."));
            }

            if (!limitKind || (tif is { } t && t != Tif.Gtc))
            {
                return (null, UnsupportedCombination());
            }

            if (quantity is { } q && iceberg > q)
            {
                return (null, EngineErrors.NewOrderRejected("IcebergQty exceeds QTY."));
            }
        }

        return (new OrderRequest
        {
            Symbol = symbol.Symbol,
            Side = side,
            Kind = kind,
            TimeInForce = tif,
            Price = price,
            Quantity = quantity,
            QuoteOrderQty = quote,
            StopPrice = stop,
            TrailingDelta = trailing is { } td ? (int)Math.Clamp(td, int.MinValue, int.MaxValue) : null,
            IcebergQty = iceberg,
            NewClientOrderId = clientId,
            StrategyId = strategyId,
            StrategyType = strategyType is { } st ? (int)Math.Clamp(st, int.MinValue, int.MaxValue) : null,
            Stp = stp,
            Sor = sor,
        }, null);
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
