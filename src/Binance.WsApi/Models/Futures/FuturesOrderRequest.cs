namespace Binance.WsApi.Models;

/// <summary>
/// Parameters of a new futures order (<c>order.place</c>, USD-M and COIN-M). What each <see cref="FuturesOrderType"/>
/// requires is checked before sending:
/// <list type="bullet">
/// <item><c>LIMIT</c>: <see cref="TimeInForce"/>, <see cref="Quantity"/>, <see cref="Price"/> or <see cref="PriceMatch"/>.</item>
/// <item><c>MARKET</c>: <see cref="Quantity"/>.</item>
/// <item><c>STOP</c>, <c>TAKE_PROFIT</c>: <see cref="Quantity"/>, <see cref="StopPrice"/>, <see cref="Price"/> or <see cref="PriceMatch"/>.</item>
/// <item><c>STOP_MARKET</c>, <c>TAKE_PROFIT_MARKET</c>: <see cref="StopPrice"/>.</item>
/// <item><c>TRAILING_STOP_MARKET</c>: <see cref="CallbackRate"/> (0.1 to 10).</item>
/// </list>
/// On USD-M, Binance has moved the conditional types (STOP, STOP_MARKET, TAKE_PROFIT, TAKE_PROFIT_MARKET,
/// TRAILING_STOP_MARKET) to <c>algoOrder.place</c> (<c>SubmitNewFuturesAlgoOrderAsync</c>) and answers -4120
/// (STOP_ORDER_SWITCH_ALGO) when they are placed here. This request does not refuse them, so a server that still
/// takes them (COIN-M, or a USD-M change) is not blocked by the client.
/// </summary>
/// <param name="Symbol">The symbol: <c>BTCUSDT</c> on USD-M, a contract such as <c>BTCUSD_PERP</c> on COIN-M.</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="Type">The order type.</param>
public sealed record FuturesOrderRequest(string Symbol, OrderSide Side, FuturesOrderType Type)
{
    /// <summary><c>BOTH</c> (one-way mode, the default) or <c>LONG</c>/<c>SHORT</c> (required in hedge mode).</summary>
    public PositionSide? PositionSide { get; init; }

    /// <summary>GTC, IOC, FOK, GTX (post-only) or GTD (with <see cref="GoodTillDate"/>); required for LIMIT.</summary>
    public TimeInForce? TimeInForce { get; init; }

    /// <summary>The quantity (contracts on COIN-M). Not with <see cref="ClosePosition"/> = true.</summary>
    public decimal? Quantity { get; init; }

    /// <summary>Only reduce the position (sent as the string "true"/"false"). Not in hedge mode, not with <see cref="ClosePosition"/>.</summary>
    public bool? ReduceOnly { get; init; }

    /// <summary>The limit price. Not with a <see cref="PriceMatch"/> other than NONE.</summary>
    public decimal? Price { get; init; }

    /// <summary>
    /// The order's client id, following the futures rule <c>^[\.A-Z\:/a-z0-9_-]{1,36}$</c>. When null the client
    /// generates one so the order can always be looked up; the id sent is echoed in the result's
    /// <see cref="FuturesOrder.ClientOrderId"/> and carried by a failure's <see cref="WsApiException.ClientOrderId"/>.
    /// </summary>
    public string? NewClientOrderId { get; init; }

    /// <summary>The trigger price of STOP, STOP_MARKET, TAKE_PROFIT and TAKE_PROFIT_MARKET orders.</summary>
    public decimal? StopPrice { get; init; }

    /// <summary>Close the whole position when triggered (STOP_MARKET / TAKE_PROFIT_MARKET; sent as "true"/"false").</summary>
    public bool? ClosePosition { get; init; }

    /// <summary>The activation price of a TRAILING_STOP_MARKET order (default: the latest price).</summary>
    public decimal? ActivationPrice { get; init; }

