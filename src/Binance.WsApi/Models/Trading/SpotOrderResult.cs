using System.Text.Json.Serialization;

namespace Binance.WsApi.Models;

/// <summary>
/// The result of placing an order (<c>order.place</c>, <c>sor.order.place</c>, a cancel-replace's new order, the
/// reports of a new order list). One type for all three <see cref="OrderResponseType"/>s:
/// <list type="bullet">
/// <item><c>ACK</c>: only the ids and <see cref="TransactTime"/>; every RESULT field is null (<see cref="HasResult"/> is false).</item>
/// <item><c>RESULT</c>: the order's state after placement as well.</item>
/// <item><c>FULL</c>: RESULT plus the trades in <see cref="Fills"/>, which is empty for ACK and RESULT.</item>
/// </list>
/// </summary>
public sealed record SpotOrderResult : SpotOrderBase
{
    /// <summary>An empty report (set the properties with an initializer).</summary>
    public SpotOrderResult()
    {
    }

    /// <summary>A report whose base fields a hand-written reader collected.</summary>
    internal SpotOrderResult(in Protocol.Readers.SpotOrderBaseFields b)
        : base(b)
    {
    }

    /// <summary>When the order was placed, in milliseconds.</summary>
    public long TransactTime { get; init; }

    /// <summary>True when the response carried the order's state (RESULT or FULL), false for ACK.</summary>
    [JsonIgnore]
    public bool HasResult => Status is not null;

    /// <summary>The limit price (0 for MARKET). RESULT/FULL only.</summary>
    public decimal? Price { get; init; }

    /// <summary>The ordered quantity. RESULT/FULL only (absent on pending legs of OPO lists).</summary>
    public decimal? OrigQty { get; init; }

    /// <summary>The quantity filled so far. RESULT/FULL only.</summary>
    public decimal? ExecutedQty { get; init; }

    /// <summary>The quote quantity of a MARKET order by quote amount. RESULT/FULL only.</summary>
    public decimal? OrigQuoteOrderQty { get; init; }

    /// <summary>The quote amount filled so far (wire name <c>cummulativeQuoteQty</c>). RESULT/FULL only.</summary>
    [JsonPropertyName("cummulativeQuoteQty")]
    public decimal? CumulativeQuoteQty { get; init; }

    /// <summary>The order's status. RESULT/FULL only.</summary>
    public OrderStatus? Status { get; init; }

    /// <summary>The time in force. RESULT/FULL only.</summary>
    public TimeInForce? TimeInForce { get; init; }

    /// <summary>The order type. RESULT/FULL only.</summary>
    public OrderType? Type { get; init; }

    /// <summary>The side. RESULT/FULL only.</summary>
    public OrderSide? Side { get; init; }

    /// <summary>When the order started working on the book, in milliseconds (-1 while pending). RESULT/FULL only.</summary>
    public long? WorkingTime { get; init; }

    /// <summary>The self-trade prevention mode in effect. RESULT/FULL only.</summary>
    public SelfTradePreventionMode? SelfTradePreventionMode { get; init; }

    /// <summary>The trades the order made on placement. FULL only; empty otherwise.</summary>
    public IReadOnlyList<SpotOrderFill> Fills
    {
        // Source-generated deserialization leaves a missing init property at null, not at its initializer.
        get => _fills ?? [];
        init => _fills = value;
    }

    private readonly IReadOnlyList<SpotOrderFill>? _fills;
}
