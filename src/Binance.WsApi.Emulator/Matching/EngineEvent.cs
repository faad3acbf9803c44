using Binance.WsApi.Emulator.Accounts;

namespace Binance.WsApi.Emulator.Matching;

/// <summary>
/// Domain events of the exchange, published after each engine operation in the order Binance's user data stream
/// sends them (docs/protocol.md §8.3): the orders' execution reports, then list statuses, then one balance event per
/// account that changed. The user data stream turns these into executionReport / listStatus /
/// outboundAccountPosition; the events carry snapshots, never live objects.
/// </summary>
internal abstract record EngineEvent(Account Account, long Time);

/// <summary>An order changed state. Trade fields are set for <see cref="ExecutionType.Trade"/> only.</summary>
internal sealed record OrderUpdateEvent(
    Account Account,
    long Time,
    SpotOrder Order,
    ExecutionType ExecutionType,
    string RejectReason,
    string? OrigClientOrderId,
    decimal LastQty = 0m,
    decimal LastPrice = 0m,
    decimal Commission = 0m,
    string? CommissionAsset = null,
    long TradeId = -1,
    bool IsMaker = false,
    long ExecutionId = 0) : EngineEvent(Account, Time);

/// <summary>An order list changed state.</summary>
internal sealed record ListStatusEvent(Account Account, long Time, OrderList List, IReadOnlyList<SpotOrder> Orders, ListStatusType StatusType, ListOrderStatus OrderStatus)
    : EngineEvent(Account, Time);

/// <summary>Balances of an account changed (only the assets that may have changed).</summary>
internal sealed record BalanceEvent(Account Account, long Time, IReadOnlyList<(string Asset, decimal Free, decimal Locked)> Balances)
    : EngineEvent(Account, Time);

/// <summary>A public trade happened.</summary>
internal sealed record TradeEvent(Account Account, long Time, SpotTrade Trade) : EngineEvent(Account, Time);
