namespace Binance.WsApi.Models;

/// <summary>
/// Parameters of a new spot order (<c>order.place</c>; also the order of <c>order.test</c> and the new order of
/// <c>order.cancelReplace</c>). What each <see cref="OrderType"/> requires is checked before sending:
/// <list type="bullet">
/// <item><c>LIMIT</c>: <see cref="TimeInForce"/>, <see cref="Price"/> (or a peg), <see cref="Quantity"/>.</item>
/// <item><c>LIMIT_MAKER</c>: <see cref="Price"/> (or a peg), <see cref="Quantity"/>.</item>
/// <item><c>MARKET</c>: <see cref="Quantity"/> or <see cref="QuoteOrderQty"/>, not both.</item>
/// <item><c>STOP_LOSS</c>, <c>TAKE_PROFIT</c>: <see cref="Quantity"/> and <see cref="StopPrice"/> or <see cref="TrailingDelta"/>.</item>
/// <item><c>STOP_LOSS_LIMIT</c>, <c>TAKE_PROFIT_LIMIT</c>: as the previous plus <see cref="TimeInForce"/> and <see cref="Price"/>.</item>
/// </list>
/// </summary>
/// <param name="Symbol">The symbol, for example <c>BTCUSDT</c>.</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="Type">The order type.</param>
public sealed record SpotOrderRequest(string Symbol, OrderSide Side, OrderType Type)
{
    /// <summary>How long the order stays working (required for the LIMIT kinds).</summary>
    public TimeInForce? TimeInForce { get; init; }

    /// <summary>The limit price.</summary>
    public decimal? Price { get; init; }

    /// <summary>The base-asset quantity.</summary>
    public decimal? Quantity { get; init; }

    /// <summary>For MARKET orders: the quote amount to spend (BUY) or receive (SELL), instead of <see cref="Quantity"/>.</summary>
    public decimal? QuoteOrderQty { get; init; }

    /// <summary>
    /// The order's client id (unique among open orders; letters, digits, '-' and '_', at most 36). When null the
    /// client generates one (see <c>WebSocketApiClientOptions.ClientOrderIdPrefix</c>) so the order can always be
    /// looked up; the id sent is echoed in the result's <c>ClientOrderId</c> and carried by a failure's
    /// <see cref="WsApiException.ClientOrderId"/>.
    /// </summary>
    public string? NewClientOrderId { get; init; }

    /// <summary>ACK, RESULT or FULL (server default: FULL for MARKET and LIMIT, ACK otherwise). See <see cref="SpotOrderResult"/>.</summary>
    public OrderResponseType? NewOrderRespType { get; init; }

    /// <summary>The trigger price of stop and take-profit orders.</summary>
    public decimal? StopPrice { get; init; }

    /// <summary>Trailing delta in basis points (1 = 0.01 %), for stop and take-profit orders.</summary>
    public int? TrailingDelta { get; init; }

    /// <summary>The visible quantity of an iceberg order.</summary>
    public decimal? IcebergQty { get; init; }

    /// <summary>An arbitrary id to tag the order with.</summary>
    public long? StrategyId { get; init; }

    /// <summary>An arbitrary strategy type, at least 1000000.</summary>
    public int? StrategyType { get; init; }

    /// <summary>What happens on a self-trade (the symbol's default when null).</summary>
    public SelfTradePreventionMode? SelfTradePreventionMode { get; init; }

    /// <summary>Pegs the price to the book (the price is then optional).</summary>
    public PegPriceType? PegPriceType { get; init; }

    /// <summary>Offset from the pegged price, 0 to 100 (with <see cref="PegOffsetType"/>).</summary>
    public int? PegOffsetValue { get; init; }

    /// <summary>What <see cref="PegOffsetValue"/> counts (price levels).</summary>
    public PegOffsetType? PegOffsetType { get; init; }

    /// <summary>A receive window for this request instead of the client's (at most 60 s).</summary>
    public TimeSpan? RecvWindow { get; init; }

    /// <summary>Builds the params; <paramref name="clientOrderId"/> fills <c>newClientOrderId</c> when the request has none.</summary>
    internal WsApiParameters ToParameters(string? clientOrderId) =>
        WriteTo(WsApiParameters.Rent(12), clientOrderId).AddRecvWindow(RecvWindow);

    /// <summary>Checks and writes the order's own params (shared with cancel-replace, which adds its cancel params).</summary>
    internal WsApiParameters WriteTo(WsApiParameters parameters, string? clientOrderId)
    {
        Validate.Symbol(Symbol, nameof(Symbol));
        OrderChecks.Enum(Side.Value, nameof(Side));
        OrderChecks.Enum(Type.Value, nameof(Type));
        OrderChecks.Amounts(Price, Quantity, QuoteOrderQty, StopPrice, IcebergQty, TrailingDelta);
        OrderChecks.Tags(StrategyType, PegOffsetValue);
        OrderChecks.ClientId(NewClientOrderId, nameof(NewClientOrderId));
        OrderChecks.PerType(Type, TimeInForce, Price, Quantity, QuoteOrderQty, StopPrice, TrailingDelta, PegPriceType, allowQuoteOrderQty: true);

        return parameters
            .Add("symbol", Symbol)
            .Add("side", Side.Value)
            .Add("type", Type.Value)
            .Add("timeInForce", TimeInForce)
            .Add("price", Price)
            .Add("quantity", Quantity)
            .Add("quoteOrderQty", QuoteOrderQty)
            .Add("newClientOrderId", NewClientOrderId ?? clientOrderId)
            .Add("newOrderRespType", NewOrderRespType)
            .Add("stopPrice", StopPrice)
            .Add("trailingDelta", TrailingDelta)
            .Add("icebergQty", IcebergQty)
            .Add("strategyId", StrategyId)
            .Add("strategyType", StrategyType)
            .Add("selfTradePreventionMode", SelfTradePreventionMode)
            .Add("pegPriceType", PegPriceType)
            .Add("pegOffsetValue", PegOffsetValue)
            .Add("pegOffsetType", PegOffsetType);
    }
}
