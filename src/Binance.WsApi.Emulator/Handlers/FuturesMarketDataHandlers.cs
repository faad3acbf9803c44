using Binance.WsApi.Emulator.Hosting;
using Binance.WsApi.Emulator.Matching;
using Binance.WsApi.Emulator.Matching.Futures;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Handlers;

/// <summary>USD-M market data on the WS API (depth, ticker.price, ticker.book). COIN-M has none (docs/protocol.md §6.3).</summary>
internal sealed class FuturesMarketDataHandlers(EmulatorServices services) : IMethodGroup
{
    private static readonly int[] DepthLimits = [5, 10, 20, 50, 100, 500, 1000];

    public IEnumerable<MethodDefinition> GetMethods() =>
    [
        new MethodDefinition
        {
            Name = "depth", Markets = MarketSet.UsdM, Security = SecurityType.None,
            Weight = DepthWeight, Handler = Depth,
        },
        new MethodDefinition
        {
            Name = "ticker.price", Markets = MarketSet.UsdM, Security = SecurityType.None,
            Weight = ctx => ParamReader.Has(ctx.Params, "symbol") ? 1 : 2, Handler = TickerPrice,
        },
        new MethodDefinition
        {
            Name = "ticker.book", Markets = MarketSet.UsdM, Security = SecurityType.None,
            Weight = ctx => ParamReader.Has(ctx.Params, "symbol") ? 2 : 5, Handler = TickerBook,
        },
    ];

    private static int DepthWeight(RequestContext ctx)
    {
        long limit = ParamReader.OptionalLong(ctx.Params, "limit", out _) ?? 500;
        return limit switch
        {
            <= 50 => 2,
            100 => 5,
            500 => 10,
            _ => 20,
        };
    }

    private ValueTask<MethodResult> Depth(RequestContext ctx)
    {
        if (FuturesHandlerSupport.Symbol(ctx, out FuturesSymbolState s) is { } error)
        {
            return MethodResult.Fail(error);
        }

        long limit = ParamReader.OptionalLong(ctx.Params, "limit", out ApiError? limitError) ?? 500;
        if (limitError is not null || !DepthLimits.Contains((int)Math.Clamp(limit, 0, 1000)))
        {
            return MethodResult.Fail(Errors.InvalidParameter("limit"));
        }

        var (lastUpdateId, bids, asks, tradeTime) = services.UsdM.Run(() =>
            (s.LastUpdateId, Levels(s.Bids, (int)limit), Levels(s.Asks, (int)limit), s.LastTradeTime));
        long now = ctx.NowMs;
        return MethodResult.Ok(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("lastUpdateId", lastUpdateId);
            w.WriteNumber("E", now);
            w.WriteNumber("T", tradeTime == 0 ? now : tradeTime);
            WriteLevels(w, "bids", s, bids);
            WriteLevels(w, "asks", s, asks);
            w.WriteEndObject();
        });
    }

    private ValueTask<MethodResult> TickerPrice(RequestContext ctx)
    {
        if (FuturesHandlerSupport.OptionalSymbol(ctx, out FuturesSymbolState? one) is { } error)
        {
            return MethodResult.Fail(error);
        }

        var rows = services.UsdM.Run(() => Selected(one).Select(s => (s, s.LastPrice)).ToList());
        long now = ctx.NowMs;
        return MethodResult.Ok(w => WriteOneOrAll(w, one is not null, rows, (row) =>
        {
            w.WriteStartObject();
            w.WriteString("symbol", row.s.Symbol.Symbol);
            w.WriteString("price", DecimalText.Fixed(row.LastPrice, row.s.Symbol.PricePrecision));
            w.WriteNumber("time", now);
            w.WriteEndObject();
        }));
    }

    private ValueTask<MethodResult> TickerBook(RequestContext ctx)
    {
        if (FuturesHandlerSupport.OptionalSymbol(ctx, out FuturesSymbolState? one) is { } error)
        {
            return MethodResult.Fail(error);
        }

        var rows = services.UsdM.Run(() => Selected(one).Select(s => (s, s.LastUpdateId, Bid: Levels(s.Bids, 1), Ask: Levels(s.Asks, 1))).ToList());
        long now = ctx.NowMs;
        return MethodResult.Ok(w => WriteOneOrAll(w, one is not null, rows, row =>
        {
            int pp = row.s.Symbol.PricePrecision;
            int qp = row.s.Symbol.QuantityPrecision;
            var (bidPrice, bidQty) = row.Bid.Count > 0 ? row.Bid[0] : (0m, 0m);
            var (askPrice, askQty) = row.Ask.Count > 0 ? row.Ask[0] : (0m, 0m);
            w.WriteStartObject();
            w.WriteNumber("lastUpdateId", row.LastUpdateId);
            w.WriteString("symbol", row.s.Symbol.Symbol);
            w.WriteString("bidPrice", DecimalText.Fixed(bidPrice, pp));
            w.WriteString("bidQty", DecimalText.Fixed(bidQty, qp));
            w.WriteString("askPrice", DecimalText.Fixed(askPrice, pp));
            w.WriteString("askQty", DecimalText.Fixed(askQty, qp));
            w.WriteNumber("time", now);
            w.WriteEndObject();
        }));
    }

    private IEnumerable<FuturesSymbolState> Selected(FuturesSymbolState? one) => one is not null ? [one] : services.UsdM.Symbols;

    private static void WriteOneOrAll<T>(System.Text.Json.Utf8JsonWriter w, bool single, List<T> rows, Action<T> write)
    {
        if (single)
        {
            write(rows[0]);
            return;
        }

        w.WriteStartArray();
        rows.ForEach(write);
        w.WriteEndArray();
    }

    /// <summary>Aggregated price levels, best first.</summary>
    private static List<(decimal Price, decimal Quantity)> Levels(IReadOnlyList<FuturesOrder> side, int limit)
    {
        var levels = new List<(decimal, decimal)>();
        foreach (FuturesOrder o in side)
        {
            if (levels.Count > 0 && levels[^1].Item1 == o.Price)
            {
                levels[^1] = (o.Price, levels[^1].Item2 + o.Remaining);
            }
            else if (levels.Count < limit)
            {
                levels.Add((o.Price, o.Remaining));
            }
            else
            {
                break;
            }
        }

        return levels;
    }

    private static void WriteLevels(System.Text.Json.Utf8JsonWriter w, string name, FuturesSymbolState s, List<(decimal Price, decimal Quantity)> levels)
    {
        w.WriteStartArray(name);
        foreach (var (price, quantity) in levels)
        {
            w.WriteStartArray();
            w.WriteStringValue(DecimalText.Fixed(price, s.Symbol.PricePrecision));
            w.WriteStringValue(DecimalText.Fixed(quantity, s.Symbol.QuantityPrecision));
            w.WriteEndArray();
        }

        w.WriteEndArray();
    }
}
