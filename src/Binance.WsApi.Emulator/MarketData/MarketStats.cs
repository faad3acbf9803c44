using Binance.WsApi.Emulator.Matching;

namespace Binance.WsApi.Emulator.MarketData;

/// <summary>
/// Market data computed from a symbol's public trades (oldest first): klines, aggregate trades and window
/// statistics. Pure functions, so they are tested without a server.
/// </summary>
internal static class MarketStats
{
    /// <summary>
    /// Klines from the bucket of the first trade to the bucket of <paramref name="now"/> (buckets without trades
    /// repeat the previous close with zero volume). With <paramref name="startTime"/> the first <paramref name="limit"/>
    /// klines opening at or after it; otherwise the last <paramref name="limit"/> opening at or before
    /// <paramref name="endTime"/> (default now).
    /// </summary>
    public static IReadOnlyList<Kline> Klines(
        IReadOnlyList<SpotTrade> trades, KlineInterval interval, long? startTime, long? endTime, int limit, long offset, long now)
    {
        var result = new List<Kline>();
        if (trades.Count == 0 || limit <= 0)
        {
            return result;
        }

        long first = interval.Start(trades[0].Time, offset);
        long last = interval.Start(Math.Min(endTime ?? now, now), offset);
        long from;
        if (startTime is { } start)
        {
            from = interval.Start(start, offset);
            from = from < start ? interval.Next(from, offset) : from;
            from = Math.Max(from, first);
        }
        else
        {
            from = last;
            for (int i = 1; i < limit && from > first; i++)
            {
                from = interval.Previous(from, offset);
            }

            from = Math.Max(from, first);
        }

        int index = FirstAtOrAfter(trades, from);
        decimal previousClose = index > 0 ? trades[index - 1].Price : trades[0].Price;
        for (long open = from; open <= last && result.Count < limit; open = interval.Next(open, offset))
        {
            long next = interval.Next(open, offset);
            decimal o = previousClose, h = previousClose, l = previousClose, c = previousClose;
            decimal volume = 0m, quote = 0m, takerBase = 0m, takerQuote = 0m;
            int count = 0;
            for (; index < trades.Count && trades[index].Time < next; index++)
            {
                SpotTrade t = trades[index];
                if (count == 0)
                {
                    o = h = l = t.Price;
                }

                h = Math.Max(h, t.Price);
                l = Math.Min(l, t.Price);
                c = t.Price;
                volume += t.Qty;
                quote += t.QuoteQty;
                if (!t.IsBuyerMaker)
                {
                    takerBase += t.Qty; // the taker bought
                    takerQuote += t.QuoteQty;
                }

                count++;
            }

            previousClose = c;
            result.Add(new Kline(open, o, h, l, c, volume, next - 1, quote, count, takerBase, takerQuote));
        }

        return result;
    }

    /// <summary>
    /// Aggregates consecutive trades of one taker order at one price (docs/protocol.md §5.2); ids count from 0 in trade
    /// order, so they are stable as trades are added. Trades printed without orders (seeded history,
    /// RecordTrade) are aggregates of their own.
    /// </summary>
    public static IReadOnlyList<AggregateTrade> Aggregate(IReadOnlyList<SpotTrade> trades)
    {
        var result = new List<AggregateTrade>();
        long currentTaker = 0;
        foreach (SpotTrade t in trades)
        {
            long taker = t.IsBuyerMaker ? t.SellerOrderId : t.BuyerOrderId;
            if (result.Count > 0 && taker != 0 && taker == currentTaker && result[^1] is { } last
                && last.Price == t.Price && last.IsBuyerMaker == t.IsBuyerMaker && last.Time == t.Time)
            {
                result[^1] = last with { Qty = last.Qty + t.Qty, LastTradeId = t.Id };
            }
            else
            {
                result.Add(new AggregateTrade(result.Count, t.Price, t.Qty, t.Id, t.Id, t.Time, t.IsBuyerMaker));
            }

            currentTaker = taker;
        }

        return result;
    }

    /// <summary>Statistics of the trades with <paramref name="openTime"/> ≤ time ≤ <paramref name="closeTime"/>.</summary>
    public static WindowStats Window(IReadOnlyList<SpotTrade> trades, long openTime, long closeTime)
    {
        int index = FirstAtOrAfter(trades, openTime);
        decimal prevClose = index > 0 ? trades[index - 1].Price : 0m;
        decimal open = 0m, high = 0m, low = 0m, last = prevClose, lastQty = 0m, volume = 0m, quote = 0m;
        long firstId = -1, lastId = -1;
        int count = 0;
        for (; index < trades.Count && trades[index].Time <= closeTime; index++)
        {
            SpotTrade t = trades[index];
            if (count == 0)
            {
                open = high = low = t.Price;
                firstId = t.Id;
            }

            high = Math.Max(high, t.Price);
            low = Math.Min(low, t.Price);
            last = t.Price;
            lastQty = t.Qty;
            lastId = t.Id;
            volume += t.Qty;
            quote += t.QuoteQty;
            count++;
        }

        if (count == 0)
        {
            open = high = low = last;
        }

        return new WindowStats(openTime, closeTime, open, high, low, last, lastQty, prevClose, volume, quote, firstId, lastId, count);
    }

    /// <summary>Index of the first trade at or after <paramref name="time"/> (trades are in time order).</summary>
    public static int FirstAtOrAfter(IReadOnlyList<SpotTrade> trades, long time)
    {
        int lo = 0, hi = trades.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (trades[mid].Time < time)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
