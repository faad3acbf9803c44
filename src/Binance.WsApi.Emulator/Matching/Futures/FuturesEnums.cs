namespace Binance.WsApi.Emulator.Matching.Futures;

/// <summary>Futures order types (PROTOCOL §6.1); wire names via <see cref="Wire"/>.</summary>
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

/// <summary>Algo order statuses of <c>algoOrder.place</c> (CONDITIONAL).</summary>
internal enum AlgoStatus
{
    New,
    Triggered,
    Finished,
    Canceled,
    Expired,
}
