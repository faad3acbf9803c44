using Binance.WsApi.Protocol;

namespace Binance.WsApi.Models;

/// <summary>The options every order-list placement shares.</summary>
public abstract record SpotOrderListRequestBase
{
    /// <summary>The list's client id; generated when null, so the list can always be looked up with <c>orderList.status</c>.</summary>
    public string? ListClientOrderId { get; init; }

    /// <summary>ACK, RESULT or FULL: the shape of each leg's report in <see cref="SpotOrderListResult.OrderReports"/>.</summary>
    public OrderResponseType? NewOrderRespType { get; init; }

    /// <summary>What happens on a self-trade.</summary>
    public SelfTradePreventionMode? SelfTradePreventionMode { get; init; }

    /// <summary>A receive window for this request instead of the client's.</summary>
    public TimeSpan? RecvWindow { get; init; }

    /// <summary>Checks the symbol and starts the params with the symbol and the list's own options.</summary>
    private protected WsApiParameters Start(string symbol, ClientOrderIdGenerator? ids, int capacity)
    {
        Validate.Symbol(symbol, "Symbol");
        OrderChecks.ClientId(ListClientOrderId, nameof(ListClientOrderId));
        return new WsApiParameters(capacity)
            .Add("symbol", symbol)
            .Add("listClientOrderId", ListClientOrderId ?? ids?.Next())
            .Add("newOrderRespType", NewOrderRespType)
            .Add("selfTradePreventionMode", SelfTradePreventionMode)
            .AddRecvWindow(RecvWindow);
    }
}
