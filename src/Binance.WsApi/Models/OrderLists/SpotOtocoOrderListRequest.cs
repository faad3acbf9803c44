using Binance.WsApi.Protocol;

namespace Binance.WsApi.Models;

/// <summary>Parameters of <c>orderList.place.otoco</c>: a working order, and a pending OCO pair placed once it is fully filled.</summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="Working">The working order (LIMIT or LIMIT_MAKER).</param>
/// <param name="PendingSide">The side of both pending legs.</param>
/// <param name="PendingQuantity">The quantity of both pending legs.</param>
/// <param name="PendingAbove">The pending leg above the market.</param>
/// <param name="PendingBelow">The pending leg below the market.</param>
public sealed record SpotOtocoOrderListRequest(string Symbol, SpotWorkingOrder Working, OrderSide PendingSide, decimal PendingQuantity,
    SpotOcoLeg PendingAbove, SpotOcoLeg? PendingBelow) : SpotOrderListRequestBase
{
    internal WsApiParameters ToParameters(ClientOrderIdGenerator? ids)
    {
        ArgumentNullException.ThrowIfNull(Working);
        ArgumentNullException.ThrowIfNull(PendingAbove);
        OrderChecks.Enum(PendingSide.Value, nameof(PendingSide));
        Validate.Positive(PendingQuantity, nameof(PendingQuantity));
        WsApiParameters parameters = Start(Symbol, ids, 40);
        Working.WriteTo(parameters, ids);
        parameters.Add("pendingSide", PendingSide.Value).Add("pendingQuantity", PendingQuantity);
        PendingAbove.WriteTo(parameters, "pendingAbove", nameof(PendingAbove), ids);
        PendingBelow?.WriteTo(parameters, "pendingBelow", nameof(PendingBelow), ids);
        return parameters;
    }
}
