namespace Binance.WsApi.Models;

/// <summary>
/// Parameters of <c>sor.order.place</c>: an order placed through smart order routing. Only LIMIT (with
/// <see cref="TimeInForce"/> and <see cref="Price"/>) and MARKET are allowed, always by base <see cref="Quantity"/>.
/// </summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="Type">LIMIT or MARKET.</param>
/// <param name="Quantity">The base-asset quantity.</param>
public sealed record SpotSorOrderRequest(string Symbol, OrderSide Side, OrderType Type, decimal Quantity)
{
    /// <summary>How long a LIMIT order stays working.</summary>
    public TimeInForce? TimeInForce { get; init; }

    /// <summary>The limit price (LIMIT only).</summary>
    public decimal? Price { get; init; }

    /// <summary>The order's client id; generated when null (see <see cref="SpotOrderRequest.NewClientOrderId"/>).</summary>
    public string? NewClientOrderId { get; init; }

    /// <summary>ACK, RESULT or FULL.</summary>
    public OrderResponseType? NewOrderRespType { get; init; }

    /// <summary>The visible quantity of an iceberg order.</summary>
    public decimal? IcebergQty { get; init; }

    /// <summary>An arbitrary id to tag the order with.</summary>
    public long? StrategyId { get; init; }

    /// <summary>An arbitrary strategy type, at least 1000000.</summary>
    public int? StrategyType { get; init; }

    /// <summary>What happens on a self-trade.</summary>
    public SelfTradePreventionMode? SelfTradePreventionMode { get; init; }

    /// <summary>A receive window for this request instead of the client's.</summary>
    public TimeSpan? RecvWindow { get; init; }

    internal WsApiParameters ToParameters(string? clientOrderId) =>
        WriteTo(new WsApiParameters(12), clientOrderId).AddRecvWindow(RecvWindow);

    internal WsApiParameters WriteTo(WsApiParameters parameters, string? clientOrderId)
    {
        Validate.Symbol(Symbol, nameof(Symbol));
        OrderChecks.Enum(Side.Value, nameof(Side));
        if (Type != OrderType.Limit && Type != OrderType.Market)
        {
            throw new ArgumentException("Smart order routing accepts only LIMIT and MARKET orders.", nameof(Type));
        }

        if (Type == OrderType.Market && (Price is not null || TimeInForce is not null))
        {
            throw new ArgumentException("Price and TimeInForce apply to LIMIT orders only.", Price is not null ? nameof(Price) : nameof(TimeInForce));
        }

        OrderChecks.Amounts(Price, Quantity, null, null, IcebergQty, null);
        OrderChecks.Tags(StrategyType, null);
        OrderChecks.ClientId(NewClientOrderId, nameof(NewClientOrderId));
        OrderChecks.PerType(Type, TimeInForce, Price, Quantity, null, null, null, null, allowQuoteOrderQty: false);
        return parameters
            .Add("symbol", Symbol)
            .Add("side", Side.Value)
            .Add("type", Type.Value)
            .Add("timeInForce", TimeInForce)
            .Add("price", Price)
            .Add("quantity", Quantity)
            .Add("newClientOrderId", NewClientOrderId ?? clientOrderId)
            .Add("newOrderRespType", NewOrderRespType)
            .Add("icebergQty", IcebergQty)
            .Add("strategyId", StrategyId)
            .Add("strategyType", StrategyType)
            .Add("selfTradePreventionMode", SelfTradePreventionMode);
    }
}
