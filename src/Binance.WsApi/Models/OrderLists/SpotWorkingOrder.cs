using Binance.WsApi.Protocol;

namespace Binance.WsApi.Models;

/// <summary>The working order of an OTO, OTOCO, OPO or OPOCO list: a LIMIT or LIMIT_MAKER order that goes on the book first.</summary>
/// <param name="Type">LIMIT or LIMIT_MAKER.</param>
/// <param name="Side">Buy or sell (OPO/OPOCO: buy).</param>
/// <param name="Price">The limit price.</param>
/// <param name="Quantity">The base-asset quantity.</param>
public sealed record SpotWorkingOrder(OrderType Type, OrderSide Side, decimal Price, decimal Quantity)
{
    /// <summary>The time in force (required for LIMIT).</summary>
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

    internal void WriteTo(WsApiParameters parameters, ClientOrderIdGenerator? ids)
    {
        if (Type != OrderType.Limit && Type != OrderType.LimitMaker)
        {
            throw new ArgumentException("The working order must be LIMIT or LIMIT_MAKER.", "Working.Type");
        }

        OrderChecks.Enum(Side.Value, "Working.Side");
        OrderChecks.Amounts(Price, Quantity, null, null, IcebergQty, null, "Working.");
        OrderChecks.Tags(StrategyType, PegOffsetValue, "Working.");
        OrderChecks.ClientId(ClientOrderId, "Working.ClientOrderId");
        OrderChecks.PerType(Type, TimeInForce, Price, Quantity, null, null, null, PegPriceType, allowQuoteOrderQty: false, "Working.");
        parameters
            .Add("workingType", Type.Value)
            .Add("workingSide", Side.Value)
            .Add("workingClientOrderId", ClientOrderId ?? ids?.Next())
            .Add("workingPrice", Price)
            .Add("workingQuantity", Quantity)
            .Add("workingIcebergQty", IcebergQty)
            .Add("workingTimeInForce", TimeInForce)
            .Add("workingStrategyId", StrategyId)
            .Add("workingStrategyType", StrategyType)
            .Add("workingPegPriceType", PegPriceType)
            .Add("workingPegOffsetType", PegOffsetType)
            .Add("workingPegOffsetValue", PegOffsetValue);
    }
}
