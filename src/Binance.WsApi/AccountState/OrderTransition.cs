namespace Binance.WsApi;

/// <summary>
/// One state change of an order, as an <see cref="AccountStateTracker"/> reports it: each one exactly once, whether the
/// stream delivered it (<see cref="TransitionSource.Stream"/>) or it was missed in a gap and rebuilt from the exchange's
/// records (<see cref="TransitionSource.Reconciled"/>). Per order they come in the order they happened: <c>NEW</c>,
/// then each <c>TRADE</c>, then the end (<c>CANCELED</c>, <c>EXPIRED</c>, <c>REJECTED</c>, <c>TRADE_PREVENTION</c>)
/// unless the last trade filled it.
/// </summary>
public sealed record OrderTransition
{
    /// <summary>Where it came from.</summary>
    public TransitionSource Source { get; init; }

    /// <summary>True when the stream never delivered it and it was rebuilt after a gap.</summary>
    public bool IsSynthesized => Source == TransitionSource.Reconciled;

    /// <summary>The symbol.</summary>
    public string Symbol { get; init; } = string.Empty;

    /// <summary>The exchange's order id.</summary>
    public long OrderId { get; init; }

    /// <summary>The order's client id.</summary>
    public string ClientOrderId { get; init; } = string.Empty;

    /// <summary>The order list id, or -1.</summary>
    public long OrderListId { get; init; } = -1;

    /// <summary>The side.</summary>
    public OrderSide Side { get; init; }

    /// <summary>The order type.</summary>
    public OrderType OrderType { get; init; }

    /// <summary>The limit price (0 for a market order).</summary>
    public decimal Price { get; init; }

    /// <summary>The ordered quantity.</summary>
    public decimal Quantity { get; init; }

    /// <summary>Binance's execution type: <c>NEW</c>, <c>TRADE</c>, <c>CANCELED</c>, <c>EXPIRED</c>, <c>REJECTED</c>, <c>TRADE_PREVENTION</c>, <c>REPLACED</c>.</summary>
    public string ExecutionType { get; init; } = string.Empty;

    /// <summary>The order's status after this transition.</summary>
    public OrderStatus Status { get; init; }

    /// <summary>The quantity filled so far, this transition included.</summary>
    public decimal CumulativeFilledQuantity { get; init; }

    /// <summary>The quote amount filled so far, this transition included.</summary>
    public decimal CumulativeQuoteQuantity { get; init; }

    /// <summary>The quantity of this trade (0 unless <c>TRADE</c>).</summary>
    public decimal LastFilledQuantity { get; init; }

    /// <summary>The price of this trade (0 unless <c>TRADE</c>).</summary>
    public decimal LastFilledPrice { get; init; }

    /// <summary>The commission of this trade.</summary>
    public decimal Commission { get; init; }

    /// <summary>The asset of the commission; null unless <c>TRADE</c>.</summary>
    public string? CommissionAsset { get; init; }

    /// <summary>The trade id, or -1 unless <c>TRADE</c>.</summary>
    public long TradeId { get; init; } = -1;

    /// <summary>When it happened on the exchange (ms since the epoch).</summary>
    public long Time { get; init; }

    /// <summary>The stream's event when <see cref="Source"/> is <see cref="TransitionSource.Stream"/>; null when synthesized.</summary>
    public ExecutionReportEvent? Report { get; init; }

    /// <summary>
    /// The stream's <c>ORDER_TRADE_UPDATE</c> when a <see cref="FuturesAccountStateTracker"/> got it from the stream;
    /// null when synthesized and for spot.
    /// </summary>
    public FuturesOrderTradeUpdateEvent? FuturesUpdate { get; init; }
}
