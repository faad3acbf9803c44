using System.Collections.Frozen;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Handlers;

/// <summary>
/// Methods whose documented reply examples carry no <c>rateLimits</c> (their response fixtures have none): the
/// emulator leaves the field out of their replies, success or error, whatever <c>returnRateLimits</c> says. Their
/// weight is still charged; only the field goes. COIN-M's session examples do carry it, hence per market.
/// </summary>
internal static class RateLimitsField
{
    private static readonly FrozenSet<(MarketKind, string)> Omitted = new (MarketKind, string)[]
    {
        (MarketKind.Spot, "session.logon"),
        (MarketKind.Spot, "session.status"),
        (MarketKind.Spot, "session.logout"),
        (MarketKind.Spot, "session.subscriptions"),
        (MarketKind.Spot, "userDataStream.subscribe"),
        (MarketKind.Spot, "userDataStream.subscribe.signature"),
        (MarketKind.Spot, "userDataStream.unsubscribe"),
        (MarketKind.Spot, "executionRules"),
        (MarketKind.Spot, "referencePrice"),
        (MarketKind.Spot, "referencePrice.calculation"),
        (MarketKind.Spot, "myFilters"),
        (MarketKind.Spot, "orderList.place.opo"),
        (MarketKind.Spot, "orderList.place.opoco"),
        (MarketKind.UsdM, "order.status"),
        (MarketKind.UsdM, "session.logon"),
        (MarketKind.UsdM, "session.status"),
        (MarketKind.UsdM, "session.logout"),
    }.ToFrozenSet();

    public static bool IsOmitted(MarketKind market, string method) => Omitted.Contains((market, method));
}
