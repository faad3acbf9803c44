using System.Collections.Frozen;

namespace Binance.WsApi.RateLimits;

/// <summary>
/// What a request costs before it is sent: its <c>REQUEST_WEIGHT</c> and how many orders it adds to the <c>ORDERS</c>
/// counters (docs/protocol.md §3.1, §5 and §6 tables). Where the weight depends on parameters (a depth limit, one
/// symbol or all), the common case is taken: the governor's estimate is corrected by the count the response reports,
/// so an error here costs at most one window's precision. Spot placements are charged their printed weight although a
/// successful one costs 0 since 2026-04-02: a failed one still costs it, and over-counting only makes the governor
/// cautious. Unknown methods weigh 1.
/// </summary>
internal static class RequestWeights
{
    private static readonly FrozenDictionary<string, (int Weight, int Orders)> Spot = new Dictionary<string, (int, int)>(StringComparer.Ordinal)
    {
        ["ping"] = (1, 0), ["time"] = (1, 0), ["exchangeInfo"] = (20, 0), ["executionRules"] = (40, 0),
        ["depth"] = (5, 0), ["trades.recent"] = (25, 0), ["trades.historical"] = (25, 0), ["blockTrades.historical"] = (25, 0),
        ["trades.aggregate"] = (4, 0), ["klines"] = (2, 0), ["uiKlines"] = (2, 0), ["avgPrice"] = (2, 0),
        ["ticker.24hr"] = (2, 0), ["ticker.tradingDay"] = (4, 0), ["ticker"] = (4, 0), ["ticker.price"] = (2, 0),
        ["ticker.book"] = (2, 0), ["referencePrice"] = (2, 0), ["referencePrice.calculation"] = (2, 0),
        ["session.logon"] = (2, 0), ["session.status"] = (2, 0), ["session.logout"] = (2, 0), ["session.subscriptions"] = (2, 0),
        ["order.place"] = (1, 1), ["order.test"] = (1, 0), ["order.cancel"] = (1, 0), ["order.cancelReplace"] = (1, 1),
        ["order.amend.keepPriority"] = (4, 0), ["openOrders.cancelAll"] = (1, 0),
        ["orderList.place"] = (1, 2), ["orderList.place.oco"] = (1, 2), ["orderList.place.oto"] = (1, 2),
        ["orderList.place.otoco"] = (1, 3), ["orderList.place.opo"] = (1, 2), ["orderList.place.opoco"] = (1, 3),
        ["orderList.cancel"] = (1, 0), ["sor.order.place"] = (1, 1), ["sor.order.test"] = (1, 0),
        ["account.status"] = (20, 0), ["order.status"] = (4, 0), ["openOrders.status"] = (6, 0), ["allOrders"] = (20, 0),
        ["orderList.status"] = (4, 0), ["openOrderLists.status"] = (6, 0), ["allOrderLists"] = (20, 0), ["myTrades"] = (20, 0),
        ["account.rateLimits.orders"] = (40, 0), ["myPreventedMatches"] = (2, 0), ["myAllocations"] = (20, 0),
        ["account.commission"] = (20, 0), ["order.amendments"] = (4, 0), ["myFilters"] = (40, 0),
        ["userDataStream.subscribe"] = (2, 0), ["userDataStream.subscribe.signature"] = (2, 0),
        ["userDataStream.subscribe.listenToken"] = (2, 0), ["userDataStream.unsubscribe"] = (2, 0),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // USD-M and COIN-M (docs/protocol.md §6): order.place and algoOrder.place weigh 0 on the IP but count an order;
    // order.modify counts on the ORDERS limits (and 1 on COIN-M's weight: the higher is kept for both).
    private static readonly FrozenDictionary<string, (int Weight, int Orders)> Futures = new Dictionary<string, (int, int)>(StringComparer.Ordinal)
    {
        ["ping"] = (1, 0), ["time"] = (1, 0), ["depth"] = (10, 0), ["ticker.price"] = (1, 0), ["ticker.book"] = (2, 0),
        ["session.logon"] = (2, 0), ["session.status"] = (2, 0), ["session.logout"] = (2, 0),
        ["order.place"] = (0, 1), ["order.modify"] = (1, 1), ["order.cancel"] = (1, 0), ["order.status"] = (1, 0),
        ["algoOrder.place"] = (0, 1), ["algoOrder.cancel"] = (1, 0),
        ["account.position"] = (10, 0), ["account.balance"] = (10, 0), ["account.status"] = (10, 0),
        ["v2/account.position"] = (5, 0), ["v2/account.balance"] = (5, 0), ["v2/account.status"] = (5, 0),
        ["userDataStream.start"] = (1, 0), ["userDataStream.ping"] = (1, 0), ["userDataStream.stop"] = (1, 0),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The weight and order count of <paramref name="method"/> on <paramref name="market"/>.</summary>
    public static (int Weight, int Orders) Of(WsApiMarket market, string method) =>
        (market == WsApiMarket.Spot ? Spot : Futures).TryGetValue(method, out (int Weight, int Orders) cost) ? cost : (1, 0);
}
