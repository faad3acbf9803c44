using System.Text.Json;
using Binance.WsApi.Emulator.Matching;
using Binance.WsApi.Emulator.Market;
using Binance.WsApi.Emulator.Matching.Futures;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Hosting.Admin;

/// <summary>
/// Admin actions on market state: reference price, mark price, resting liquidity, the market maker and symbol status.
/// Each takes the parsed JSON body and writes the JSON answer.
/// </summary>
internal static class MarketAdmin
{
    /// <summary>The statuses a symbol can be given: those exchangeInfo's <c>symbolStatus</c> filter knows.</summary>
    private static IReadOnlyList<string> Statuses => SpotSymbol.KnownStatuses;

    public static void SetReferencePrice(JsonElement body, EmulatorServices services, Utf8JsonWriter w)
    {
        string symbol = AdminMarkets.Spot(body, services);
        if (!body.TryGetProperty("price", out JsonElement priceElement))
        {
            throw new ArgumentException("'price' is required (a decimal, or null for \"set, without a value\").");
        }

        decimal? price = priceElement.ValueKind == JsonValueKind.Null ? null : AdminBody.Decimal(priceElement, "price");
        if (price <= 0m)
        {
            throw new ArgumentException("'price' must be greater than 0.");
        }

        services.Exchange.SetReferencePrice(symbol, price);
        w.WriteStartObject();
        w.WriteString("symbol", symbol);
        if (price is { } p)
        {
            w.WriteString("referencePrice", DecimalText.F8(p));
        }
        else
        {
            w.WriteNull("referencePrice");
        }

        w.WriteEndObject();
    }

    public static void ClearReferencePrice(JsonElement body, EmulatorServices services, Utf8JsonWriter w)
    {
        string symbol = AdminMarkets.Spot(body, services);
        services.Exchange.ClearReferencePrice(symbol);
        w.WriteStartObject();
        w.WriteString("symbol", symbol);
        w.WriteBoolean("cleared", true);
        w.WriteEndObject();
    }

    public static void SetMarkPrice(JsonElement body, EmulatorServices services, Utf8JsonWriter w)
    {
        var (exchange, symbol) = AdminMarkets.Futures(body, services);
        decimal price = AdminBody.RequiredDecimal(body, "price");
        if (price <= 0m)
        {
            throw new ArgumentException("'price' must be greater than 0.");
        }

        exchange.SetMarkPrice(symbol, price);
        w.WriteStartObject();
        w.WriteString("market", AdminMarkets.Name(exchange.Market == MarketKind.UsdM ? AdminMarket.UsdM : AdminMarket.CoinM));
        w.WriteString("symbol", symbol);
        w.WriteString("markPrice", DecimalText.Plain(price));
        w.WriteEndObject();
    }

    public static void SetIndexPrice(JsonElement body, EmulatorServices services, Utf8JsonWriter w)
    {
        var (exchange, symbol) = AdminMarkets.Futures(body, services);
        if (!body.TryGetProperty("price", out JsonElement raw))
        {
            throw new ArgumentException("'price' is required (a decimal string, or null to follow the mark price).");
        }

        decimal? price = raw.ValueKind == JsonValueKind.Null ? null : AdminBody.RequiredDecimal(body, "price");
        if (price <= 0m)
        {
            throw new ArgumentException("'price' must be greater than 0.");
        }

        exchange.SetIndexPrice(symbol, price);
        w.WriteStartObject();
        w.WriteString("market", AdminMarkets.Name(exchange.Market == MarketKind.UsdM ? AdminMarket.UsdM : AdminMarket.CoinM));
        w.WriteString("symbol", symbol);
        w.WriteString("indexPrice", DecimalText.Plain(exchange.Run(() => exchange.Find(symbol)!.IndexPrice)));
        w.WriteEndObject();
    }

