using Binance.WsApi.Emulator.Market;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Matching;

/// <summary>
/// Symbol filters of docs/protocol.md §8.9 for one new order. Binance does not document the evaluation order; the
/// emulator uses PRICE_FILTER, PERCENT_PRICE_BY_SIDE, LOT_SIZE, MARKET_LOT_SIZE, MIN_NOTIONAL/NOTIONAL,
/// ICEBERG_PARTS, TRAILING_DELTA (count filters are the engine's, they need the open orders).
/// </summary>
internal static class FilterValidator
{
    public static ApiError Failure(string filter) => new(400, -1013, $"Filter failure: {filter}");

    /// <param name="symbol">The symbol and its filters.</param>
    /// <param name="r">The order.</param>
    /// <param name="priceOver">
    /// The price the price-band and market-notional filters compare with, given the filter's <c>avgPriceMins</c>:
    /// the symbol's non-null reference price when it has one, else the volume-weighted average of that many
    /// minutes (filters.md); null = no trades yet, checks skipped.
    /// </param>
    public static ApiError? Validate(SpotSymbol symbol, OrderRequest r, Func<int, decimal?> priceOver)
    {
        if (symbol.Filter<PriceFilter>() is { } pf)
        {
            if (r.IsLimitKind && r.Price is { } price && !PriceOk(pf, price))
            {
                return Failure("PRICE_FILTER");
            }

            if (r.StopPrice is { } stop && !PriceOk(pf, stop))
            {
                return Failure("PRICE_FILTER");
            }
        }

        if (symbol.Filter<PercentPriceBySideFilter>() is { } pp && r.IsLimitKind && r.Price is { } p && priceOver(pp.AvgPriceMins) is { } avg && avg > 0)
        {
            (decimal up, decimal down) = r.Side == Side.Buy ? (pp.BidMultiplierUp, pp.BidMultiplierDown) : (pp.AskMultiplierUp, pp.AskMultiplierDown);
            if (p > avg * up || p < avg * down)
            {
                return Failure("PERCENT_PRICE_BY_SIDE");
            }
        }

        foreach (LotSizeFilter lot in symbol.Filters.OfType<LotSizeFilter>())
        {
            bool market = lot.FilterType == "MARKET_LOT_SIZE";
            if (market && !r.IsMarketKind)
            {
                continue;
            }

            if (r.Quantity is { } qty && !QuantityOk(lot, qty))
            {
                return Failure(lot.FilterType);
            }

            if (!market && r.IcebergQty is { } iceberg && !QuantityOk(lot, iceberg))
            {
                return Failure(lot.FilterType);
            }
        }

        if (symbol.Filter<NotionalFilter>() is { } nf && Notional(r, () => priceOver(nf.AvgPriceMins)) is { } n)
        {
            bool applyMin = !r.IsMarketKind || nf.ApplyMinToMarket;
            bool applyMax = !r.IsMarketKind || nf.ApplyMaxToMarket;
            if ((applyMin && n < nf.MinNotional) || (applyMax && nf.MaxNotional > 0 && n > nf.MaxNotional))
            {
                return Failure("NOTIONAL");
            }
        }

        if (symbol.Filter<MinNotionalFilter>() is { } mn && Notional(r, () => priceOver(mn.AvgPriceMins)) is { } n2 && (!r.IsMarketKind || mn.ApplyToMarket)
            && n2 < mn.MinNotional)
        {
            return Failure("MIN_NOTIONAL");
        }

        if (r.IcebergQty is { } ice && ice > 0 && r.Quantity is { } total && symbol.Filter<IcebergPartsFilter>() is { } parts
            && Math.Ceiling(total / ice) > parts.Limit)
        {
            return Failure("ICEBERG_PARTS");
        }

        if (r.TrailingDelta is { } delta && symbol.Filter<TrailingDeltaFilter>() is { } td)
        {
            // "Above" = the order triggers on a rise: STOP_LOSS BUY and TAKE_PROFIT SELL (and their LIMIT forms).
            bool above = (r.Side == Side.Buy && r.Kind is OrderKind.StopLoss or OrderKind.StopLossLimit)
                || (r.Side == Side.Sell && r.Kind is OrderKind.TakeProfit or OrderKind.TakeProfitLimit);
            (int min, int max) = above ? (td.MinAbove, td.MaxAbove) : (td.MinBelow, td.MaxBelow);
            if (delta < min || delta > max)
            {
                return Failure("TRAILING_DELTA");
            }
        }

        return null;
    }

    public static bool PriceOk(PriceFilter pf, decimal price) =>
        price > 0
        && (pf.MinPrice == 0 || price >= pf.MinPrice)
        && (pf.MaxPrice == 0 || price <= pf.MaxPrice)
        && (pf.TickSize == 0 || price % pf.TickSize == 0);

    public static bool QuantityOk(LotSizeFilter lot, decimal qty) =>
        qty > 0
        && (lot.MinQty == 0 || qty >= lot.MinQty)
        && (lot.MaxQty == 0 || qty <= lot.MaxQty)
        && (lot.StepSize == 0 || (qty - lot.MinQty) % lot.StepSize == 0);

    /// <summary>price×qty for limit kinds; for market kinds the quote amount or average price × qty (docs/protocol.md §8.9).</summary>
    private static decimal? Notional(OrderRequest r, Func<decimal?> averagePrice)
    {
        if (r.QuoteOrderQty is { } quote)
        {
            return quote;
        }

        if (r.Quantity is not { } qty)
        {
            return null;
        }

        if (r.IsLimitKind && r.Price is { } price)
        {
            return price * qty;
        }

        return averagePrice() is { } avg ? avg * qty : null;
    }
}
