using Binance.WsApi.Protocol;

namespace Binance.WsApi.Models;

/// <summary>Parameters of <c>orderList.place.oto</c>: a working order, and a pending order placed once it is fully filled.</summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="Working">The working order (LIMIT or LIMIT_MAKER).</param>
/// <param name="Pending">The pending order (its <see cref="SpotPendingOrder.Quantity"/> is required).</param>
public sealed record SpotOtoOrderListRequest(string Symbol, SpotWorkingOrder Working, SpotPendingOrder Pending) : SpotOrderListRequestBase
{
    internal WsApiParameters ToParameters(ClientOrderIdGenerator? ids)
    {
        ArgumentNullException.ThrowIfNull(Working);
        ArgumentNullException.ThrowIfNull(Pending);
        WsApiParameters parameters = Start(Symbol, ids, 30);
        Working.WriteTo(parameters, ids);
        Pending.WriteTo(parameters, ids, quantityImplied: false);
        return parameters;
    }
}
