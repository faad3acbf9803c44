using Binance.WsApi.Emulator.Accounts;

namespace Binance.WsApi.Emulator.Matching;

/// <summary>
/// One spot order with everything the API reports about it plus the engine's bookkeeping (reservation, queue
/// position, trigger state). Mutated only by <see cref="SpotExchange"/> under its lock; events carry clones.
/// </summary>
internal sealed class SpotOrder : Core.IBookOrder<SpotOrder>
{
    public required string Symbol { get; init; }

    public required long OrderId { get; init; }

    public required string ClientOrderId { get; set; }

    public required Account Account { get; init; }

    public required Side Side { get; init; }

    public required OrderKind Kind { get; init; }

    /// <summary>Reported timeInForce; orders without one report GTC, as Binance does.</summary>
    public Tif TimeInForce { get; init; } = Tif.Gtc;

    /// <summary>Limit price; 0 for MARKET / STOP_LOSS / TAKE_PROFIT.</summary>
    public decimal Price { get; init; }

    public decimal OrigQty { get; set; }

    public decimal ExecutedQty { get; set; }

    public decimal CumQuote { get; set; }

    public decimal OrigQuoteOrderQty { get; init; }

    public decimal StopPrice { get; init; }

    public int? TrailingDelta { get; init; }

    public long TrailingTime { get; set; } = -1;

    public decimal IcebergQty { get; init; }

    public long? StrategyId { get; init; }

    public int? StrategyType { get; init; }

    public StpMode Stp { get; init; }

    public OrderStatus Status { get; set; } = OrderStatus.New;

    public ExpiryReason ExpiryReason { get; set; } = ExpiryReason.None;

    public long Time { get; init; }

    public long UpdateTime { get; set; }

    public long WorkingTime { get; set; } = -1;

    public bool IsWorking { get; set; }

    public long OrderListId { get; set; } = -1;

    public long? PreventedMatchId { get; set; }

    public decimal PreventedQuantity { get; set; }

    /// <summary>"EXCHANGE" or "SOR" for SOR orders; null = not reported.</summary>
    public string? WorkingFloor { get; init; }

    public bool UsedSor { get; init; }

    // ---- engine bookkeeping ----

    /// <summary>Asset locked for this order (quote for BUY, base for SELL).</summary>
    public string ReserveAsset { get; set; } = string.Empty;

    /// <summary>Amount of <see cref="ReserveAsset"/> currently locked on behalf of this order.</summary>
    public decimal Reserved { get; set; }

    /// <summary>OCO legs share one reservation: the partner leg that holds it, when this leg holds none.</summary>
    public SpotOrder? SharesReserveWith { get; set; }

    /// <summary>Queue position: lower = earlier. Kept on amend, renewed on iceberg refill.</summary>
    public long Sequence { get; set; }

    /// <summary>Iceberg: quantity of the current visible slice still open.</summary>
    public decimal VisibleRemaining { get; set; }

    public int AmendCount { get; set; }

    /// <summary>Stop orders: the trigger fired (order is now a MARKET/LIMIT taker or resting).</summary>
    public bool Triggered { get; set; }

    /// <summary>Trailing stops: the best price seen since tracking started.</summary>
    public decimal TrailExtreme { get; set; }

    /// <summary>For MARKET quoteOrderQty orders: quote amount still to spend/receive.</summary>
    public decimal QuoteRemaining { get; set; }

    public OrderList? List { get; set; }

    /// <summary>OPO pending legs: quantity comes from the working order's proceeds when it fills.</summary>
    public bool QuantityFromProceeds { get; set; }

    public LinkedListNode<SpotOrder>? BookNode { get; set; }

    /// <summary>The other leg of an OCO pair (OCO lists, and the pending pair of OTOCO/OPOCO).</summary>
    public SpotOrder? OcoPartner { get; set; }

    /// <summary>MARKET by quoteOrderQty that found too little liquidity: ends EXPIRED even when its simulated quantity filled.</summary>
    public bool ExpireWhenDone { get; set; }

    /// <summary>What the order received net of commission (OPO: the pending legs' quantity).</summary>
    public decimal NetReceived { get; set; }

    public bool IsStopType => Kind is OrderKind.StopLoss or OrderKind.StopLossLimit or OrderKind.TakeProfit or OrderKind.TakeProfitLimit;

    /// <summary>Executes as a market order (MARKET, or a triggered STOP_LOSS / TAKE_PROFIT).</summary>
    public bool IsMarketLike => Kind is OrderKind.Market or OrderKind.StopLoss or OrderKind.TakeProfit;

    public bool IsOpen => Status is OrderStatus.New or OrderStatus.PartiallyFilled or OrderStatus.PendingNew;

    /// <summary>Quantity still open: original minus executed minus what STP DECREMENT took away.</summary>
    public decimal Remaining => OrigQty - ExecutedQty - PreventedQuantity;

    public string Base { get; init; } = string.Empty;

    public string Quote { get; init; } = string.Empty;

    public SpotOrder Clone() => (SpotOrder)MemberwiseClone();
}
