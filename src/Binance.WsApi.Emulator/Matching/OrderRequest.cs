namespace Binance.WsApi.Emulator.Matching;

/// <summary>A validated-for-shape new order (parameters parsed, per-type rules checked); filters and the engine judge the rest.</summary>
internal sealed record OrderRequest
{
    public required string Symbol { get; init; }

    public required Side Side { get; init; }

    public required OrderKind Kind { get; init; }

    public Tif? TimeInForce { get; init; }

    public decimal? Price { get; init; }

    public decimal? Quantity { get; init; }

    public decimal? QuoteOrderQty { get; init; }

    public decimal? StopPrice { get; init; }

    public int? TrailingDelta { get; init; }

    public decimal? IcebergQty { get; init; }

    public string? NewClientOrderId { get; init; }

    public long? StrategyId { get; init; }

    public int? StrategyType { get; init; }

    public StpMode? Stp { get; init; }

    /// <summary>Placed through sor.order.place: reported with workingFloor SOR and usedSor, fills allocated.</summary>
    public bool Sor { get; init; }

    public bool IsLimitKind => Kind is OrderKind.Limit or OrderKind.LimitMaker or OrderKind.StopLossLimit or OrderKind.TakeProfitLimit;

    public bool IsMarketKind => Kind is OrderKind.Market or OrderKind.StopLoss or OrderKind.TakeProfit;

    public bool IsStopKind => Kind is OrderKind.StopLoss or OrderKind.StopLossLimit or OrderKind.TakeProfit or OrderKind.TakeProfitLimit;
}
