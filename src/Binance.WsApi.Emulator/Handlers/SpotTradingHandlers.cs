using System.Text.Json;
using Binance.WsApi.Emulator.Accounts;
using Binance.WsApi.Emulator.Hosting;
using Binance.WsApi.Emulator.Market;
using Binance.WsApi.Emulator.Matching;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Handlers;

/// <summary>
/// Spot trading (docs/protocol.md §5.4): order.place, order.test, order.cancel, order.cancelReplace,
/// order.amend.keepPriority, openOrders.cancelAll; plus order.status and openOrders.status. Successful placements
/// and cancels cost no weight (§3.1).
/// </summary>
internal sealed class SpotTradingHandlers(EmulatorServices services) : IMethodGroup
{
    private SpotExchange Exchange => services.Exchange;

    public IEnumerable<MethodDefinition> GetMethods() =>
    [
        Trade("order.place", MethodDefinition.FixedWeight(1), Place, free: true),
        Trade("order.test", ctx => ParamReader.OptionalBoolean(ctx.Params, "computeCommissionRates", out _) == true ? 20 : 1, Test),
        Trade("order.cancel", MethodDefinition.FixedWeight(1), Cancel, free: true),
        Trade("order.cancelReplace", MethodDefinition.FixedWeight(1), CancelReplace, free: true),
        Trade("order.amend.keepPriority", MethodDefinition.FixedWeight(4), Amend),
        Trade("openOrders.cancelAll", MethodDefinition.FixedWeight(1), CancelAll, free: true),
        Trade("order.status", MethodDefinition.FixedWeight(4), Status),
        Trade("openOrders.status", ctx => ParamReader.Has(ctx.Params, "symbol") ? 6 : 80, OpenOrders),
    ];

    internal static MethodDefinition Trade(string name, Func<RequestContext, int> weight, Func<RequestContext, MethodResult> handler, bool free = false) => new()
    {
        Name = name,
        Markets = MarketSet.Spot,
        Security = SecurityType.Signed,
        Weight = weight,
        FreeOnSuccess = free,
        Handler = ctx => handler(ctx),
    };

    private MethodResult Place(RequestContext ctx)
    {
        if (SpotHandlerSupport.Symbol(ctx, out SpotSymbol symbol) is { } symbolError)
        {
            return symbolError;
        }

        var (request, error) = SpotOrderParser.Parse(ctx.Params, symbol, "", "side", "quantity", "newClientOrderId");
        if (error is not null)
        {
            return error;
        }

        var (respType, respError) = SpotOrderParser.ResponseTypeOf(ctx.Params, request!.Kind);
        if (respError is not null)
        {
            return respError;
        }

        Outcome<PlaceOutcome> outcome = Exchange.Place(ctx.Key!.Account, request);
        SpotHandlerSupport.ReportOrderLimits(ctx);
        if (!outcome.Ok)
        {
            return outcome.Error!;
        }

        PlaceOutcome placed = outcome.Value!;
        return MethodResult.Ok(w => SpotOrderJson.WritePlacement(w, placed.Order, respType, placed.Fills, placed.TransactTime));
    }

    private MethodResult Test(RequestContext ctx)
    {
        if (SpotHandlerSupport.Symbol(ctx, out SpotSymbol symbol) is { } symbolError)
        {
            return symbolError;
        }

        var (request, error) = SpotOrderParser.Parse(ctx.Params, symbol, "", "side", "quantity", "newClientOrderId");
        error ??= SpotOrderParser.ResponseTypeOf(ctx.Params, request?.Kind).Error;
        bool commission = ParamReader.OptionalBoolean(ctx.Params, "computeCommissionRates", out ApiError? boolError) ?? false;
        if ((error ?? boolError ?? Exchange.Test(ctx.Key!.Account, request!)) is { } failure)
        {
            return failure;
        }

        Account account = ctx.Key!.Account;
        return MethodResult.Ok(w => WriteTestResult(w, account, commission, withSpecial: true));
    }

    /// <summary>order.test / sor.order.test result: <c>{}</c>, or the commission rates that would apply.</summary>
    internal static void WriteTestResult(Utf8JsonWriter w, Account account, bool commission, bool withSpecial)
    {
        w.WriteStartObject();
        if (commission)
        {
            WriteMakerTaker(w, "standardCommissionForOrder", account.MakerCommission, account.TakerCommission);
            if (withSpecial)
            {
                WriteMakerTaker(w, "specialCommissionForOrder", 0m, 0m);
            }

            WriteMakerTaker(w, "taxCommissionForOrder", 0m, 0m);
            WriteDiscount(w);
        }

        w.WriteEndObject();
    }

