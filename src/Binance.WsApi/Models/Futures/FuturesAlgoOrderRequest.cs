namespace Binance.WsApi.Models;

/// <summary>
/// Parameters of a new USD-M algo order (<c>algoOrder.place</c>).
/// <para>
/// CONDITIONAL (the documented kind, the default): a conditional order (STOP_MARKET, TAKE_PROFIT_MARKET, STOP,
/// TAKE_PROFIT, TRAILING_STOP_MARKET) held by Binance until its trigger. Checked before sending: STOP/TAKE_PROFIT need
/// <see cref="Quantity"/>, <see cref="TriggerPrice"/> and <see cref="Price"/> or <see cref="PriceMatch"/>;
/// STOP_MARKET/TAKE_PROFIT_MARKET need <see cref="TriggerPrice"/>; TRAILING_STOP_MARKET needs <see cref="CallbackRate"/>
/// (0.1 to 10). LIMIT and MARKET are not conditional types and are refused.
/// </para>
/// <para>
/// TWAP and VP (create them with <see cref="Twap(string, OrderSide, decimal, TimeSpan)"/> and
/// <see cref="Vp(string, OrderSide, decimal, FuturesAlgoUrgency)"/>): orders worked over time in child orders, MARKET or
/// LIMIT IOC at <see cref="LimitPrice"/>. Binance documents them on its REST algo service (<c>newOrderTwap</c>,
/// <c>newOrderVp</c>), not on the WS API: sending them over <c>algoOrder.place</c>, with the REST parameter names, is
/// an extension that this library's emulator implements; the real WS API may refuse it. A TWAP needs
/// <see cref="Quantity"/> and <see cref="Duration"/> (whole seconds, 300 to 86400); a VP needs <see cref="Quantity"/>
/// and <see cref="Urgency"/>. Both take <see cref="PositionSide"/>, <see cref="ReduceOnly"/>, <see cref="LimitPrice"/>
/// and <see cref="ClientAlgoId"/>, and none of the conditional parameters.
/// </para>
/// </summary>
/// <param name="Symbol">The symbol, for example <c>BTCUSDT</c>.</param>
/// <param name="Side">Buy or sell.</param>
/// <param name="Type">The conditional order type (left default for TWAP and VP, whose child orders are MARKET or LIMIT).</param>
public sealed record FuturesAlgoOrderRequest(string Symbol, OrderSide Side, FuturesOrderType Type)
{
    /// <summary>The shortest TWAP duration (Binance's REST TWAP: 300 seconds).</summary>
    public static readonly TimeSpan MinTwapDuration = TimeSpan.FromSeconds(300);

    /// <summary>The longest TWAP duration (Binance's REST TWAP: 86400 seconds, a day).</summary>
    public static readonly TimeSpan MaxTwapDuration = TimeSpan.FromSeconds(86_400);

    /// <summary>The algo kind; <c>CONDITIONAL</c>, the only documented one, when null.</summary>
    public FuturesAlgoType? AlgoType { get; init; }

    /// <summary>TWAP only: how long the order is worked, whole seconds from 300 to 86400 (wire <c>duration</c>, in seconds).</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>VP only: how fast the order is worked (<c>LOW</c>, <c>MEDIUM</c>, <c>HIGH</c>).</summary>
    public FuturesAlgoUrgency? Urgency { get; init; }

    /// <summary>TWAP / VP only: child orders go out as LIMIT IOC at this price instead of MARKET.</summary>
    public decimal? LimitPrice { get; init; }

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

    /// <summary>A TWAP order (extension, see the type's remarks): <paramref name="quantity"/> in equal slices over <paramref name="duration"/>.</summary>
    /// <param name="symbol">The symbol, for example <c>BTCUSDT</c>.</param>
    /// <param name="side">Buy or sell.</param>
    /// <param name="quantity">The total quantity.</param>
    /// <param name="duration">Whole seconds, 300 to 86400 (checked when sent).</param>
    public static FuturesAlgoOrderRequest Twap(string symbol, OrderSide side, decimal quantity, TimeSpan duration) =>
        new(symbol, side, default) { AlgoType = FuturesAlgoType.Twap, Quantity = quantity, Duration = duration };

    /// <summary>A TWAP order over <paramref name="durationSeconds"/> seconds (300 to 86400).</summary>
    /// <param name="symbol">The symbol, for example <c>BTCUSDT</c>.</param>
    /// <param name="side">Buy or sell.</param>
    /// <param name="quantity">The total quantity.</param>
    /// <param name="durationSeconds">300 to 86400 (checked when sent).</param>
    public static FuturesAlgoOrderRequest Twap(string symbol, OrderSide side, decimal quantity, int durationSeconds) =>
        Twap(symbol, side, quantity, TimeSpan.FromSeconds(durationSeconds));

    /// <summary>A VP (volume participation) order (extension, see the type's remarks) worked at <paramref name="urgency"/>.</summary>
    /// <param name="symbol">The symbol, for example <c>BTCUSDT</c>.</param>
    /// <param name="side">Buy or sell.</param>
    /// <param name="quantity">The total quantity.</param>
    /// <param name="urgency">LOW, MEDIUM or HIGH.</param>
    public static FuturesAlgoOrderRequest Vp(string symbol, OrderSide side, decimal quantity, FuturesAlgoUrgency urgency) =>
        new(symbol, side, default) { AlgoType = FuturesAlgoType.Vp, Quantity = quantity, Urgency = urgency };

