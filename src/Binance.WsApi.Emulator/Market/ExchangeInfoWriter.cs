using System.Text.Json;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Market;

/// <summary>Writes exchangeInfo results: the spot shape of the docs' example, and a smaller fapi/dapi-like shape for futures.</summary>
internal static class ExchangeInfoWriter
{
    public static void WriteSpot(
        Utf8JsonWriter w, long serverTime, int weightLimit, IReadOnlyList<SpotSymbol> symbols, bool showPermissionSets,
        IReadOnlyList<(string BaseAsset, IReadOnlyList<string> Symbols)> sors)
    {
        w.WriteStartObject();
        w.WriteString("timezone", "UTC");
        w.WriteNumber("serverTime", serverTime);
        w.WriteStartArray("rateLimits");
        WriteLimit(w, "REQUEST_WEIGHT", "MINUTE", 1, weightLimit);
        WriteLimit(w, "ORDERS", "SECOND", 10, 50);
        WriteLimit(w, "ORDERS", "DAY", 1, 160000);
        WriteLimit(w, "CONNECTIONS", "MINUTE", 5, 300);
        w.WriteEndArray();
        w.WriteStartArray("exchangeFilters");
        w.WriteEndArray();
        w.WriteStartArray("symbols");
        foreach (SpotSymbol s in symbols)
        {
            WriteSpotSymbol(w, s, showPermissionSets);
        }

        w.WriteEndArray();
        w.WriteStartArray("sors");
        foreach (var (baseAsset, sorSymbols) in sors)
        {
            w.WriteStartObject();
            w.WriteString("baseAsset", baseAsset);
            WriteStrings(w, "symbols", sorSymbols);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static void WriteFutures(Utf8JsonWriter w, MarketKind market, long serverTime, int weightLimit, IReadOnlyList<FuturesSymbol> symbols)
    {
        bool coinM = market == MarketKind.CoinM;
        w.WriteStartObject();
        w.WriteString("timezone", "UTC");
        w.WriteNumber("serverTime", serverTime);
        w.WriteString("futuresType", coinM ? "COIN_MARGINED" : "U_MARGINED");
        w.WriteStartArray("rateLimits");
        WriteLimit(w, "REQUEST_WEIGHT", "MINUTE", 1, weightLimit);
        if (!coinM)
        {
            WriteLimit(w, "ORDERS", "MINUTE", 1, 1200);
            WriteLimit(w, "ORDERS", "SECOND", 10, 300);
        }
        else
        {
            WriteLimit(w, "ORDERS", "MINUTE", 1, 1200);
        }

        w.WriteEndArray();
        w.WriteStartArray("exchangeFilters");
        w.WriteEndArray();
        w.WriteStartArray("symbols");
        foreach (FuturesSymbol s in symbols)
        {
            w.WriteStartObject();
            w.WriteString("symbol", s.Symbol);
            w.WriteString("pair", s.Pair);
            w.WriteString("contractType", s.ContractType);
            w.WriteNumber("deliveryDate", s.DeliveryDate);
            w.WriteNumber("onboardDate", s.OnboardDate);
            w.WriteString(coinM ? "contractStatus" : "status", s.Status);
            if (coinM)
            {
                w.WriteNumber("contractSize", s.ContractSize);
            }

            w.WriteString("baseAsset", s.BaseAsset);
            w.WriteString("quoteAsset", s.QuoteAsset);
            w.WriteString("marginAsset", s.MarginAsset);
            w.WriteNumber("pricePrecision", s.PricePrecision);
            w.WriteNumber("quantityPrecision", s.QuantityPrecision);
            w.WriteNumber("baseAssetPrecision", s.BaseAssetPrecision);
            w.WriteNumber("quotePrecision", s.QuotePrecision);
            w.WriteString("underlyingType", "COIN");
            w.WriteStartArray("underlyingSubType");
            w.WriteEndArray();
            w.WriteStartArray("filters");
            foreach (SymbolFilter filter in s.Filters)
            {
                filter.Write(w);
            }

            w.WriteEndArray();
            WriteStrings(w, "orderTypes", s.OrderTypes);
            WriteStrings(w, "timeInForce", s.TimeInForce);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteSpotSymbol(Utf8JsonWriter w, SpotSymbol s, bool showPermissionSets)
    {
        w.WriteStartObject();
        w.WriteString("symbol", s.Symbol);
        w.WriteString("status", s.Status);
        w.WriteString("baseAsset", s.BaseAsset);
        w.WriteNumber("baseAssetPrecision", s.BaseAssetPrecision);
        w.WriteString("quoteAsset", s.QuoteAsset);
        w.WriteNumber("quotePrecision", s.QuotePrecision);
        w.WriteNumber("quoteAssetPrecision", s.QuoteAssetPrecision);
        w.WriteNumber("baseCommissionPrecision", s.BaseCommissionPrecision);
        w.WriteNumber("quoteCommissionPrecision", s.QuoteCommissionPrecision);
        WriteStrings(w, "orderTypes", s.OrderTypes);
        w.WriteBoolean("icebergAllowed", s.IcebergAllowed);
        w.WriteBoolean("ocoAllowed", s.OcoAllowed);
        w.WriteBoolean("otoAllowed", s.OtoAllowed);
        w.WriteBoolean("opoAllowed", s.OpoAllowed);
        w.WriteBoolean("quoteOrderQtyMarketAllowed", s.QuoteOrderQtyMarketAllowed);
        w.WriteBoolean("allowTrailingStop", s.AllowTrailingStop);
        w.WriteBoolean("cancelReplaceAllowed", s.CancelReplaceAllowed);
        w.WriteBoolean("amendAllowed", s.AmendAllowed);
        w.WriteBoolean("pegInstructionsAllowed", s.PegInstructionsAllowed);
        w.WriteBoolean("isSpotTradingAllowed", s.IsSpotTradingAllowed);
        w.WriteBoolean("isMarginTradingAllowed", s.IsMarginTradingAllowed);
        w.WriteStartArray("filters");
        foreach (SymbolFilter filter in s.Filters)
        {
            filter.Write(w);
        }

        w.WriteEndArray();

        // The flat "permissions" list is deprecated and empty at Binance; the sets carry the information.
        w.WriteStartArray("permissions");
        w.WriteEndArray();
        w.WriteStartArray("permissionSets");
        if (showPermissionSets)
        {
            foreach (IReadOnlyList<string> set in s.PermissionSets)
            {
                w.WriteStartArray();
                foreach (string permission in set)
                {
                    w.WriteStringValue(permission);
                }

                w.WriteEndArray();
            }
        }

        w.WriteEndArray();
        w.WriteString("defaultSelfTradePreventionMode", s.DefaultSelfTradePreventionMode);
        WriteStrings(w, "allowedSelfTradePreventionModes", s.AllowedSelfTradePreventionModes);
        w.WriteEndObject();
    }

    private static void WriteLimit(Utf8JsonWriter w, string type, string interval, int intervalNum, int limit)
    {
        w.WriteStartObject();
        w.WriteString("rateLimitType", type);
        w.WriteString("interval", interval);
        w.WriteNumber("intervalNum", intervalNum);
        w.WriteNumber("limit", limit);
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (string value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }
}