    /// <summary>
    /// Rests GTC LIMIT orders of the market maker's account at the given levels (<c>[price, quantity]</c> pairs), after
    /// clearing the book (which also stops the automatic ladder) when <c>clear</c> is true. Levels that cross match.
    /// </summary>
    public static void SeedBook(JsonElement body, EmulatorServices services, Utf8JsonWriter w)
    {
        AdminMarket market = AdminMarkets.Read(body, AdminMarket.Spot);
        var bids = Levels(body, "bids");
        var asks = Levels(body, "asks");
        if (bids.Count + asks.Count == 0)
        {
            throw new ArgumentException("Give at least one level in 'bids' or 'asks', e.g. \"bids\":[[\"59990\",\"0.5\"]].");
        }

        bool clear = AdminBody.OptionalBool(body, "clear") ?? false;
        var ids = new List<long>();
        if (market == AdminMarket.Spot)
        {
            string symbol = AdminMarkets.Spot(body, services);
            SpotExchange spot = services.Exchange;
            if (clear)
            {
                spot.ClearBook(symbol);
            }

            ids.AddRange(bids.Select(l => spot.PlaceLiquidity(spot.MarketMaker.Account, symbol, Side.Buy, l.Price, l.Quantity).OrderId));
            ids.AddRange(asks.Select(l => spot.PlaceLiquidity(spot.MarketMaker.Account, symbol, Side.Sell, l.Price, l.Quantity).OrderId));
        }
        else
        {
            var (exchange, symbol) = AdminMarkets.Futures(body, services);
            if (clear)
            {
                exchange.ClearBook(symbol);
            }

            ids.AddRange(bids.Select(l => exchange.PlaceLiquidity(symbol, Side.Buy, l.Price, l.Quantity)));
            ids.AddRange(asks.Select(l => exchange.PlaceLiquidity(symbol, Side.Sell, l.Price, l.Quantity)));
        }

        w.WriteStartObject();
        w.WriteStartArray("orderIds");
        ids.ForEach(w.WriteNumberValue);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void ClearBook(JsonElement body, EmulatorServices services, Utf8JsonWriter w)
    {
        int canceled = AdminMarkets.Read(body, AdminMarket.Spot) == AdminMarket.Spot
            ? services.Exchange.ClearBook(AdminMarkets.Spot(body, services))
            : ClearFutures(body, services);
        w.WriteStartObject();
        w.WriteNumber("canceled", canceled);
        w.WriteEndObject();
    }

    public static void SetMarketMaker(JsonElement body, EmulatorServices services, Utf8JsonWriter w)
    {
        bool enabled = AdminBody.RequiredBool(body, "enabled");
        bool now;
        if (AdminMarkets.Read(body, AdminMarket.Spot) == AdminMarket.Spot)
        {
            string symbol = AdminMarkets.Spot(body, services);
            SpotExchange spot = services.Exchange;
            now = spot.Run(() =>
            {
                spot.MarketMaker.SetEnabled(symbol, enabled);
                return spot.MarketMaker.IsEnabled(symbol);
            });
        }
        else
        {
            var (exchange, symbol) = AdminMarkets.Futures(body, services);
            now = exchange.Run(() =>
            {
                exchange.MarketMaker.SetEnabled(symbol, enabled);
                return exchange.MarketMaker.IsEnabled(symbol);
            });
        }

        if (now != enabled)
        {
            throw new ArgumentException("The market maker has no default ladder for this symbol (seed liquidity with /admin/book/seed instead).");
        }

        w.WriteStartObject();
        w.WriteBoolean("enabled", now);
        w.WriteEndObject();
    }

    public static void SetSymbolStatus(JsonElement body, EmulatorServices services, Utf8JsonWriter w)
    {
        string symbol = AdminMarkets.Spot(body, services);
        string status = AdminBody.RequiredString(body, "status");
        if (!Statuses.Contains(status, StringComparer.Ordinal))
        {
            throw new ArgumentException($"'status' must be one of {string.Join(", ", Statuses)}.");
        }

        services.Exchange.SetSymbolStatus(symbol, status);
        w.WriteStartObject();
        w.WriteString("symbol", symbol);
        w.WriteString("status", status);
        w.WriteEndObject();
    }

    private static int ClearFutures(JsonElement body, EmulatorServices services)
    {
        var (exchange, symbol) = AdminMarkets.Futures(body, services);
        return exchange.ClearBook(symbol);
    }

    private static List<(decimal Price, decimal Quantity)> Levels(JsonElement body, string name)
    {
        if (!body.TryGetProperty(name, out JsonElement levels) || levels.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (levels.ValueKind != JsonValueKind.Array)
        {
            throw new ArgumentException($"'{name}' must be an array of [price, quantity] pairs.");
        }

        var list = new List<(decimal, decimal)>();
        int i = 0;
        foreach (JsonElement level in levels.EnumerateArray())
        {
            string at = $"{name}[{i++}]";
            if (level.ValueKind != JsonValueKind.Array || level.GetArrayLength() != 2)
            {
                throw new ArgumentException($"'{at}' must be a [price, quantity] pair, e.g. [\"60000\",\"0.5\"].");
            }

            decimal price = AdminBody.Decimal(level[0], $"{at}[0]");
            decimal quantity = AdminBody.Decimal(level[1], $"{at}[1]");
            if (price <= 0m || quantity <= 0m)
            {
                throw new ArgumentException($"'{at}': price and quantity must be greater than 0.");
            }

            list.Add((price, quantity));
        }

        return list;
    }
}
