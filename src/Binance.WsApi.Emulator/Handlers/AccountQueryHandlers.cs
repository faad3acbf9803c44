using System.Text.Json;
using Binance.WsApi.Emulator.Accounts;
using Binance.WsApi.Emulator.Hosting;
using Binance.WsApi.Emulator.Market;
using Binance.WsApi.Emulator.Matching;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Handlers;

/// <summary>
/// Spot account queries over the engine's history (docs/protocol.md §5.5): allOrders, myTrades, myPreventedMatches,
/// myAllocations, account.commission, account.rateLimits.orders, order.amendments, myFilters.
/// </summary>
internal sealed class AccountQueryHandlers(EmulatorServices services) : IMethodGroup
{
    private const long Day = 24 * 60 * 60 * 1000L;

    private SpotExchange Exchange => services.Exchange;

    public IEnumerable<MethodDefinition> GetMethods() =>
    [
        SpotTradingHandlers.Trade("allOrders", MethodDefinition.FixedWeight(20), AllOrders),
        SpotTradingHandlers.Trade("myTrades", ctx => ParamReader.Has(ctx.Params, "orderId") ? 5 : 20, MyTrades),
        SpotTradingHandlers.Trade("myPreventedMatches", ctx => ParamReader.Has(ctx.Params, "orderId") ? 20 : 2, PreventedMatches),
        SpotTradingHandlers.Trade("myAllocations", MethodDefinition.FixedWeight(20), Allocations),
        SpotTradingHandlers.Trade("account.commission", MethodDefinition.FixedWeight(20), Commission),
        SpotTradingHandlers.Trade("account.rateLimits.orders", MethodDefinition.FixedWeight(40), OrderRateLimits),
        SpotTradingHandlers.Trade("order.amendments", MethodDefinition.FixedWeight(4), Amendments),
        SpotTradingHandlers.Trade("myFilters", MethodDefinition.FixedWeight(40), MyFilters),
    ];

    /// <summary>startTime / endTime (ms or µs); more than 24 h apart → -1127 (docs/protocol.md §5.5).</summary>
    internal static ApiError? TimeRange(JsonElement p, out long? start, out long? end)
    {
        end = null;
        start = SpotHandlerSupport.TimeParam(p, "startTime", out ApiError? error);
        if (error is not null)
        {
            return error;
        }

        end = SpotHandlerSupport.TimeParam(p, "endTime", out error);
        if (error is not null)
        {
            return error;
        }

        if (start is { } s && end is { } e && (e < s || e - s > Day))
        {
            return new ApiError(400, -1127, "More than 24 hours between startTime and endTime.");
        }

        return null;
    }