    internal static void WriteDiscount(Utf8JsonWriter w)
    {
        // The emulator charges commission in the received asset: the BNB discount is off.
        w.WriteStartObject("discount");
        w.WriteBoolean("enabledForAccount", false);
        w.WriteBoolean("enabledForSymbol", false);
        w.WriteString("discountAsset", "BNB");
        w.WriteString("discount", DecimalText.F8(0.25m));
        w.WriteEndObject();
    }

    private static void WriteMakerTaker(Utf8JsonWriter w, string name, decimal maker, decimal taker)
    {
        w.WriteStartObject(name);
        w.WriteString("maker", DecimalText.F8(maker));
        w.WriteString("taker", DecimalText.F8(taker));
        w.WriteEndObject();
    }

    private MethodResult Cancel(RequestContext ctx)
    {
        if (SpotHandlerSupport.Symbol(ctx, out SpotSymbol symbol) is { } symbolError)
        {
            return symbolError;
        }

        if (SpotHandlerSupport.OrderRef(ctx.Params, "orderId", "origClientOrderId", out long? orderId, out string? clientId) is { } refError)
        {
            return refError;
        }

        if (ReadCancelRestrictions(ctx.Params, out CancelRestrictions? restrictions) is { } restrictionError)
        {
            return restrictionError;
        }

        string? newId = ParamReader.OptionalString(ctx.Params, "newClientOrderId", out _);
        Outcome<CancelOutcome> outcome = Exchange.Cancel(ctx.Key!.Account, symbol.Symbol, orderId, clientId, newId, restrictions);
        if (!outcome.Ok)
        {
            return outcome.Error!;
        }

        CancelOutcome cancel = outcome.Value!;
        return MethodResult.Ok(w => WriteCancelOutcome(w, cancel));
    }

    internal static void WriteCancelOutcome(Utf8JsonWriter w, CancelOutcome cancel)
    {
        if (cancel.List is { } list)
        {
            SpotOrderJson.WriteList(w, list, null, cancelReports: true);
        }
        else
        {
            SpotOrderJson.WriteCancel(w, cancel.Order!, cancel.OrigClientOrderId, cancel.TransactTime);
        }
    }

    private static ApiError? ReadCancelRestrictions(JsonElement p, out CancelRestrictions? restrictions)
    {
        restrictions = null;
        string? text = ParamReader.OptionalString(p, "cancelRestrictions", out ApiError? error);
        if (error is not null)
        {
            return error;
        }

        if (text is null)
        {
            return null;
        }

        if (!Wire.TryParse(text, out CancelRestrictions parsed))
        {
            return new ApiError(400, -1145, "Invalid cancelRestrictions"); // the WS docs' example text (fixture)
        }

        restrictions = parsed;
        return null;
    }

