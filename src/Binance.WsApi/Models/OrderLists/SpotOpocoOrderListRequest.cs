using Binance.WsApi.Protocol;

namespace Binance.WsApi.Models;

/// <summary>
/// Parameters of <c>orderList.place.opoco</c>: like OTOCO, but the pending OCO pair sells what the working order
/// bought (no pending quantity). The working order must be a BUY and <see cref="PendingSide"/> SELL.
/// </summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="Working">The working BUY order (LIMIT or LIMIT_MAKER).</param>
/// <param name="PendingSide">The side of both pending legs (SELL).</param>
/// <param name="PendingAbove">The pending leg above the market.</param>
/// <param name="PendingBelow">The pending leg below the market.</param>
public sealed record SpotOpocoOrderListRequest(string Symbol, SpotWorkingOrder Working, OrderSide PendingSide,
    SpotOcoLeg PendingAbove, SpotOcoLeg? PendingBelow) : SpotOrderListRequestBase
{
    internal WsApiParameters ToParameters(ClientOrderIdGenerator? ids)
    {
        ArgumentNullException.ThrowIfNull(Working);
        ArgumentNullException.ThrowIfNull(PendingAbove);
        OpoRules.Check(Working.Side, PendingSide);
        WsApiParameters parameters = Start(Symbol, ids, 40);
        Working.WriteTo(parameters, ids);
        parameters.Add("pendingSide", PendingSide.Value);
        PendingAbove.WriteTo(parameters, "pendingAbove", nameof(PendingAbove), ids);
        PendingBelow?.WriteTo(parameters, "pendingBelow", nameof(PendingBelow), ids);
        return parameters;
    }
}
