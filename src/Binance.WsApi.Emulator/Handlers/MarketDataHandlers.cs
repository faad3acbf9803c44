using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Binance.WsApi.Emulator.Hosting;
using Binance.WsApi.Emulator.Market;
using Binance.WsApi.Emulator.MarketData;
using Binance.WsApi.Emulator.Matching;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Handlers;

/// <summary>
/// Spot market data (docs/protocol.md §5.2), security NONE, computed from the engine's own book and public trades: depth,
/// trades, aggregate trades, klines, avgPrice, the tickers, referencePrice and executionRules.
/// </summary>
internal sealed partial class MarketDataHandlers(EmulatorServices services) : IMethodGroup
{
    private const long Minute = 60_000;
    private const long Day = 24 * 60 * Minute;

    private SpotExchange Exchange => services.Exchange;

    [GeneratedRegex(@"^(\d{1,2})([mhd])$", RegexOptions.CultureInvariant)]
    private static partial Regex WindowPattern();

    public IEnumerable<MethodDefinition> GetMethods() =>
    [
        Public("depth", ctx => DepthWeight(ClampedLimit(ctx.Params, 100, 5000)), Depth),
        Public("trades.recent", MethodDefinition.FixedWeight(25), RecentTrades),
        Public("trades.historical", MethodDefinition.FixedWeight(25), HistoricalTrades),
        Public("blockTrades.historical", MethodDefinition.FixedWeight(25), BlockTrades),
        Public("trades.aggregate", MethodDefinition.FixedWeight(4), AggregateTrades),
        Public("klines", MethodDefinition.FixedWeight(2), Klines),
        Public("uiKlines", MethodDefinition.FixedWeight(2), Klines),
        Public("avgPrice", MethodDefinition.FixedWeight(2), AvgPrice),
        Public("ticker.24hr", ctx => SymbolSelection.CountNamed(ctx.Params) switch { >= 1 and <= 20 => 2, >= 21 and <= 100 => 40, _ => 80 }, Ticker24h),
        Public("ticker.tradingDay", ctx => Math.Min(200, 4 * Math.Max(1, SymbolSelection.CountNamed(ctx.Params))), TradingDay),
        Public("ticker", ctx => SymbolSelection.CountNamed(ctx.Params) > 50 ? 200 : 4 * Math.Max(1, SymbolSelection.CountNamed(ctx.Params)), RollingTicker),
        Public("ticker.price", ctx => SymbolSelection.CountNamed(ctx.Params) == 1 && ParamReader.Has(ctx.Params, "symbol") ? 2 : 4, TickerPrice),
        Public("ticker.book", ctx => SymbolSelection.CountNamed(ctx.Params) == 1 && ParamReader.Has(ctx.Params, "symbol") ? 2 : 4, TickerBook),
        Public("referencePrice", MethodDefinition.FixedWeight(2), ReferencePrice),
        Public("referencePrice.calculation", MethodDefinition.FixedWeight(2), ReferencePriceCalculation),
        Public("executionRules", ExecutionRulesWeight, ExecutionRules),
    ];

    private static MethodDefinition Public(string name, Func<RequestContext, int> weight, Func<RequestContext, MethodResult> handler) => new()
    {
        Name = name,
        Markets = MarketSet.Spot,
        Security = SecurityType.None,
        Weight = weight,
        Handler = ctx => handler(ctx),
    };

    internal static int DepthWeight(int limit) => limit switch { <= 100 => 5, <= 500 => 25, <= 1000 => 50, _ => 250 };

    /// <summary>
    /// <c>limit</c> with its default; above the maximum it is cut to the maximum (the docs say depth "will truncate
    /// to 5000"; the emulator does the same for every market-data limit). Malformed or ≤ 0 is reported by <see cref="ReadLimit"/>.
    /// </summary>
    private static int ClampedLimit(JsonElement p, int defaultLimit, int max)
    {
        long? limit = ParamReader.OptionalLong(p, "limit", out _);
        return (int)Math.Clamp(limit ?? defaultLimit, 1, max);
    }

    private static ApiError? ReadLimit(JsonElement p, int defaultLimit, int max, out int limit)
    {
        long? value = ParamReader.OptionalLong(p, "limit", out ApiError? error);
        limit = (int)Math.Clamp(value ?? defaultLimit, 1, max);
        return error ?? (value is <= 0 ? Errors.InvalidParameter("limit") : null);
    }

