namespace Binance.WsApi.Models;

/// <summary>
/// Parameters of <c>order.modify</c> (USD-M and COIN-M): a new quantity and price for an open LIMIT order, found by
/// <see cref="OrderId"/> or <see cref="OrigClientOrderId"/> (the order id wins when both are set). The order keeps its
/// ids but loses its queue position; it is cancelled instead when the new quantity is not above what has filled, or
/// when a GTX order's new price would trade. At most 10000 modifications per order.
/// </summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="Side">The order's side (must match the order).</param>
/// <param name="Quantity">The new quantity.</param>
public sealed record FuturesModifyOrderRequest(string Symbol, OrderSide Side, decimal Quantity)
{
    /// <summary>The exchange's order id.</summary>
    public long? OrderId { get; init; }

    /// <summary>The order's client id.</summary>
    public string? OrigClientOrderId { get; init; }

    /// <summary>The new price; required unless <see cref="PriceMatch"/> takes it from the book.</summary>
    public decimal? Price { get; init; }

    /// <summary>Take the new price from the book instead of <see cref="Price"/> (NONE may accompany a price).</summary>
    public PriceMatch? PriceMatch { get; init; }

    /// <summary>The order's position side. Binance's USD-M example sends it, though the parameter table does not list it.</summary>
    public PositionSide? PositionSide { get; init; }

    /// <summary>The order's original type. Binance's USD-M example sends it, though the parameter table does not list it.</summary>
    public FuturesOrderType? OrigType { get; init; }

    /// <summary>A receive window for this request instead of the client's, in whole milliseconds.</summary>
    public TimeSpan? RecvWindow { get; init; }

    internal WsApiParameters ToParameters()
    {
        Validate.Symbol(Symbol, nameof(Symbol));
        OrderChecks.Enum(Side.Value, nameof(Side));
        OrderChecks.OneOf(OrderId, OrigClientOrderId, nameof(OrderId), nameof(OrigClientOrderId));
        Validate.Positive(Quantity, nameof(Quantity));
        Validate.Positive(Price, nameof(Price));
        FuturesChecks.PriceOrMatch(Price, PriceMatch);
        // Both quantity and price must be sent (the documented difference from the REST modify of COIN-M).
        if (Price is null && !FuturesChecks.Matched(PriceMatch))
        {
            throw new ArgumentException("Modifying an order requires Price (or PriceMatch).", nameof(Price));
        }

        return new WsApiParameters(10)
            .Add("symbol", Symbol)
            .Add("side", Side.Value)
            .Add("orderId", OrderId)
            .Add("origClientOrderId", OrigClientOrderId)
            .Add("origType", OrigType)
            .Add("positionSide", PositionSide)
            .Add("quantity", Quantity)
            .Add("price", Price)
            .Add("priceMatch", PriceMatch)
            .Add("recvWindow", FuturesChecks.RecvWindowMs(RecvWindow));
    }
}
