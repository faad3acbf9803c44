using Binance.WsApi.Emulator.Accounts;

namespace Binance.WsApi.Emulator.Matching.Futures;

/// <summary>A futures order as the engine keeps it. Mutated only under the exchange lock; handlers get clones.</summary>
internal sealed class FuturesOrder : Core.IBookOrder<FuturesOrder>
{
    /// <summary>The order's place in the book while it rests (a clone keeps it as a "was resting" mark).</summary>
    public LinkedListNode<FuturesOrder>? BookNode { get; set; }

    public required long OrderId { get; init; }

    public required string ClientOrderId { get; set; }

    public required Account Account { get; init; }

    public required string Symbol { get; init; }

    public required Side Side { get; init; }

    public required FuturesOrderType Type { get; init; }

    public FuturesTif TimeInForce { get; init; }

    public decimal Price { get; set; }

    public decimal StopPrice { get; set; }

    public decimal OrigQty { get; set; }

    public decimal ExecutedQty { get; set; }

    /// <summary>USD-M: quote filled (cumQuote); COIN-M: base-coin value filled (cumBase).</summary>
    public decimal CumValue { get; set; }

    public bool ReduceOnly { get; init; }

    public bool ClosePosition { get; init; }

    public bool PriceProtect { get; init; }

    public WorkingType WorkingType { get; init; }

    public FuturesStp Stp { get; init; }

    public long GoodTillDate { get; init; }

    public decimal? ActivationPrice { get; set; }

    public decimal? CallbackRate { get; init; }

    /// <summary>Trailing stop: best price since activation (highest for a SELL, lowest for a BUY); null = not activated.</summary>
    public decimal? TrailingExtreme { get; set; }

    public FuturesOrderStatus Status { get; set; }

    /// <summary>A conditional order whose condition has been met (it now works like LIMIT/MARKET).</summary>
    public bool Triggered { get; set; }

    public long Time { get; init; }

    public long UpdateTime { get; set; }

    /// <summary>Leverage at placement (or the last modify), for the open-order margin.</summary>
    public int Leverage { get; set; }

    public decimal Remaining => OrigQty - ExecutedQty;

    public bool IsOpen => Status is FuturesOrderStatus.New or FuturesOrderStatus.PartiallyFilled;

    public bool IsConditional => Type is not (FuturesOrderType.Limit or FuturesOrderType.Market);

    /// <summary>Market-style execution (no limit price): MARKET and the *_MARKET conditional types.</summary>
    public bool IsMarketStyle => Type is FuturesOrderType.Market or FuturesOrderType.StopMarket
        or FuturesOrderType.TakeProfitMarket or FuturesOrderType.TrailingStopMarket;

    public FuturesOrder Clone() => (FuturesOrder)MemberwiseClone();
}
