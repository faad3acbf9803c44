namespace Binance.WsApi.Emulator.Matching;

/// <summary>Order side.</summary>
internal enum Side
{
    Buy,
    Sell,
}

/// <summary>Spot order types (docs/protocol.md §8.1).</summary>
internal enum OrderKind
{
    Limit,
    LimitMaker,
    Market,
    StopLoss,
    StopLossLimit,
    TakeProfit,
    TakeProfitLimit,
}

/// <summary>timeInForce (docs/protocol.md §8.2).</summary>
internal enum Tif
{
    Gtc,
    Ioc,
    Fok,
}

/// <summary>Order status (docs/protocol.md §8.3).</summary>
internal enum OrderStatus
{
    PendingNew,
    New,
    PartiallyFilled,
    Filled,
    Canceled,
    Rejected,
    Expired,
    ExpiredInMatch,
}

/// <summary>Self-trade prevention modes (docs/protocol.md §8.5).</summary>
internal enum StpMode
{
    None,
    ExpireTaker,
    ExpireMaker,
    ExpireBoth,
    Decrement,
    Transfer,
}

/// <summary>expiryReason values (docs/protocol.md §8.3).</summary>
internal enum ExpiryReason
{
    None,
    Rejected,
    ExchangeCanceled,
    OcoTrigger,
    OtoPhaseOneExpired,
    UnfilledIocQuantityExpired,
    UnfilledFokOrderExpired,
    InsufficientLiquidity,
    ExecutionRulePriceRangeExceeded,
}

/// <summary>executionReport <c>x</c> values (docs/protocol.md §5.7).</summary>
internal enum ExecutionType
{
    New,
    Canceled,
    Replaced,
    Rejected,
    Trade,
    Expired,
    TradePrevention,
}

/// <summary>Order list kinds as reported (OPO/OPOCO report <c>OTO</c>, docs/protocol.md §9).</summary>
internal enum ContingencyType
{
    Oco,
    Oto,
}

/// <summary>listStatusType.</summary>
internal enum ListStatusType
{
    Response,
    ExecStarted,
    Updated,
    AllDone,
}

/// <summary>listOrderStatus.</summary>
internal enum ListOrderStatus
{
    Executing,
    AllDone,
    Reject,
}

/// <summary>newOrderRespType.</summary>
internal enum ResponseType
{
    Ack,
    Result,
    Full,
}

/// <summary>cancelRestrictions.</summary>
internal enum CancelRestrictions
{
    OnlyNew,
    OnlyPartiallyFilled,
}