    /// <summary>Checks and builds the params; <paramref name="clientAlgoId"/> fills <c>clientAlgoId</c> when the request has none.</summary>
    internal WsApiParameters ToParameters(string? clientAlgoId)
    {
        Validate.Symbol(Symbol, nameof(Symbol));
        OrderChecks.Enum(Side.Value, nameof(Side));
        FuturesAlgoType algoType = AlgoType ?? FuturesAlgoType.Conditional;
        OrderChecks.Enum(algoType.Value, nameof(AlgoType));
        if (algoType == FuturesAlgoType.Twap || algoType == FuturesAlgoType.Vp)
        {
            return ToWorkedParameters(algoType, clientAlgoId);
        }

        OrderChecks.Enum(Type.Value, nameof(Type));
        if (algoType == FuturesAlgoType.Conditional)
        {
            if (FuturesChecks.IsKnown(Type) && !FuturesChecks.IsConditional(Type))
            {
                throw new ArgumentException($"{Type} is not a conditional order type; place it with order.place.", nameof(Type));
            }

            NotFor(algoType, Duration is not null, nameof(Duration));
            NotFor(algoType, Urgency is not null, nameof(Urgency));
            NotFor(algoType, LimitPrice is not null, nameof(LimitPrice));
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

    /// <summary>
    /// TWAP / VP: quantity plus duration (TWAP) or urgency (VP); none of the conditional parameters, which the emulator
    /// refuses with -1106 rather than ignore. Parameter names are those of Binance's REST newOrderTwap / newOrderVp.
    /// </summary>
    private WsApiParameters ToWorkedParameters(FuturesAlgoType algoType, string? clientAlgoId)
    {
        const string Factories = "create TWAP and VP orders with FuturesAlgoOrderRequest.Twap or .Vp";
        if (!string.IsNullOrEmpty(Type.Value))
        {
            throw new ArgumentException($"A {algoType} order takes no Type: its child orders are MARKET, or LIMIT IOC at LimitPrice ({Factories}).", nameof(Type));
        }

        if (Quantity is null)
        {
            throw new ArgumentException($"A {algoType} order requires Quantity.", nameof(Quantity));
        }

        Validate.Positive(Quantity, nameof(Quantity));
        Validate.Positive(LimitPrice, nameof(LimitPrice));
        FuturesChecks.ClientId(ClientAlgoId, nameof(ClientAlgoId));
        FuturesChecks.ClientId(clientAlgoId, nameof(ClientAlgoId));
        NotFor(algoType, TimeInForce is not null, nameof(TimeInForce));
        NotFor(algoType, Price is not null, nameof(Price), " (use LimitPrice)");
        NotFor(algoType, TriggerPrice is not null, nameof(TriggerPrice));
        NotFor(algoType, WorkingType is not null, nameof(WorkingType));
        NotFor(algoType, PriceMatch is not null, nameof(PriceMatch));
        NotFor(algoType, ClosePosition is not null, nameof(ClosePosition));
        NotFor(algoType, PriceProtect is not null, nameof(PriceProtect));
        NotFor(algoType, ActivatePrice is not null, nameof(ActivatePrice));
        NotFor(algoType, CallbackRate is not null, nameof(CallbackRate));
        NotFor(algoType, NewOrderRespType is not null, nameof(NewOrderRespType));
        NotFor(algoType, SelfTradePreventionMode is not null, nameof(SelfTradePreventionMode));
        NotFor(algoType, GoodTillDate is not null, nameof(GoodTillDate));

        long? durationSeconds = null;
        if (algoType == FuturesAlgoType.Twap)
        {
            NotFor(algoType, Urgency is not null, nameof(Urgency), " (VP only)");
            if (Duration is not { } duration)
            {
                throw new ArgumentException($"A TWAP order requires Duration ({Factories}).", nameof(Duration));
            }

            if (duration < MinTwapDuration || duration > MaxTwapDuration || duration.Ticks % TimeSpan.TicksPerSecond != 0)
            {
                throw new ArgumentOutOfRangeException(nameof(Duration), duration, "A TWAP Duration is whole seconds from 300 (5 minutes) to 86400 (24 hours).");
            }

            durationSeconds = duration.Ticks / TimeSpan.TicksPerSecond;
        }
        else
        {
            NotFor(algoType, Duration is not null, nameof(Duration), " (TWAP only)");
            if (Urgency is not { } urgency || string.IsNullOrEmpty(urgency.Value))
            {
                throw new ArgumentException($"A VP order requires Urgency: LOW, MEDIUM or HIGH ({Factories}).", nameof(Urgency));
            }
        }

        return new WsApiParameters(10)
            .Add("algoType", algoType.Value)
            .Add("symbol", Symbol)
            .Add("side", Side.Value)
            .Add("positionSide", PositionSide)
            .Add("quantity", Quantity)
            .Add("duration", durationSeconds)
            .Add("urgency", Urgency)
            .Add("limitPrice", LimitPrice)
            .Add("reduceOnly", FuturesChecks.Flag(ReduceOnly))
            .Add("clientAlgoId", ClientAlgoId ?? clientAlgoId)
            .Add("recvWindow", FuturesChecks.RecvWindowMs(RecvWindow));
    }

    private static void NotFor(FuturesAlgoType algoType, bool present, string name, string hint = "")
    {
        if (present)
        {
            throw new ArgumentException($"{name} does not apply to a {algoType} algo order{hint}.", name);
        }
    }
}