    /// <summary>The single required <c>symbol</c> (with the optional symbolStatus check where the method takes it).</summary>
    private static ApiError? OneSymbol(RequestContext ctx, out SpotSymbol symbol, bool allowStatus = false)
    {
        symbol = null!;
        if (!ParamReader.Has(ctx.Params, "symbol"))
        {
            return Errors.MandatoryParameter("symbol");
        }

        ApiError? error = SymbolSelection.Read(ctx, required: true, out SymbolSelection selection, allowStatus);
        if (error is null)
        {
            symbol = selection.Symbols[0];
        }

        return error;
    }

    private MethodResult Depth(RequestContext ctx)
    {
        ApiError? paramCheck = ReadLimit(ctx.Params, 100, 5000, out int limit);
        if ((OneSymbol(ctx, out SpotSymbol symbol, allowStatus: true) ?? paramCheck) is { } error)
        {
            return error;
        }

        var (updateId, bids, asks) = Exchange.Depth(symbol.Symbol, limit);
        return MethodResult.Ok(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("lastUpdateId", updateId);
            WriteLevels(w, "bids", bids);
            WriteLevels(w, "asks", asks);
            w.WriteEndObject();
        });
    }

    private static void WriteLevels(Utf8JsonWriter w, string name, IReadOnlyList<(decimal Price, decimal Qty)> levels)
    {
        w.WriteStartArray(name);
        foreach (var (price, qty) in levels)
        {
            w.WriteStartArray();
            w.WriteStringValue(DecimalText.F8(price));
            w.WriteStringValue(DecimalText.F8(qty));
            w.WriteEndArray();
        }

        w.WriteEndArray();
    }

    private MethodResult RecentTrades(RequestContext ctx)
    {
        ApiError? paramCheck = ReadLimit(ctx.Params, 500, 1000, out int limit);
        if ((OneSymbol(ctx, out SpotSymbol symbol) ?? paramCheck) is { } error)
        {
            return error;
        }

        var trades = Exchange.Trades(symbol.Symbol);
        return WriteTrades(trades.Skip(Math.Max(0, trades.Count - limit)));
    }

    private MethodResult HistoricalTrades(RequestContext ctx)
    {
        ApiError? paramCheck = ReadLimit(ctx.Params, 500, 1000, out int limit);
        if ((OneSymbol(ctx, out SpotSymbol symbol) ?? paramCheck) is { } error)
        {
            return error;
        }

        long? fromId = ParamReader.OptionalLong(ctx.Params, "fromId", out ApiError? idError);
        if (idError is not null)
        {
            return idError;
        }

        var trades = Exchange.Trades(symbol.Symbol);
        return fromId is { } id
            ? WriteTrades(trades.Where(t => t.Id >= id).Take(limit))
            : WriteTrades(trades.Skip(Math.Max(0, trades.Count - limit)));
    }

    private static MethodResult WriteTrades(IEnumerable<SpotTrade> trades)
    {
        var list = trades.ToList();
        return MethodResult.Ok(w =>
        {
            w.WriteStartArray();
            foreach (SpotTrade t in list)
            {
                w.WriteStartObject();
                w.WriteNumber("id", t.Id);
                w.WriteString("price", DecimalText.F8(t.Price));
                w.WriteString("qty", DecimalText.F8(t.Qty));
                w.WriteString("quoteQty", DecimalText.F8(t.QuoteQty));
                w.WriteNumber("time", t.Time);
                w.WriteBoolean("isBuyerMaker", t.IsBuyerMaker);
                w.WriteBoolean("isBestMatch", true);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    /// <summary>The emulator has no block trades (no OTC desk): an empty list after the usual checks.</summary>
    private static MethodResult BlockTrades(RequestContext ctx)
    {
        if ((OneSymbol(ctx, out _) ?? ReadLimit(ctx.Params, 500, 1000, out _)) is { } error)
        {
            return error;
        }

        long? fromId = ParamReader.OptionalLong(ctx.Params, "fromId", out ApiError? idError);
        if (idError is not null || fromId is null)
        {
            return Errors.MandatoryParameter("fromId");
        }

        return MethodResult.Ok(static w =>
        {
            w.WriteStartArray();
            w.WriteEndArray();
        });
    }

    private MethodResult AggregateTrades(RequestContext ctx)
    {
        JsonElement p = ctx.Params;
        ApiError? paramCheck = ReadLimit(p, 500, 1000, out int limit);
        if ((OneSymbol(ctx, out SpotSymbol symbol) ?? paramCheck) is { } error)
        {
            return error;
        }

        long? fromId = ParamReader.OptionalLong(p, "fromId", out ApiError? idError);
        long? start = SpotHandlerSupport.TimeParam(p, "startTime", out ApiError? startError);
        long? end = SpotHandlerSupport.TimeParam(p, "endTime", out ApiError? endError);
        if ((idError ?? startError ?? endError) is { } paramError)
        {
            return paramError;
        }

        if (fromId is not null && (start is not null || end is not null))
        {
            return Errors.BadParameterCombination(); // fromId | (startTime, endTime)
        }

        IReadOnlyList<AggregateTrade> all = MarketStats.Aggregate(Exchange.Trades(symbol.Symbol));
        IEnumerable<AggregateTrade> selected = fromId is { } id ? all.Where(a => a.Id >= id).Take(limit)
            : start is not null || end is not null ? all.Where(a => (start is null || a.Time >= start) && (end is null || a.Time <= end)).Take(limit)
            : all.Skip(Math.Max(0, all.Count - limit));
        var list = selected.ToList();
        return MethodResult.Ok(w =>
        {
            w.WriteStartArray();
            foreach (AggregateTrade a in list)
            {
                w.WriteStartObject();
                w.WriteNumber("a", a.Id);
                w.WriteString("p", DecimalText.F8(a.Price));
                w.WriteString("q", DecimalText.F8(a.Qty));
                w.WriteNumber("f", a.FirstTradeId);
                w.WriteNumber("l", a.LastTradeId);
                w.WriteNumber("T", a.Time);
                w.WriteBoolean("m", a.IsBuyerMaker);
                w.WriteBoolean("M", true);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    /// <summary>klines and uiKlines (the emulator's "UI" klines are the same data).</summary>
    private MethodResult Klines(RequestContext ctx)
    {
        JsonElement p = ctx.Params;
        ApiError? paramCheck = ReadLimit(p, 500, 1000, out int limit);
        if ((OneSymbol(ctx, out SpotSymbol symbol) ?? paramCheck) is { } error)
        {
            return error;
        }

        string? intervalText = ParamReader.OptionalString(p, "interval", out ApiError? intervalError);
        if (intervalError is not null || intervalText is null)
        {
            return Errors.MandatoryParameter("interval");
        }

        if (KlineInterval.Parse(intervalText) is not { } interval)
        {
            return new ApiError(400, -1120, "Invalid interval.");
        }

        long? start = SpotHandlerSupport.TimeParam(p, "startTime", out ApiError? startError);
        long? end = SpotHandlerSupport.TimeParam(p, "endTime", out ApiError? endError);
        ApiError? zoneError = ReadTimeZone(p, out long offset);
        if ((startError ?? endError ?? zoneError) is { } paramError)
        {
            return paramError;
        }

        var klines = MarketStats.Klines(Exchange.Trades(symbol.Symbol), interval, start, end, limit, offset, ctx.NowMs);
        return MethodResult.Ok(w =>
        {
            w.WriteStartArray();
            foreach (Kline k in klines)
            {
                w.WriteStartArray();
                w.WriteNumberValue(k.OpenTime);
                w.WriteStringValue(DecimalText.F8(k.Open));
                w.WriteStringValue(DecimalText.F8(k.High));
                w.WriteStringValue(DecimalText.F8(k.Low));
                w.WriteStringValue(DecimalText.F8(k.Close));
                w.WriteStringValue(DecimalText.F8(k.Volume));
                w.WriteNumberValue(k.CloseTime);
                w.WriteStringValue(DecimalText.F8(k.QuoteVolume));
                w.WriteNumberValue(k.TradeCount);
                w.WriteStringValue(DecimalText.F8(k.TakerBuyBaseVolume));
                w.WriteStringValue(DecimalText.F8(k.TakerBuyQuoteVolume));
                w.WriteStringValue("0");
                w.WriteEndArray();
            }

            w.WriteEndArray();
        });
    }

    private static ApiError? ReadTimeZone(JsonElement p, out long offset)
    {
        offset = 0;
        string? text = null;
        if (p.TryGetProperty("timeZone", out JsonElement value) && value.ValueKind != JsonValueKind.Null)
        {
            text = value.ValueKind == JsonValueKind.Number ? value.GetRawText() : value.ValueKind == JsonValueKind.String ? value.GetString() : "?";
        }

        if (TimeZoneOffset.Parse(text) is not { } parsed)
        {
            return Errors.InvalidParameter("timeZone");
        }

        offset = parsed;
        return null;
    }

    /// <summary>avgPrice: the volume-weighted price of the last 5 minutes (the last price when they had no trade); closeTime = last trade time.</summary>
    private MethodResult AvgPrice(RequestContext ctx)
    {
        if (OneSymbol(ctx, out SpotSymbol symbol) is { } error)
        {
            return error;
        }

        decimal price = Math.Round(Exchange.AveragePrice(symbol.Symbol, 5) ?? 0m, 8, MidpointRounding.AwayFromZero);
        var trades = Exchange.Trades(symbol.Symbol);
        long closeTime = trades.Count > 0 ? trades[^1].Time : ctx.NowMs;
        return MethodResult.Ok(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("mins", 5);
            w.WriteString("price", DecimalText.F8(price));
            w.WriteNumber("closeTime", closeTime);
            w.WriteEndObject();
        });
    }

    private static ApiError? ReadType(JsonElement p, out bool mini)
    {
        mini = false;
        string? type = ParamReader.OptionalString(p, "type", out ApiError? error);
        if (error is not null || type is not (null or "FULL" or "MINI"))
        {
            return new ApiError(400, -1139, "Invalid ticker type.");
        }

        mini = type == "MINI";
        return null;
    }

    /// <summary>Writes one object for a single symbol, an array otherwise.</summary>
    private static MethodResult PerSymbol(SymbolSelection selection, Action<Utf8JsonWriter, SpotSymbol> write) => MethodResult.Ok(w =>
    {
        if (selection.Single)
        {
            write(w, selection.Symbols[0]);
            return;
        }

        w.WriteStartArray();
        foreach (SpotSymbol symbol in selection.Symbols)
        {
            write(w, symbol);
        }

        w.WriteEndArray();
    });

    private MethodResult Ticker24h(RequestContext ctx)
    {
        ApiError? paramCheck = ReadType(ctx.Params, out bool mini);
        if ((SymbolSelection.Read(ctx, required: false, out SymbolSelection selection) ?? paramCheck) is { } error)
        {
            return error;
        }

        long now = ctx.NowMs;
        return PerSymbol(selection, (w, symbol) =>
        {
            WindowStats stats = MarketStats.Window(Exchange.Trades(symbol.Symbol), now - Day, now);
            w.WriteStartObject();
            w.WriteString("symbol", symbol.Symbol);
            if (!mini)
            {
                var (bid, ask) = Exchange.BookTicker(symbol.Symbol);
                w.WriteString("priceChange", DecimalText.F8(stats.PriceChange));
                w.WriteString("priceChangePercent", DecimalText.Fixed(stats.PriceChangePercent, 3));
                w.WriteString("weightedAvgPrice", DecimalText.F8(stats.WeightedAvgPrice));
                w.WriteString("prevClosePrice", DecimalText.F8(stats.PrevClose));
                w.WriteString("lastPrice", DecimalText.F8(stats.Last));
                w.WriteString("lastQty", DecimalText.F8(stats.LastQty));
                w.WriteString("bidPrice", DecimalText.F8(bid?.Price ?? 0m));
                w.WriteString("bidQty", DecimalText.F8(bid?.Qty ?? 0m));
                w.WriteString("askPrice", DecimalText.F8(ask?.Price ?? 0m));
                w.WriteString("askQty", DecimalText.F8(ask?.Qty ?? 0m));
            }

            WriteWindow(w, stats, withLast: mini);
            w.WriteEndObject();
        });
    }

    /// <summary>open/high/low(/last)/volumes/times/ids of a window, in the docs' order.</summary>
    private static void WriteWindow(Utf8JsonWriter w, WindowStats stats, bool withLast)
    {
        w.WriteString("openPrice", DecimalText.F8(stats.Open));
        w.WriteString("highPrice", DecimalText.F8(stats.High));
        w.WriteString("lowPrice", DecimalText.F8(stats.Low));
        if (withLast)
        {
            w.WriteString("lastPrice", DecimalText.F8(stats.Last));
        }

        w.WriteString("volume", DecimalText.F8(stats.Volume));
        w.WriteString("quoteVolume", DecimalText.F8(stats.QuoteVolume));
        w.WriteNumber("openTime", stats.OpenTime);
        w.WriteNumber("closeTime", stats.CloseTime);
        w.WriteNumber("firstId", stats.FirstId);
        w.WriteNumber("lastId", stats.LastId);
        w.WriteNumber("count", stats.Count);
    }

    /// <summary>ticker.tradingDay and ticker: change, percent and average (FULL), then the window with lastPrice.</summary>
    private static void WriteStatsTicker(Utf8JsonWriter w, string symbol, WindowStats stats, bool mini)
    {
        w.WriteStartObject();
        w.WriteString("symbol", symbol);
        if (!mini)
        {
            w.WriteString("priceChange", DecimalText.F8(stats.PriceChange));
            w.WriteString("priceChangePercent", DecimalText.Fixed(stats.PriceChangePercent, 3));
            w.WriteString("weightedAvgPrice", DecimalText.F8(stats.WeightedAvgPrice));
        }

        WriteWindow(w, stats, withLast: true);
        w.WriteEndObject();
    }

    /// <summary>ticker.tradingDay: the current calendar day in <c>timeZone</c> (default UTC); closeTime = the day's last ms.</summary>
    private MethodResult TradingDay(RequestContext ctx)
    {
        ApiError? paramCheck = ReadType(ctx.Params, out bool mini);
        ApiError? zoneError = ReadTimeZone(ctx.Params, out long offset);
        if ((SymbolSelection.Read(ctx, required: true, out SymbolSelection selection) ?? paramCheck ?? zoneError) is { } error)
        {
            return error;
        }

        long dayStart = KlineInterval.Parse("1d")!.Start(ctx.NowMs, offset);
        return PerSymbol(selection, (w, symbol) =>
            WriteStatsTicker(w, symbol.Symbol, MarketStats.Window(Exchange.Trades(symbol.Symbol), dayStart, dayStart + Day - 1), mini));
    }

    /// <summary>ticker (rolling window): windowSize 1m…59m, 1h…23h, 1d…7d (default 1d); the window opens on a minute boundary, closes now.</summary>
    private MethodResult RollingTicker(RequestContext ctx)
    {
        ApiError? paramCheck = ReadType(ctx.Params, out bool mini);
        if ((SymbolSelection.Read(ctx, required: true, out SymbolSelection selection) ?? paramCheck) is { } error)
        {
            return error;
        }

        if (selection.Symbols.Count > 200)
        {
            return new ApiError(400, -1101, "Too many values sent for parameter 'symbols', maximum allowed up to 200.");
        }

        string? windowText = ParamReader.OptionalString(ctx.Params, "windowSize", out ApiError? windowError);
        long? window = windowText is null ? Day : ParseWindow(windowText);
        if (windowError is not null || window is null)
        {
            return Errors.InvalidParameter("windowSize");
        }

        long now = ctx.NowMs;
        long open = (now - (now % Minute)) - window.Value;
        return PerSymbol(selection, (w, symbol) => WriteStatsTicker(w, symbol.Symbol, MarketStats.Window(Exchange.Trades(symbol.Symbol), open, now), mini));
    }

    private static long? ParseWindow(string text)
    {
        Match match = WindowPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        int n = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch
        {
            "m" when n is >= 1 and <= 59 => n * Minute,
            "h" when n is >= 1 and <= 23 => n * 60 * Minute,
            "d" when n is >= 1 and <= 7 => n * Day,
            _ => null,
        };
    }

    private MethodResult TickerPrice(RequestContext ctx)
    {
        if (SymbolSelection.Read(ctx, required: false, out SymbolSelection selection) is { } error)
        {
            return error;
        }

        return PerSymbol(selection, (w, symbol) =>
        {
            w.WriteStartObject();
            w.WriteString("symbol", symbol.Symbol);
            w.WriteString("price", DecimalText.F8(Exchange.LastPrice(symbol.Symbol) ?? 0m));
            w.WriteEndObject();
        });
    }

    private MethodResult TickerBook(RequestContext ctx)
    {
        if (SymbolSelection.Read(ctx, required: false, out SymbolSelection selection) is { } error)
        {
            return error;
        }

        return PerSymbol(selection, (w, symbol) =>
        {
            var (bid, ask) = Exchange.BookTicker(symbol.Symbol);
            w.WriteStartObject();
            w.WriteString("symbol", symbol.Symbol);
            w.WriteString("bidPrice", DecimalText.F8(bid?.Price ?? 0m));
            w.WriteString("bidQty", DecimalText.F8(bid?.Qty ?? 0m));
            w.WriteString("askPrice", DecimalText.F8(ask?.Price ?? 0m));
            w.WriteString("askQty", DecimalText.F8(ask?.Qty ?? 0m));
            w.WriteEndObject();
        });
    }

    private static ApiError NoReferencePrice() => new(400, -2043, "This symbol doesn't have a reference price.");

    /// <summary>
    /// referencePrice. Never set → status 200 with <c>{code,msg}</c> inside <c>result</c>, exactly as the docs'
    /// example (docs/protocol.md §9 lists the quirk); set → <c>{symbol, referencePrice (string or null), timestamp}</c>.
    /// </summary>
    private MethodResult ReferencePrice(RequestContext ctx)
    {
        if (OneSymbol(ctx, out SpotSymbol symbol) is { } error)
        {
            return error;
        }

        var reference = Exchange.ReferencePrice(symbol.Symbol);
        return MethodResult.Ok(w =>
        {
            w.WriteStartObject();
            if (reference is not { } set)
            {
                ApiError missing = NoReferencePrice();
                w.WriteNumber("code", missing.Code);
                w.WriteString("msg", missing.Message);
            }
            else
            {
                w.WriteString("symbol", symbol.Symbol);
                if (set.Price is { } price)
                {
                    w.WriteString("referencePrice", DecimalText.F8(price));
                }
                else
                {
                    w.WriteNull("referencePrice");
                }

                w.WriteNumber("timestamp", set.Time);
            }

            w.WriteEndObject();
        });
    }

    /// <summary>referencePrice.calculation: -2043 (status 400, docs' example) until a reference price is set; then an arithmetic mean of 10 one-second buckets.</summary>
    private MethodResult ReferencePriceCalculation(RequestContext ctx)
    {
        if (OneSymbol(ctx, out SpotSymbol symbol, allowStatus: true) is { } error)
        {
            return error;
        }

        if (Exchange.ReferencePrice(symbol.Symbol) is null)
        {
            return NoReferencePrice();
        }

        return MethodResult.Ok(w =>
        {
            w.WriteStartObject();
            w.WriteString("symbol", symbol.Symbol);
            w.WriteString("calculationType", "ARITHMETIC_MEAN");
            w.WriteNumber("bucketCount", 10);
            w.WriteNumber("bucketWidthMs", 1000);
            w.WriteEndObject();
        });
    }

    private static int ExecutionRulesWeight(RequestContext ctx) => SymbolSelection.CountNamed(ctx.Params) switch
    {
        -1 => 40,
        int n when ParamReader.Has(ctx.Params, "symbol") => 2 * n,
        int n => Math.Min(40, 2 * n),
    };

    /// <summary>executionRules: a PRICE_RANGE rule per symbol from its PERCENT_PRICE_BY_SIDE multipliers (the emulator's only price band).</summary>
    private static MethodResult ExecutionRules(RequestContext ctx)
    {
        if (SymbolSelection.Read(ctx, required: false, out SymbolSelection selection) is { } error)
        {
            return error;
        }

        return MethodResult.Ok(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("symbolRules");
            foreach (SpotSymbol symbol in selection.Symbols)
            {
                w.WriteStartObject();
                w.WriteString("symbol", symbol.Symbol);
                w.WriteStartArray("rules");
                if (symbol.Filter<PercentPriceBySideFilter>() is { } band)
                {
                    w.WriteStartObject();
                    w.WriteString("ruleType", "PRICE_RANGE");
                    w.WriteString("bidLimitMultUp", DecimalText.Plain(band.BidMultiplierUp));
                    w.WriteString("bidLimitMultDown", DecimalText.Plain(band.BidMultiplierDown));
                    w.WriteString("askLimitMultUp", DecimalText.Plain(band.AskMultiplierUp));
                    w.WriteString("askLimitMultDown", DecimalText.Plain(band.AskMultiplierDown));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }
}