    private MethodResult AllOrders(RequestContext ctx)
    {
        JsonElement p = ctx.Params;
        if (SpotHandlerSupport.Symbol(ctx, out SpotSymbol symbol) is { } symbolError)
        {
            return symbolError;
        }

        long? orderId = ParamReader.OptionalLong(p, "orderId", out ApiError? error);
        ApiError? rangeError = TimeRange(p, out long? start, out long? end);
        error ??= rangeError;
        int limit = error is null ? SpotHandlerSupport.Limit(p, 500, 1000, out error) : 0;
        if (error is not null)
        {
            return error;
        }

        var orders = Exchange.AllOrders(ctx.Key!.Account, symbol.Symbol, orderId, start, end, limit);
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

    private MethodResult MyTrades(RequestContext ctx)
    {
        JsonElement p = ctx.Params;
        if (SpotHandlerSupport.Symbol(ctx, out SpotSymbol symbol) is { } symbolError)
        {
            return symbolError;
        }

        long? orderId = ParamReader.OptionalLong(p, "orderId", out ApiError? error);
        long? fromId = error is null ? ParamReader.OptionalLong(p, "fromId", out error) : null;
        ApiError? rangeError = TimeRange(p, out long? start, out long? end);
        error ??= rangeError;
        int limit = error is null ? SpotHandlerSupport.Limit(p, 500, 1000, out error) : 0;
        if (error is not null)
        {
            return error;
        }

        // Supported combinations (docs): orderId [+ fromId], fromId, startTime and/or endTime — never an id with a time.
        if ((fromId is not null || orderId is not null) && (start is not null || end is not null))
        {
            return Errors.BadParameterCombination();
        }

        var trades = Exchange.MyTrades(ctx.Key!.Account, symbol.Symbol, orderId, start, end, fromId, limit);
        return MethodResult.Ok(w =>
        {
            w.WriteStartArray();
            foreach (AccountTrade t in trades)
            {
                w.WriteStartObject();
                w.WriteString("symbol", t.Symbol);
                w.WriteNumber("id", t.Id);
                w.WriteNumber("orderId", t.OrderId);
                w.WriteNumber("orderListId", t.OrderListId);
                w.WriteString("price", DecimalText.F8(t.Price));
                w.WriteString("qty", DecimalText.F8(t.Qty));
                w.WriteString("quoteQty", DecimalText.F8(t.QuoteQty));
                w.WriteString("commission", DecimalText.F8(t.Commission));
                w.WriteString("commissionAsset", t.CommissionAsset);
                w.WriteNumber("time", t.Time);
                w.WriteBoolean("isBuyer", t.IsBuyer);
                w.WriteBoolean("isMaker", t.IsMaker);
                w.WriteBoolean("isBestMatch", true);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    private MethodResult PreventedMatches(RequestContext ctx)
    {
        JsonElement p = ctx.Params;
        if (SpotHandlerSupport.Symbol(ctx, out SpotSymbol symbol) is { } symbolError)
        {
            return symbolError;
        }

        long? preventedId = ParamReader.OptionalLong(p, "preventedMatchId", out ApiError? error);
        long? orderId = error is null ? ParamReader.OptionalLong(p, "orderId", out error) : null;
        long? fromId = error is null ? ParamReader.OptionalLong(p, "fromPreventedMatchId", out error) : null;
        int limit = error is null ? SpotHandlerSupport.Limit(p, 500, 1000, out error) : 0;
        if (error is not null)
        {
            return error;
        }

        if (preventedId is null && orderId is null)
        {
            return SpotOrderParser.MissingOneOf("preventedMatchId", "orderId");
        }

        var matches = Exchange.PreventedMatches(ctx.Key!.Account, symbol.Symbol, preventedId, orderId, fromId, limit);
        return MethodResult.Ok(w =>
        {
            w.WriteStartArray();
            foreach (PreventedMatch m in matches)
            {
                w.WriteStartObject();
                w.WriteString("symbol", m.Symbol);
                w.WriteNumber("preventedMatchId", m.PreventedMatchId);
                w.WriteNumber("takerOrderId", m.TakerOrderId);
                w.WriteString("makerSymbol", m.Symbol);
                w.WriteNumber("makerOrderId", m.MakerOrderId);
                w.WriteNumber("tradeGroupId", -1); // no trade groups in the emulator (TRANSFER behaves as DECREMENT)
                w.WriteString("selfTradePreventionMode", Wire.Name(m.Mode));
                w.WriteString("price", DecimalText.F8(m.Price));
                w.WriteString("makerPreventedQuantity", DecimalText.F8(m.MakerPreventedQuantity));
                w.WriteNumber("transactTime", m.TransactTime);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    private MethodResult Allocations(RequestContext ctx)
    {
        JsonElement p = ctx.Params;
        if (SpotHandlerSupport.Symbol(ctx, out SpotSymbol symbol) is { } symbolError)
        {
            return symbolError;
        }

        long? orderId = ParamReader.OptionalLong(p, "orderId", out ApiError? error);
        long? fromId = error is null ? ParamReader.OptionalLong(p, "fromAllocationId", out error) : null;
        ApiError? rangeError = TimeRange(p, out long? start, out long? end);
        error ??= rangeError;
        int limit = error is null ? SpotHandlerSupport.Limit(p, 500, 1000, out error) : 0;
        if (error is not null)
        {
            return error;
        }

        var allocations = Exchange.Allocations(ctx.Key!.Account, symbol.Symbol, orderId, start, end, fromId, limit);
        return MethodResult.Ok(w =>
        {
            w.WriteStartArray();
            foreach (Allocation a in allocations)
            {
                w.WriteStartObject();
                w.WriteString("symbol", a.Symbol);
                w.WriteNumber("allocationId", a.AllocationId);
                w.WriteString("allocationType", "SOR");
                w.WriteNumber("orderId", a.OrderId);
                w.WriteNumber("orderListId", a.OrderListId);
                w.WriteString("price", DecimalText.F8(a.Price));
                w.WriteString("qty", DecimalText.F8(a.Qty));
                w.WriteString("quoteQty", DecimalText.F8(a.QuoteQty));
                w.WriteString("commission", DecimalText.F8(a.Commission));
                w.WriteString("commissionAsset", a.CommissionAsset);
                w.WriteNumber("time", a.Time);
                w.WriteBoolean("isBuyer", a.IsBuyer);
                w.WriteBoolean("isMaker", false); // an SOR order takes; allocations are its fills
                w.WriteBoolean("isAllocator", false);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    private MethodResult Commission(RequestContext ctx)
    {
        if (SpotHandlerSupport.Symbol(ctx, out SpotSymbol symbol) is { } symbolError)
        {
            return symbolError;
        }

        Account account = ctx.Key!.Account;
        return MethodResult.Ok(w =>
        {
            w.WriteStartObject();
            w.WriteString("symbol", symbol.Symbol);
            WriteRates(w, "standardCommission", account.MakerCommission, account.TakerCommission);
            WriteRates(w, "specialCommission", 0m, 0m);
            WriteRates(w, "taxCommission", 0m, 0m);
            w.WriteStartObject("discount");
            w.WriteBoolean("enabledForAccount", false);
            w.WriteBoolean("enabledForSymbol", false);
            w.WriteString("discountAsset", "BNB");
            w.WriteString("discount", DecimalText.F8(0.25m));
            w.WriteEndObject();
            w.WriteEndObject();
        });
    }

    private static void WriteRates(Utf8JsonWriter w, string name, decimal maker, decimal taker)
    {
        w.WriteStartObject(name);
        w.WriteString("maker", DecimalText.F8(maker));
        w.WriteString("taker", DecimalText.F8(taker));
        w.WriteString("buyer", DecimalText.F8(0m));
        w.WriteString("seller", DecimalText.F8(0m));
        w.WriteEndObject();
    }

    private MethodResult OrderRateLimits(RequestContext ctx)
    {
        UnfilledOrderCounterView view = UnfilledOrderCounterView.Of(Exchange, ctx);
        return MethodResult.Ok(w =>
        {
            w.WriteStartArray();
            WriteLimit(w, "SECOND", 10, view.PerTenSeconds, view.TenSeconds);
            WriteLimit(w, "DAY", 1, view.PerDay, view.Day);
            w.WriteEndArray();
        });
    }

    private static void WriteLimit(Utf8JsonWriter w, string interval, int intervalNum, int limit, int count)
    {
        w.WriteStartObject();
        w.WriteString("rateLimitType", "ORDERS");
        w.WriteString("interval", interval);
        w.WriteNumber("intervalNum", intervalNum);
        w.WriteNumber("limit", limit);
        w.WriteNumber("count", count);
        w.WriteEndObject();
    }

    private MethodResult Amendments(RequestContext ctx)
    {
        JsonElement p = ctx.Params;
        if (SpotHandlerSupport.Symbol(ctx, out SpotSymbol symbol) is { } symbolError)
        {
            return symbolError;
        }

        long? orderId = ParamReader.OptionalLong(p, "orderId", out ApiError? error);
        if (error is not null || orderId is null)
        {
            return Errors.MandatoryParameter("orderId");
        }

        long? fromId = ParamReader.OptionalLong(p, "fromExecutionId", out error);
        int limit = error is null ? SpotHandlerSupport.Limit(p, 500, 1000, out error) : 0;
        if (error is not null)
        {
            return error;
        }

        var amendments = Exchange.Amendments(ctx.Key!.Account, symbol.Symbol, orderId.Value, fromId, limit);
        return MethodResult.Ok(w =>
        {
            w.WriteStartArray();
            foreach (Amendment a in amendments)
            {
                w.WriteStartObject();
                w.WriteString("symbol", a.Symbol);
                w.WriteNumber("orderId", a.OrderId);
                w.WriteNumber("executionId", a.ExecutionId);
                w.WriteString("origClientOrderId", a.OrigClientOrderId);
                w.WriteString("newClientOrderId", a.NewClientOrderId);
                w.WriteString("origQty", DecimalText.F8(a.OrigQty));
                w.WriteString("newQty", DecimalText.F8(a.NewQty));
                w.WriteNumber("time", a.Time);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    /// <summary>
    /// The filters that apply to the account on the symbol. The emulator has no exchange-wide or asset filters
    /// (exchangeInfo's exchangeFilters is empty too), so those arrays are empty; symbolFilters are the symbol's.
    /// </summary>
    private static MethodResult MyFilters(RequestContext ctx)
    {
        if (SpotHandlerSupport.Symbol(ctx, out SpotSymbol symbol) is { } symbolError)
        {
            return symbolError;
        }

        return MethodResult.Ok(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("exchangeFilters");
            w.WriteEndArray();
            w.WriteStartArray("symbolFilters");
            foreach (SymbolFilter filter in symbol.Filters)
            {
                filter.Write(w);
            }

            w.WriteEndArray();
            w.WriteStartArray("assetFilters");
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>The account's ORDERS counters with their limits.</summary>
    private readonly record struct UnfilledOrderCounterView(int PerTenSeconds, int PerDay, int TenSeconds, int Day)
    {
        public static UnfilledOrderCounterView Of(SpotExchange exchange, RequestContext ctx)
        {
            var counter = exchange.OrderCounter;
            var (tenSeconds, day) = counter.Snapshot(ctx.Key!.Account, ctx.NowMs);
            return new(counter.PerTenSeconds, counter.PerDay, tenSeconds, day);
        }
    }
}
