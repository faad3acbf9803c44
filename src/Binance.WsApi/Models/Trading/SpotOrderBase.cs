namespace Binance.WsApi.Models;

/// <summary>
/// What every spot order report carries: its ids, plus the conditional fields Binance adds only when they apply
/// (iceberg, stop, trailing, strategy, self-trade prevention, SOR, peg, expiry). Absent fields are null.
/// </summary>
public abstract record SpotOrderBase
{
    /// <summary>An empty order report (set the properties with an initializer).</summary>
    protected SpotOrderBase()
    {
    }

    /// <summary>The base fields as the client's hand-written readers collected them (one copy for every derived report).</summary>
    private protected SpotOrderBase(in Protocol.Readers.SpotOrderBaseFields b)
    {
        Symbol = b.Symbol!;
        OrderId = b.OrderId;
        OrderListId = b.OrderListId;
        ClientOrderId = b.ClientOrderId!;
        IcebergQty = b.IcebergQty;
        StopPrice = b.StopPrice;
        TrailingDelta = b.TrailingDelta;
        TrailingTime = b.TrailingTime;
        StrategyId = b.StrategyId;
        StrategyType = b.StrategyType;
        PreventedMatchId = b.PreventedMatchId;
        PreventedQuantity = b.PreventedQuantity;
        UsedSor = b.UsedSor;
        WorkingFloor = b.WorkingFloor;
        PegPriceType = b.PegPriceType;
        PegOffsetType = b.PegOffsetType;
        PegOffsetValue = b.PegOffsetValue;
        PeggedPrice = b.PeggedPrice;
        ExpiryReason = b.ExpiryReason;
    }

    /// <summary>The symbol.</summary>
    public string Symbol { get; init; } = string.Empty;

    /// <summary>The exchange's order id.</summary>
    public long OrderId { get; init; }

    /// <summary>The id of the order list the order belongs to; -1 for a single order.</summary>
    public long OrderListId { get; init; } = -1;

    /// <summary>The order's client id (the one sent, or the one the server generated).</summary>
    public string ClientOrderId { get; init; } = string.Empty;

    /// <summary>The visible quantity of an iceberg order.</summary>
    public decimal? IcebergQty { get; init; }

    /// <summary>The trigger price of a stop or take-profit order.</summary>
    public decimal? StopPrice { get; init; }

    /// <summary>Trailing delta in basis points.</summary>
    public int? TrailingDelta { get; init; }

    /// <summary>When trailing started, in milliseconds (-1 until it starts).</summary>
    public long? TrailingTime { get; init; }

    /// <summary>The order's strategy id.</summary>
    public long? StrategyId { get; init; }

    /// <summary>The order's strategy type.</summary>
    public int? StrategyType { get; init; }

    /// <summary>The id of the match a self-trade prevention blocked.</summary>
    public long? PreventedMatchId { get; init; }

    /// <summary>The quantity self-trade prevention expired.</summary>
    public decimal? PreventedQuantity { get; init; }

    /// <summary>True when the order went through smart order routing.</summary>
    public bool? UsedSor { get; init; }

    /// <summary>Where the order works (EXCHANGE or SOR).</summary>
    public WorkingFloor? WorkingFloor { get; init; }

    /// <summary>The peg of a pegged order.</summary>
    public PegPriceType? PegPriceType { get; init; }

    /// <summary>What the peg offset counts.</summary>
    public PegOffsetType? PegOffsetType { get; init; }

    /// <summary>The peg offset.</summary>
    public int? PegOffsetValue { get; init; }

    /// <summary>The price a pegged order currently has.</summary>
    public decimal? PeggedPrice { get; init; }

    /// <summary>Why the order expired, when it did.</summary>
    public ExpiryReason? ExpiryReason { get; init; }
}