    /// <summary>The callback rate of a TRAILING_STOP_MARKET order, in percent: 0.1 to 10 (1 = 1%).</summary>
    public decimal? CallbackRate { get; init; }

    /// <summary>Which price triggers <see cref="StopPrice"/> (default CONTRACT_PRICE).</summary>
    public WorkingType? WorkingType { get; init; }

    /// <summary>Refuse to trigger when mark and contract price diverge too far (sent as "true"/"false").</summary>
    public bool? PriceProtect { get; init; }

    /// <summary>ACK (the default) or RESULT. FULL is spot only and is refused before sending.</summary>
    public OrderResponseType? NewOrderRespType { get; init; }

    /// <summary>Take the price from the book (LIMIT, STOP, TAKE_PROFIT) instead of <see cref="Price"/>. Not listed for COIN-M.</summary>
    public PriceMatch? PriceMatch { get; init; }

    /// <summary>NONE (default), EXPIRE_TAKER, EXPIRE_MAKER or EXPIRE_BOTH.</summary>
    public SelfTradePreventionMode? SelfTradePreventionMode { get; init; }

    /// <summary>The cancel time of a GTD order in milliseconds (second precision, at least 600 s ahead). Not listed for COIN-M.</summary>
    public long? GoodTillDate { get; init; }

    /// <summary>A receive window for this request instead of the client's, in whole milliseconds.</summary>
    public TimeSpan? RecvWindow { get; init; }

    /// <summary>Checks and builds the params; <paramref name="clientOrderId"/> fills <c>newClientOrderId</c> when the request has none.</summary>
    internal WsApiParameters ToParameters(string? clientOrderId)
    {
        Validate.Symbol(Symbol, nameof(Symbol));
        OrderChecks.Enum(Side.Value, nameof(Side));
        OrderChecks.Enum(Type.Value, nameof(Type));
        Validate.Positive(Quantity, nameof(Quantity));
        Validate.Positive(Price, nameof(Price));
        Validate.Positive(StopPrice, nameof(StopPrice));
        Validate.Positive(ActivationPrice, nameof(ActivationPrice));
        FuturesChecks.CallbackRate(CallbackRate);
        FuturesChecks.ClientId(NewClientOrderId, nameof(NewClientOrderId));
        FuturesChecks.ClientId(clientOrderId, nameof(NewClientOrderId));
        FuturesChecks.ResponseType(NewOrderRespType);
        FuturesChecks.PriceOrMatch(Price, PriceMatch);
        FuturesChecks.GoodTillDate(TimeInForce, GoodTillDate);
        FuturesChecks.ClosePosition(ClosePosition, Quantity, ReduceOnly, Type);
        FuturesChecks.PerType(Type, TimeInForce, Quantity, Price, PriceMatch, StopPrice, CallbackRate, nameof(StopPrice));

        return WsApiParameters.Rent(20)
            .Add("symbol", Symbol)
            .Add("side", Side.Value)
            .Add("positionSide", PositionSide)
            .Add("type", Type.Value)
            .Add("timeInForce", TimeInForce)
            .Add("quantity", Quantity)
            .Add("reduceOnly", FuturesChecks.Flag(ReduceOnly))
            .Add("price", Price)
            .Add("newClientOrderId", NewClientOrderId ?? clientOrderId)
            .Add("stopPrice", StopPrice)
            .Add("closePosition", FuturesChecks.Flag(ClosePosition))
            .Add("activationPrice", ActivationPrice)
            .Add("callbackRate", CallbackRate)
            .Add("workingType", WorkingType)
            .Add("priceProtect", FuturesChecks.Flag(PriceProtect))
            .Add("newOrderRespType", NewOrderRespType)
            .Add("priceMatch", PriceMatch)
            .Add("selfTradePreventionMode", SelfTradePreventionMode)
            .Add("goodTillDate", GoodTillDate)
            .Add("recvWindow", FuturesChecks.RecvWindowMs(RecvWindow));
    }
}
