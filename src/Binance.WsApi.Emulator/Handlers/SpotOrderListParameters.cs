namespace Binance.WsApi.Emulator.Handlers;

/// <summary>
/// One leg of an order list: its prefix (<c>above</c>, <c>working</c>, <c>pendingBelow</c>, …), the names its side and
/// quantity come from (shared by the legs of a pair; null quantity when the leg takes the working order's, as OPO's
/// pending legs do) and its client id. The leg's own parameters are <see cref="SpotOrderParameters.LegNames"/> with the
/// prefix, checked by <see cref="SpotOrderParser"/> with the spot presence rules.
/// </summary>
internal sealed record OrderListLeg(string Prefix, string SideName, string? QuantityName)
{
    public string ClientIdName => Prefix + "ClientOrderId";

    /// <summary>The leg's names as sent: each leg parameter with the prefix, the client id, the side and the quantity.</summary>
    public IEnumerable<string> Names =>
    [
        .. SpotOrderParameters.LegNames.Select(n => Prefix + char.ToUpperInvariant(n[0]) + n[1..]), ClientIdName, SideName, .. Quantity(),
    ];

    private IEnumerable<string> Quantity() => QuantityName is { } q ? [q] : [];
}

/// <summary>
/// The order-list methods declared once: their legs (what <see cref="OrderListHandlers"/> parses) and the list-level
/// names; strict mode's -1104 lists (<see cref="MethodParameters"/>) are derived from them. The deprecated
/// orderList.place adds its legacy names to its limit*/stop* legs.
/// </summary>
internal static class SpotOrderListParameters
{
    /// <summary>Names every list placement takes besides its legs.</summary>
    public static readonly string[] Common = ["symbol", "listClientOrderId", "newOrderRespType", "selfTradePreventionMode"];

    /// <summary>The deprecated orderList.place: its legacy names are re-expressed as these two legs before parsing.</summary>
    public static readonly OrderListLeg[] LegacyOco = [new("limit", "side", "quantity"), new("stop", "side", "quantity")];

    /// <summary>The deprecated orderList.place's own names (the limit leg's price, the stop leg's stop and limit price).</summary>
    public static readonly string[] LegacyNames = ["price", "stopPrice", "trailingDelta", "stopLimitPrice", "stopLimitTimeInForce"];

    public static readonly OrderListLeg[] Oco = [new("above", "side", "quantity"), new("below", "side", "quantity")];

    public static readonly OrderListLeg Working = new("working", "workingSide", "workingQuantity");

    /// <summary>OTO's pending leg; OPO's names are the same (its <c>pendingQuantity</c> is read to answer -1225).</summary>
    public static readonly OrderListLeg[] Pending = [new("pending", "pendingSide", "pendingQuantity")];

    public static readonly OrderListLeg[] PendingPair =
    [
        new("pendingAbove", "pendingSide", "pendingQuantity"), new("pendingBelow", "pendingSide", "pendingQuantity"),
    ];

    /// <summary>A list method's accepted names: the common ones and every leg's.</summary>
    public static IEnumerable<string> NamesOf(params OrderListLeg[] legs) => [.. Common, .. legs.SelectMany(l => l.Names).Distinct(StringComparer.Ordinal)];
}
