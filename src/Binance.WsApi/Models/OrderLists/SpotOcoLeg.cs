using Binance.WsApi.Protocol;

namespace Binance.WsApi.Models;

/// <summary>
/// One leg of an OCO pair: the <c>above</c>/<c>below</c> legs of <c>orderList.place.oco</c> and the
/// <c>pendingAbove</c>/<c>pendingBelow</c> legs of OTOCO and OPOCO lists. The quantity and side come from the list.
/// </summary>
/// <param name="Type">The leg's type: LIMIT_MAKER, STOP_LOSS(_LIMIT), TAKE_PROFIT(_LIMIT) (and LIMIT for OTOCO pending legs).</param>
public sealed record SpotOcoLeg(OrderType Type)
{
    /// <summary>The limit price (LIMIT_MAKER and the _LIMIT kinds).</summary>
    public decimal? Price { get; init; }

    /// <summary>The trigger price (stop and take-profit kinds), or use <see cref="TrailingDelta"/>.</summary>
    public decimal? StopPrice { get; init; }

    /// <summary>Trailing delta in basis points.</summary>
    public int? TrailingDelta { get; init; }

    /// <summary>The time in force (the _LIMIT kinds).</summary>
    public TimeInForce? TimeInForce { get; init; }

    /// <summary>The leg's client id; generated when null.</summary>
    public string? ClientOrderId { get; init; }

    /// <summary>The visible quantity of an iceberg leg (requires GTC).</summary>
    public decimal? IcebergQty { get; init; }

    /// <summary>An arbitrary id to tag the leg with.</summary>
    public long? StrategyId { get; init; }

    /// <summary>An arbitrary strategy type, at least 1000000.</summary>
    public int? StrategyType { get; init; }

    /// <summary>Pegs the leg's price to the book.</summary>
    public PegPriceType? PegPriceType { get; init; }

    /// <summary>What <see cref="PegOffsetValue"/> counts.</summary>
    public PegOffsetType? PegOffsetType { get; init; }

    /// <summary>Offset from the pegged price, 0 to 100.</summary>
    public int? PegOffsetValue { get; init; }

    /// <summary>Checks the leg and writes it with the given name prefix (for example <c>above</c> → <c>aboveType</c>).</summary>
    internal void WriteTo(WsApiParameters parameters, string prefix, string display, ClientOrderIdGenerator? ids)
    {
        OrderChecks.Enum(Type.Value, display + ".Type");
        OrderChecks.Amounts(Price, null, null, StopPrice, IcebergQty, TrailingDelta, display + ".");
        OrderChecks.Tags(StrategyType, PegOffsetValue, display + ".");
        OrderChecks.ClientId(ClientOrderId, display + ".ClientOrderId");
        OrderChecks.PerType(Type, TimeInForce, Price, null, null, StopPrice, TrailingDelta, PegPriceType, allowQuoteOrderQty: false,
            display + ".", quantityImplied: true);
        parameters
            .Add(prefix + "Type", Type.Value)
            .Add(prefix + "ClientOrderId", ClientOrderId ?? ids?.Next())
            .Add(prefix + "IcebergQty", IcebergQty)
            .Add(prefix + "Price", Price)
            .Add(prefix + "StopPrice", StopPrice)
            .Add(prefix + "TrailingDelta", TrailingDelta)
            .Add(prefix + "TimeInForce", TimeInForce)
            .Add(prefix + "StrategyId", StrategyId)
            .Add(prefix + "StrategyType", StrategyType)
            .Add(prefix + "PegPriceType", PegPriceType)
            .Add(prefix + "PegOffsetType", PegOffsetType)
            .Add(prefix + "PegOffsetValue", PegOffsetValue);
    }
}
