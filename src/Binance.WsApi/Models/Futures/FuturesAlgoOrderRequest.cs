namespace Binance.WsApi.Models;

/// <summary>
/// Parameters of a new USD-M algo order (<c>algoOrder.place</c>): a conditional order (STOP_MARKET,
/// TAKE_PROFIT_MARKET, STOP, TAKE_PROFIT, TRAILING_STOP_MARKET) held by Binance until its trigger. Checked before
/// sending: STOP/TAKE_PROFIT need <see cref="Quantity"/>, <see cref="TriggerPrice"/> and <see cref="Price"/> or
/// <see cref="PriceMatch"/>; STOP_MARKET/TAKE_PROFIT_MARKET need <see cref="TriggerPrice"/>; TRAILING_STOP_MARKET
/// needs <see cref="CallbackRate"/> (0.1 to 10). LIMIT and MARKET are not conditional types and are refused.
/// </summary>
/// <param name="Symbol">The symbol, for example <c>BTCUSDT</c>.</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="Type">The conditional order type.</param>
public sealed record FuturesAlgoOrderRequest(string Symbol, OrderSide Side, FuturesOrderType Type)
{
    /// <summary>The algo kind; <c>CONDITIONAL</c>, the only documented one, when null.</summary>
    public FuturesAlgoType? AlgoType { get; init; }

    /// <summary><c>BOTH</c> (one-way mode, the default) or <c>LONG</c>/<c>SHORT</c> (required in hedge mode).</summary>
    public PositionSide? PositionSide { get; init; }

    /// <summary>IOC, GTC (default) or FOK; GTD with <see cref="GoodTillDate"/>.</summary>
    public TimeInForce? TimeInForce { get; init; }

    /// <summary>The quantity. Not with <see cref="ClosePosition"/> = true.</summary>
    public decimal? Quantity { get; init; }

    /// <summary>The limit price of STOP / TAKE_PROFIT once triggered.</summary>
    public decimal? Price { get; init; }

    /// <summary>The trigger price.</summary>
    public decimal? TriggerPrice { get; init; }

    /// <summary>Which price triggers <see cref="TriggerPrice"/> (default CONTRACT_PRICE).</summary>
    public WorkingType? WorkingType { get; init; }

    /// <summary>Take the price from the book instead of <see cref="Price"/> (STOP, TAKE_PROFIT).</summary>
    public PriceMatch? PriceMatch { get; init; }

    /// <summary>Close the whole position when triggered (STOP_MARKET / TAKE_PROFIT_MARKET; sent as "true"/"false").</summary>
    public bool? ClosePosition { get; init; }

    /// <summary>Refuse to trigger when mark and contract price diverge too far (sent as "true"/"false").</summary>
    public bool? PriceProtect { get; init; }

    /// <summary>Only reduce the position (sent as "true"/"false"). Not in hedge mode, not with <see cref="ClosePosition"/>.</summary>
    public bool? ReduceOnly { get; init; }

    /// <summary>The activation price of a TRAILING_STOP_MARKET order (wire <c>activatePrice</c>).</summary>
    public decimal? ActivatePrice { get; init; }

    /// <summary>The callback rate of a TRAILING_STOP_MARKET order, in percent: 0.1 to 10.</summary>
    public decimal? CallbackRate { get; init; }

    /// <summary>
    /// The algo order's client id (futures rule <c>^[\.A-Z\:/a-z0-9_-]{1,36}$</c>). When null the client generates one,
    /// echoed in <see cref="FuturesAlgoOrder.ClientAlgoId"/> and carried by a failure's <see cref="WsApiException.ClientOrderId"/>.
    /// </summary>
    public string? ClientAlgoId { get; init; }

    /// <summary>ACK (the default) or RESULT. FULL is refused before sending.</summary>
    public OrderResponseType? NewOrderRespType { get; init; }

    /// <summary>NONE (default), EXPIRE_TAKER, EXPIRE_MAKER or EXPIRE_BOTH.</summary>
    public SelfTradePreventionMode? SelfTradePreventionMode { get; init; }

    /// <summary>The cancel time of a GTD order in milliseconds (second precision, at least 600 s ahead).</summary>
    public long? GoodTillDate { get; init; }

    /// <summary>A receive window for this request instead of the client's, in whole milliseconds.</summary>
    public TimeSpan? RecvWindow { get; init; }

    /// <summary>Checks and builds the params; <paramref name="clientAlgoId"/> fills <c>clientAlgoId</c> when the request has none.</summary>
    internal WsApiParameters ToParameters(string? clientAlgoId)
    {
        Validate.Symbol(Symbol, nameof(Symbol));
        OrderChecks.Enum(Side.Value, nameof(Side));
        OrderChecks.Enum(Type.Value, nameof(Type));
        FuturesAlgoType algoType = AlgoType ?? FuturesAlgoType.Conditional;
        OrderChecks.Enum(algoType.Value, nameof(AlgoType));
        if (algoType == FuturesAlgoType.Conditional && FuturesChecks.IsKnown(Type) && !FuturesChecks.IsConditional(Type))
        {
            throw new ArgumentException($"{Type} is not a conditional order type; place it with order.place.", nameof(Type));
        }

        Validate.Positive(Quantity, nameof(Quantity));
        Validate.Positive(Price, nameof(Price));
        Validate.Positive(TriggerPrice, nameof(TriggerPrice));
        Validate.Positive(ActivatePrice, nameof(ActivatePrice));
        FuturesChecks.CallbackRate(CallbackRate);
        FuturesChecks.ClientId(ClientAlgoId, nameof(ClientAlgoId));
        FuturesChecks.ClientId(clientAlgoId, nameof(ClientAlgoId));
        FuturesChecks.ResponseType(NewOrderRespType);
        FuturesChecks.PriceOrMatch(Price, PriceMatch);
        FuturesChecks.GoodTillDate(TimeInForce, GoodTillDate);
        FuturesChecks.ClosePosition(ClosePosition, Quantity, ReduceOnly, Type);
        FuturesChecks.PerType(Type, TimeInForce, Quantity, Price, PriceMatch, TriggerPrice, CallbackRate, nameof(TriggerPrice));

        return new WsApiParameters(20)
            .Add("algoType", algoType.Value)
            .Add("symbol", Symbol)
            .Add("side", Side.Value)
            .Add("positionSide", PositionSide)
            .Add("type", Type.Value)
            .Add("timeInForce", TimeInForce)
            .Add("quantity", Quantity)
            .Add("price", Price)
            .Add("triggerPrice", TriggerPrice)
            .Add("workingType", WorkingType)
            .Add("priceMatch", PriceMatch)
            .Add("closePosition", FuturesChecks.Flag(ClosePosition))
            .Add("priceProtect", FuturesChecks.Flag(PriceProtect))
            .Add("reduceOnly", FuturesChecks.Flag(ReduceOnly))
            .Add("activatePrice", ActivatePrice)
            .Add("callbackRate", CallbackRate)
            .Add("clientAlgoId", ClientAlgoId ?? clientAlgoId)
            .Add("newOrderRespType", NewOrderRespType)
            .Add("selfTradePreventionMode", SelfTradePreventionMode)
            .Add("goodTillDate", GoodTillDate)
            .Add("recvWindow", FuturesChecks.RecvWindowMs(RecvWindow));
    }
}
