using Binance.WsApi.Protocol;

namespace Binance.WsApi.Models;

/// <summary>
/// Parameters of <c>orderList.place.opo</c>: like OTO, but the pending order sells what the working order bought,
/// so the pending order has no quantity. The working order must be a BUY, the pending one a SELL.
/// </summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="Working">The working BUY order (LIMIT or LIMIT_MAKER).</param>
/// <param name="Pending">The pending SELL order, without a quantity.</param>
public sealed record SpotOpoOrderListRequest(string Symbol, SpotWorkingOrder Working, SpotPendingOrder Pending) : SpotOrderListRequestBase
{
    internal WsApiParameters ToParameters(ClientOrderIdGenerator? ids)
    {
        ArgumentNullException.ThrowIfNull(Working);
        ArgumentNullException.ThrowIfNull(Pending);
        OpoRules.Check(Working.Side, Pending.Side);
        WsApiParameters parameters = Start(Symbol, ids, 30);
        Working.WriteTo(parameters, ids);
        Pending.WriteTo(parameters, ids, quantityImplied: true);
        return parameters;
    }
}