    private MethodResult CancelReplace(RequestContext ctx)
    {
        JsonElement p = ctx.Params;
        if (SpotHandlerSupport.Symbol(ctx, out SpotSymbol symbol) is { } symbolError)
        {
            return symbolError;
        }

        string? modeText = ParamReader.OptionalString(p, "cancelReplaceMode", out _);
        if (modeText is null)
        {
            return Errors.MandatoryParameter("cancelReplaceMode");
        }

        if (modeText is not ("STOP_ON_FAILURE" or "ALLOW_FAILURE"))
        {
            return Errors.InvalidParameter("cancelReplaceMode");
        }

        bool stopOnFailure = modeText == "STOP_ON_FAILURE";
        if (SpotHandlerSupport.OrderRef(p, "cancelOrderId", "cancelOrigClientOrderId", out long? cancelId, out string? cancelClientId) is { } refError)
        {
            return refError;
        }

        if (ReadCancelRestrictions(p, out CancelRestrictions? restrictions) is { } restrictionError)
        {
            return restrictionError;
        }

        string? limitMode = ParamReader.OptionalString(p, "orderRateLimitExceededMode", out _);
        if (limitMode is not (null or "DO_NOTHING" or "CANCEL_ONLY"))
        {
            return Errors.InvalidParameter("orderRateLimitExceededMode");
        }

        var (request, parseError) = SpotOrderParser.Parse(p, symbol, "", "side", "quantity", "newClientOrderId");
        if (parseError is not null)
        {
            return parseError;
        }

        var (respType, respError) = SpotOrderParser.ResponseTypeOf(p, request!.Kind);
        if (respError is not null)
        {
            return respError;
        }

        if (!symbol.CancelReplaceAllowed)
        {
            return EngineErrors.NewOrderRejected("Order cancel-replace is not supported for this symbol.");
        }

        string? cancelNewId = ParamReader.OptionalString(p, "cancelNewClientOrderId", out _);
        Account account = ctx.Key!.Account;
        MethodResult result = Exchange.Run(() =>
        {
            long now = ctx.NowMs;
            SymbolState s = Exchange.Find(symbol.Symbol)!;

            // Filters and the order-count limit are evaluated before either step (docs/protocol.md §8.6).
            if (Exchange.OrderCounter.WouldExceed(account, 1, now) is { } limitText)
            {
                ApiError tooMany = EngineErrors.TooManyOrders(limitText);
                if (limitMode != "CANCEL_ONLY")
                {
                    return (MethodResult)tooMany;
                }

                Outcome<CancelOutcome> onlyCancel = Exchange.CancelCore(account, symbol.Symbol, cancelId, cancelClientId, cancelNewId, restrictions);
                return Report(onlyCancel, null, tooMany, stopOnFailure, respType);
            }

            if (Exchange.ValidateStatic(s, request) is { } filterError)
            {
                return filterError;
            }

            Outcome<CancelOutcome> cancel = Exchange.CancelCore(account, symbol.Symbol, cancelId, cancelClientId, cancelNewId, restrictions);
            if (!cancel.Ok && stopOnFailure)
            {
                Exchange.OrderCounter.TryAdd(account, 1, now); // counted even when the new order is not attempted (§5.4)
                return Report(cancel, null, null, stopOnFailure, respType);
            }

            Outcome<PlaceOutcome> placed = Exchange.PlaceCore(account, request);
            return Report(cancel, placed, placed.Error, stopOnFailure, respType);
        });
        SpotHandlerSupport.ReportOrderLimits(ctx);
        return result;
    }

    /// <summary>The outcome matrix of docs/protocol.md §8.6.</summary>
    private static MethodResult Report(Outcome<CancelOutcome> cancel, Outcome<PlaceOutcome>? placed, ApiError? newError, bool stopOnFailure, ResponseType respType)
    {
        bool cancelOk = cancel.Ok;
        bool attempted = placed is not null || newError is not null;
        bool newOk = placed is { Ok: true };
        string cancelResult = cancelOk ? "SUCCESS" : "FAILURE";
        string newResult = !attempted ? "NOT_ATTEMPTED" : newOk ? "SUCCESS" : "FAILURE";
        void WriteMembers(Utf8JsonWriter w)
        {
            w.WriteString("cancelResult", cancelResult);
            w.WriteString("newOrderResult", newResult);
            w.WritePropertyName("cancelResponse");
            if (cancelOk)
            {
                WriteCancelOutcome(w, cancel.Value!);
            }
            else
            {
                SpotOrderJson.WriteError(w, cancel.Error!);
            }

            w.WritePropertyName("newOrderResponse");
            if (newOk)
            {
                PlaceOutcome p = placed!.Value.Value!;
                SpotOrderJson.WritePlacement(w, p.Order, respType, p.Fills, p.TransactTime);
            }
            else if (attempted)
            {
                SpotOrderJson.WriteError(w, newError ?? placed!.Value.Error!);
            }
            else
            {
                w.WriteNullValue();
            }
        }

        if (cancelOk && newOk)
        {
            return MethodResult.Ok(w =>
            {
                w.WriteStartObject();
                WriteMembers(w);
                w.WriteEndObject();
            });
        }

        _ = stopOnFailure;
        return cancelOk || newOk
            ? new ApiError(409, -2021, "Order cancel-replace partially failed.", WriteMembers)
            : new ApiError(400, -2022, "Order cancel-replace failed.", WriteMembers);
    }

