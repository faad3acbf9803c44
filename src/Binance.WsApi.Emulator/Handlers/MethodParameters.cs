using System.Collections.Frozen;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Handlers;

/// <summary>
/// The parameter names each method accepts, for strict mode (<see cref="EmulatorOptions.StrictParameters"/>).
/// Declared up front rather than recorded while the handler reads them: a check after the handler would come after
/// its side effects (an order placed, a subscription made, a listen key extended) and could not undo them. The
/// lists are the documented parameters of each method plus every name the emulator's handler reads (so a name the
/// handler refuses with its own code, like OPO's <c>pendingQuantity</c> → -1225, still gets that code).
/// </summary>
internal static class MethodParameters
{
    private static readonly string[] Auth = ["apiKey", "signature", "timestamp", "recvWindow"];

    private static readonly string[] History = ["startTime", "endTime", "limit"];

    // Declared with the parser's presence rules, so the names strict mode accepts and the names validated are one list.
    private static readonly string[] SpotOrder = SpotOrderParameters.Names;

    private static readonly string[] FuturesOrder = FuturesOrderParameters.Names;

    private static readonly string[] Selection = ["symbol", "symbols", "symbolStatus"];

    private static readonly FrozenDictionary<string, FrozenSet<string>> Spot = new Dictionary<string, string[]>
    {
        ["ping"] = [],
        ["time"] = [],
        ["exchangeInfo"] = ["symbol", "symbols", "permissions", "showPermissionSets", "symbolStatus"],
        ["session.logon"] = Auth,
        ["session.status"] = [],
        ["session.logout"] = [],
        ["account.status"] = [.. Auth, "omitZeroBalances"],
        ["order.place"] = [.. Auth, .. SpotOrder],
        ["order.test"] = [.. Auth, .. SpotOrder, "computeCommissionRates"],
        ["order.cancel"] = [.. Auth, "symbol", "orderId", "origClientOrderId", "newClientOrderId", "cancelRestrictions"],
        ["order.cancelReplace"] =
        [
            .. Auth, .. SpotOrder, "cancelReplaceMode", "cancelOrderId", "cancelOrigClientOrderId", "cancelNewClientOrderId",
            "cancelRestrictions", "orderRateLimitExceededMode",
        ],
        ["order.amend.keepPriority"] = [.. Auth, "symbol", "orderId", "origClientOrderId", "newClientOrderId", "newQty"],
        ["openOrders.cancelAll"] = [.. Auth, "symbol"],
        ["order.status"] = [.. Auth, "symbol", "orderId", "origClientOrderId"],
        ["openOrders.status"] = [.. Auth, "symbol"],
        ["allOrders"] = [.. Auth, .. History, "symbol", "orderId"],
        ["myTrades"] = [.. Auth, .. History, "symbol", "orderId", "fromId"],
        ["myPreventedMatches"] = [.. Auth, "symbol", "preventedMatchId", "orderId", "fromPreventedMatchId", "limit"],
        ["myAllocations"] = [.. Auth, .. History, "symbol", "fromAllocationId", "orderId"],
        ["account.commission"] = [.. Auth, "symbol"],
        ["account.rateLimits.orders"] = Auth,
        ["order.amendments"] = [.. Auth, "symbol", "orderId", "fromExecutionId", "limit"],
        ["myFilters"] = [.. Auth, "symbol"],
        ["orderList.place"] = [.. Auth, .. SpotOrderListParameters.NamesOf(SpotOrderListParameters.LegacyOco), .. SpotOrderListParameters.LegacyNames],
        ["orderList.place.oco"] = [.. Auth, .. SpotOrderListParameters.NamesOf(SpotOrderListParameters.Oco)],
        ["orderList.place.oto"] = [.. Auth, .. SpotOrderListParameters.NamesOf([SpotOrderListParameters.Working, .. SpotOrderListParameters.Pending])],
        ["orderList.place.otoco"] = [.. Auth, .. SpotOrderListParameters.NamesOf([SpotOrderListParameters.Working, .. SpotOrderListParameters.PendingPair])],
        ["orderList.place.opo"] = [.. Auth, .. SpotOrderListParameters.NamesOf([SpotOrderListParameters.Working, .. SpotOrderListParameters.Pending])],
        ["orderList.place.opoco"] = [.. Auth, .. SpotOrderListParameters.NamesOf([SpotOrderListParameters.Working, .. SpotOrderListParameters.PendingPair])],
        ["orderList.cancel"] = [.. Auth, "symbol", "orderListId", "listClientOrderId", "newClientOrderId"],
        ["orderList.status"] = [.. Auth, "orderListId", "origClientOrderId"],
        ["openOrderLists.status"] = Auth,
        ["allOrderLists"] = [.. Auth, .. History, "fromId"],
        ["sor.order.place"] = [.. Auth, .. SpotOrder],
        ["sor.order.test"] = [.. Auth, .. SpotOrder, "computeCommissionRates"],
        ["depth"] = ["symbol", "limit", "symbolStatus"],
        ["trades.recent"] = ["symbol", "limit"],
        ["trades.historical"] = ["symbol", "fromId", "limit"],
        ["blockTrades.historical"] = ["symbol", "fromId", "limit"],
        ["trades.aggregate"] = [.. History, "symbol", "fromId"],
        ["klines"] = [.. History, "symbol", "interval", "timeZone"],
        ["uiKlines"] = [.. History, "symbol", "interval", "timeZone"],
        ["avgPrice"] = ["symbol"],
        ["ticker.24hr"] = [.. Selection, "type"],
        ["ticker.tradingDay"] = [.. Selection, "type", "timeZone"],
        ["ticker"] = [.. Selection, "type", "windowSize"],
        ["ticker.price"] = Selection,
        ["ticker.book"] = Selection,
        ["referencePrice"] = ["symbol"],
        ["referencePrice.calculation"] = ["symbol"],
        ["executionRules"] = Selection,
        ["userDataStream.subscribe"] = [],
        ["userDataStream.subscribe.signature"] = Auth,
        ["userDataStream.subscribe.listenToken"] = ["listenToken"],
        ["userDataStream.unsubscribe"] = ["subscriptionId"],
        ["session.subscriptions"] = [],
    }.ToFrozenDictionary(e => e.Key, e => e.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, FrozenSet<string>> Futures = new Dictionary<string, string[]>
    {
        ["ping"] = [],
        ["time"] = [],
        ["exchangeInfo"] = ["symbol", "symbols", "permissions", "showPermissionSets", "symbolStatus"],
        ["session.logon"] = Auth,
        ["session.status"] = [],
        ["session.logout"] = [],
        ["order.place"] = [.. Auth, .. FuturesOrder],
        ["order.modify"] = [.. Auth, .. FuturesOrderParameters.ModifyNames],
        ["order.cancel"] = [.. Auth, "symbol", "orderId", "origClientOrderId"],
        ["order.status"] = [.. Auth, "symbol", "orderId", "origClientOrderId"],
        ["algoOrder.place"] = [.. Auth, .. FuturesOrder, "algoType", "clientAlgoId", "duration", "urgency", "limitPrice"],
        ["algoOrder.cancel"] = [.. Auth, "algoId", "clientAlgoId"],
        ["account.position"] = [.. Auth, "symbol", "marginAsset", "pair"],
        ["v2/account.position"] = [.. Auth, "symbol"],
        ["account.balance"] = Auth,
        ["v2/account.balance"] = Auth,
        ["account.status"] = Auth,
        ["v2/account.status"] = Auth,
        ["depth"] = ["symbol", "limit"],
        ["ticker.price"] = ["symbol"],
        ["ticker.book"] = ["symbol"],
        ["userDataStream.start"] = Auth,
        ["userDataStream.ping"] = [.. Auth, "listenKey"],
        ["userDataStream.stop"] = [.. Auth, "listenKey"],
    }.ToFrozenDictionary(e => e.Key, e => e.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>The accepted names of a method; null when none are declared (then nothing is refused).</summary>
    public static FrozenSet<string>? For(MarketKind market, string method) =>
        (market == MarketKind.Spot ? Spot : Futures).GetValueOrDefault(method);

    /// <summary>
    /// -1104 when <paramref name="parameters"/> holds names outside <paramref name="accepted"/>, with REST's counts:
    /// read = the sent names the method takes, sent = all sent names. <c>returnRateLimits</c> is read for every method.
    /// </summary>
    public static ApiError? CheckAllRead(System.Text.Json.JsonElement parameters, FrozenSet<string> accepted)
    {
        int sent = 0;
        int read = 0;
        foreach (System.Text.Json.JsonProperty property in parameters.EnumerateObject())
        {
            sent++;
            if (accepted.Contains(property.Name) || property.NameEquals("returnRateLimits"))
            {
                read++;
            }
        }

        return read == sent ? null : Errors.UnreadParameters(read, sent);
    }
}
