using Binance.WsApi.Protocol;

namespace Binance.WsApi.Models;

/// <summary>
/// Parameters of <c>orderList.place.oco</c>: two legs of the same side and quantity, one above and one below the
/// market; when one trades or triggers the other is cancelled.
/// </summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="Side">Buy or sell (both legs).</param>
/// <param name="Quantity">The quantity of both legs.</param>
/// <param name="Above">The leg above the market: STOP_LOSS(_LIMIT), LIMIT_MAKER or TAKE_PROFIT(_LIMIT).</param>
/// <param name="Below">The leg below the market: STOP_LOSS(_LIMIT) or TAKE_PROFIT(_LIMIT) (LIMIT_MAKER for a BUY).</param>
public sealed record SpotOcoOrderListRequest(string Symbol, OrderSide Side, decimal Quantity, SpotOcoLeg Above, SpotOcoLeg Below)
    : SpotOrderListRequestBase
{
    internal WsApiParameters ToParameters(ClientOrderIdGenerator? ids)
    {
        ArgumentNullException.ThrowIfNull(Above);
        ArgumentNullException.ThrowIfNull(Below);
        OrderChecks.Enum(Side.Value, nameof(Side));
        Validate.Positive(Quantity, nameof(Quantity));
        WsApiParameters parameters = Start(Symbol, ids, 30)
            .Add("side", Side.Value)
            .Add("quantity", Quantity);
        Above.WriteTo(parameters, "above", nameof(Above), ids);
        Below.WriteTo(parameters, "below", nameof(Below), ids);
        return parameters;
    }
}