    private MethodResult Amend(RequestContext ctx)
    {
        if (SpotHandlerSupport.Symbol(ctx, out SpotSymbol symbol) is { } symbolError)
        {
            return symbolError;
        }

        if (SpotHandlerSupport.OrderRef(ctx.Params, "orderId", "origClientOrderId", out long? orderId, out string? clientId) is { } refError)
        {
            return refError;
        }

        decimal? newQty = ParamReader.OptionalDecimal(ctx.Params, "newQty", out ApiError? qtyError);
        if (qtyError is not null || newQty is not > 0)
        {
            return Errors.MandatoryParameter("newQty");
        }

        string? newId = ParamReader.OptionalString(ctx.Params, "newClientOrderId", out _);
        Outcome<AmendOutcome> outcome = Exchange.Amend(ctx.Key!.Account, symbol.Symbol, orderId, clientId, newQty.Value, newId);
        if (!outcome.Ok)
        {
            return outcome.Error!;
        }

        AmendOutcome amend = outcome.Value!;
        return MethodResult.Ok(w =>
        {
            SpotOrder o = amend.Order;
            w.WriteStartObject();
            w.WriteNumber("transactTime", amend.TransactTime);
            w.WriteNumber("executionId", amend.ExecutionId);
            w.WriteStartObject("amendedOrder");
            w.WriteString("symbol", o.Symbol);
            w.WriteNumber("orderId", o.OrderId);
            w.WriteNumber("orderListId", o.OrderListId);
            w.WriteString("origClientOrderId", amend.OrigClientOrderId);
            w.WriteString("clientOrderId", o.ClientOrderId);
            w.WriteString("price", DecimalText.F8(o.Price));
            w.WriteString("qty", DecimalText.F8(o.OrigQty));
            w.WriteString("executedQty", DecimalText.F8(o.ExecutedQty));
            w.WriteString("preventedQty", DecimalText.F8(o.PreventedQuantity));
            w.WriteString("quoteOrderQty", DecimalText.F8(o.OrigQuoteOrderQty));
            w.WriteString("cumulativeQuoteQty", DecimalText.F8(o.CumQuote));
            w.WriteString("status", Wire.Name(o.Status));
            w.WriteString("timeInForce", Wire.Name(o.TimeInForce));
            w.WriteString("type", Wire.Name(o.Kind));
            w.WriteString("side", Wire.Name(o.Side));
            w.WriteNumber("workingTime", o.WorkingTime);
            w.WriteString("selfTradePreventionMode", Wire.Name(o.Stp));
            w.WriteEndObject();
            if (amend.List is { } list)
            {
                w.WriteStartObject("listStatus");
                SpotOrderJson.WriteListHead(w, list.List, list.TransactionTime, statusType: false);
                w.WriteStartArray("orders");
                foreach (SpotOrder leg in list.Orders)
                {
                    w.WriteStartObject();
                    w.WriteString("symbol", leg.Symbol);
                    w.WriteNumber("orderId", leg.OrderId);
                    w.WriteString("clientOrderId", leg.ClientOrderId);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndObject();
        });
    }

    private MethodResult CancelAll(RequestContext ctx)
    {
        if (SpotHandlerSupport.Symbol(ctx, out SpotSymbol symbol) is { } symbolError)
        {
            return symbolError;
        }

        var outcome = Exchange.CancelAll(ctx.Key!.Account, symbol.Symbol);
        if (!outcome.Ok)
        {
            return outcome.Error!;
        }

        var cancels = outcome.Value!;
        return MethodResult.Ok(w =>
        {
            w.WriteStartArray();
            foreach (CancelOutcome cancel in cancels)
            {
                WriteCancelOutcome(w, cancel);
            }

            w.WriteEndArray();
        });
    }

    private MethodResult Status(RequestContext ctx)
    {
        if (SpotHandlerSupport.Symbol(ctx, out SpotSymbol symbol) is { } symbolError)
        {
            return symbolError;
        }

        if (SpotHandlerSupport.OrderRef(ctx.Params, "orderId", "origClientOrderId", out long? orderId, out string? clientId) is { } refError)
        {
            return refError;
        }

        Outcome<SpotOrder> outcome = Exchange.GetOrder(ctx.Key!.Account, symbol.Symbol, orderId, clientId);
        if (!outcome.Ok)
        {
            return outcome.Error!;
        }

        SpotOrder order = outcome.Value!;
        return MethodResult.Ok(w => SpotOrderJson.WriteQuery(w, order));
    }

    private MethodResult OpenOrders(RequestContext ctx)
    {
        string? symbolName = null;
        if (ParamReader.Has(ctx.Params, "symbol"))
        {
            if (SpotHandlerSupport.Symbol(ctx, out SpotSymbol symbol) is { } symbolError)
            {
                return symbolError;
            }

            symbolName = symbol.Symbol;
        }

        var orders = Exchange.OpenOrders(ctx.Key!.Account, symbolName);
        return MethodResult.Ok(w =>
        {
            w.WriteStartArray();
            foreach (SpotOrder order in orders)
            {
                SpotOrderJson.WriteQuery(w, order);
            }

            w.WriteEndArray();
        });
    }
}
