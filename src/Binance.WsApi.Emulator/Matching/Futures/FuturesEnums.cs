namespace Binance.WsApi.Emulator.Matching.Futures;

/// <summary>Futures order types (docs/protocol.md §6.1); wire names via <see cref="Wire"/>.</summary>
internal enum FuturesOrderType
{
    Limit,
    Market,
    Stop,
    StopMarket,
    TakeProfit,
    TakeProfitMarket,
    TrailingStopMarket,
}

/// <summary>Futures time in force: GTX is post-only, GTD expires at <c>goodTillDate</c>.</summary>
internal enum FuturesTif
{
    Gtc,
    Ioc,
    Fok,
    Gtx,
    Gtd,
}

/// <summary>Futures order statuses.</summary>
internal enum FuturesOrderStatus
{
    New,
    PartiallyFilled,
    Filled,
    Canceled,
    Expired,
}

/// <summary>Which price a conditional order watches: the last trade (CONTRACT_PRICE) or the mark price.</summary>
internal enum WorkingType
{
    ContractPrice,
    MarkPrice,
}

/// <summary>Futures self-trade prevention modes (no DECREMENT/TRANSFER, unlike spot).</summary>
internal enum FuturesStp
{
    None,
    ExpireTaker,
    ExpireMaker,
    ExpireBoth,
}

/// <summary>
/// Algo order statuses of <c>algoOrder.place</c>. CONDITIONAL: NEW, TRIGGERED, FINISHED, CANCELED, EXPIRED.
/// TWAP / VP (our extension): NEW until the first slice, WORKING (Binance's name on its algo service) while slices go
/// out, then FINISHED, CANCELED or EXPIRED.
/// </summary>
internal enum AlgoStatus
{
    New,

    /// <summary>Only on ALGO_UPDATE: the trigger condition was met and the order is on its way to the engine.</summary>
    Triggering,
    Triggered,
    Finished,
    Canceled,
    Expired,
    Working,
}

/// <summary>The algoType of an algo order: CONDITIONAL (documented on the WS API), TWAP and VP (worked over time; our extension).</summary>
internal enum AlgoKind
{
    Conditional,
    Twap,
    Vp,
}

/// <summary>How fast a VP (volume participation) order works: the share of its quantity sent per interval.</summary>
internal enum VpUrgency
{
    Low,
    Medium,
    High,
}
