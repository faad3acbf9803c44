using Binance.WsApi.Protocol;

namespace Binance.WsApi.Models;

/// <summary>
/// The pending order of an OTO or OPO list: placed only once the working order is fully filled. Any type except a
/// MARKET order by quote amount. OTO needs <see cref="Quantity"/>; OPO must not have one (the pending quantity is the
/// working order's proceeds).
/// </summary>
/// <param name="Type">The order type.</param>
/// <param name="Side">Buy or sell (OPO: sell).</param>
public sealed record SpotPendingOrder(OrderType Type, OrderSide Side)
{
    /// <summary>The base-asset quantity (OTO only).</summary>
    public decimal? Quantity { get; init; }

    /// <summary>The limit price.</summary>
    public decimal? Price { get; init; }

    /// <summary>The trigger price of a stop or take-profit order.</summary>
    public decimal? StopPrice { get; init; }

    /// <summary>Trailing delta in basis points.</summary>
    public int? TrailingDelta { get; init; }

    /// <summary>The time in force.</summary>
    public TimeInForce? TimeInForce { get; init; }

    /// <summary>The order's client id; generated when null.</summary>
    public string? ClientOrderId { get; init; }

    /// <summary>The visible quantity of an iceberg order.</summary>
    public decimal? IcebergQty { get; init; }

    /// <summary>An arbitrary id to tag the order with.</summary>
    public long? StrategyId { get; init; }

    /// <summary>An arbitrary strategy type, at least 1000000.</summary>
    public int? StrategyType { get; init; }

    /// <summary>Pegs the price to the book.</summary>
    public PegPriceType? PegPriceType { get; init; }

    /// <summary>What <see cref="PegOffsetValue"/> counts.</summary>
    public PegOffsetType? PegOffsetType { get; init; }

    /// <summary>Offset from the pegged price, 0 to 100.</summary>
    public int? PegOffsetValue { get; init; }

    internal void WriteTo(WsApiParameters parameters, ClientOrderIdGenerator? ids, bool quantityImplied)
    {
        OrderChecks.Enum(Type.Value, "Pending.Type");
        OrderChecks.Enum(Side.Value, "Pending.Side");
        if (quantityImplied && Quantity is not null)
        {
            throw new ArgumentException("An OPO pending order has no quantity: it is the working order's proceeds.", "Pending.Quantity");
        }

        OrderChecks.Amounts(Price, Quantity, null, StopPrice, IcebergQty, TrailingDelta, "Pending.");
        OrderChecks.Tags(StrategyType, PegOffsetValue, "Pending.");
        OrderChecks.ClientId(ClientOrderId, "Pending.ClientOrderId");
        OrderChecks.PerType(Type, TimeInForce, Price, Quantity, null, StopPrice, TrailingDelta, PegPriceType, allowQuoteOrderQty: false,
            "Pending.", quantityImplied);
        parameters
            .Add("pendingType", Type.Value)
            .Add("pendingSide", Side.Value)
            .Add("pendingClientOrderId", ClientOrderId ?? ids?.Next())
            .Add("pendingPrice", Price)
            .Add("pendingStopPrice", StopPrice)
            .Add("pendingTrailingDelta", TrailingDelta)
            .Add("pendingQuantity", Quantity)
            .Add("pendingIcebergQty", IcebergQty)
            .Add("pendingTimeInForce", TimeInForce)
            .Add("pendingStrategyId", StrategyId)
            .Add("pendingStrategyType", StrategyType)
            .Add("pendingPegPriceType", PegPriceType)
            .Add("pendingPegOffsetType", PegOffsetType)
            .Add("pendingPegOffsetValue", PegOffsetValue);
    }
}
