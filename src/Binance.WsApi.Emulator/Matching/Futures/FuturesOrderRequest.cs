namespace Binance.WsApi.Emulator.Matching.Futures;

/// <summary>A parsed futures order (order.place, or the order an algo order releases when it triggers).</summary>
internal sealed record FuturesOrderRequest
{
    public required string Symbol { get; init; }

    public required Side Side { get; init; }

    public required FuturesOrderType Type { get; init; }

    /// <summary>BOTH, LONG or SHORT as sent (one-way mode accepts only BOTH).</summary>
    public string PositionSide { get; init; } = "BOTH";

    public FuturesTif TimeInForce { get; init; } = FuturesTif.Gtc;

    /// <summary>Null only with <see cref="ClosePosition"/>.</summary>
    public decimal? Quantity { get; init; }

    public decimal? Price { get; init; }

    public decimal? StopPrice { get; init; }

    public bool ReduceOnly { get; init; }

    public bool ClosePosition { get; init; }

    public WorkingType WorkingType { get; init; } = WorkingType.ContractPrice;

    public bool PriceProtect { get; init; }

    public FuturesStp Stp { get; init; } = FuturesStp.None;

    public string? NewClientOrderId { get; init; }

    public decimal? ActivationPrice { get; init; }

    /// <summary>Trailing callback in percent (0.1 – 10).</summary>
    public decimal? CallbackRate { get; init; }

    public long GoodTillDate { get; init; }

    /// <summary>Set when an algo order releases this order: conditional checks (-4120) do not apply.</summary>
    public bool FromAlgo { get; init; }

    /// <summary>
    /// A child order of a TWAP / VP algo. The symbol's minimum notional does not apply to it: a slice is a fraction of
    /// an order that passed the check as a whole, and Binance's own algo sub-orders are that small too.
    /// </summary>
    public bool AlgoSlice { get; init; }
}
