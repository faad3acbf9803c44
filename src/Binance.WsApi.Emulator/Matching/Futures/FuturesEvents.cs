using Binance.WsApi.Emulator.Accounts;

namespace Binance.WsApi.Emulator.Matching.Futures;

/// <summary>Receives each futures operation's events, in order, under the exchange lock (so it must only enqueue).</summary>
internal interface IFuturesEventSink
{
    /// <summary>Whether anyone follows the account on the market; engines skip recording events nobody would get.</summary>
    bool IsFollowed(Protocol.MarketKind market, Account account);

    void Publish(Protocol.MarketKind market, IReadOnlyList<FuturesEvent> batch);
}

/// <summary>Something that happened to one account during a futures operation.</summary>
internal abstract record FuturesEvent(Account Account, long Time);

/// <summary>An order changed: <paramref name="ExecutionType"/> NEW, TRADE, CANCELED, EXPIRED or AMENDMENT; <see cref="Order"/> is a snapshot.</summary>
internal sealed record FuturesOrderEvent(FuturesSymbolState Symbol, FuturesOrder Order, string ExecutionType, FuturesFillInfo? Fill, long Time)
    : FuturesEvent(Order.Account, Time);

/// <summary>An algo order reached <paramref name="Status"/> (ALGO_UPDATE); <see cref="Algo"/> is a snapshot.</summary>
internal sealed record FuturesAlgoEvent(FuturesSymbolState Symbol, AlgoOrder Algo, AlgoStatus Status, long Time) : FuturesEvent(Algo.Account, Time);

/// <summary>One fill of an order.</summary>
internal sealed record FuturesFillInfo(decimal Quantity, decimal Price, long TradeId, bool Maker, decimal Commission, string CommissionAsset, decimal RealizedProfit);

/// <summary>An account's balances and positions after an operation changed them (reason ORDER).</summary>
internal sealed record FuturesAccountUpdateEvent(
    Account Account, long Time, IReadOnlyList<FuturesBalanceSnapshot> Balances, IReadOnlyList<FuturesPositionSnapshot> Positions)
    : FuturesEvent(Account, Time);

/// <summary>A wallet after the change; the balance change excludes PnL and commission (Binance's <c>bc</c>), so 0 for orders.</summary>
internal sealed record FuturesBalanceSnapshot(string Asset, decimal WalletBalance, decimal BalanceChange);

/// <summary>A position after the change (one-way mode, cross margin).</summary>
internal sealed record FuturesPositionSnapshot(
    FuturesSymbolState Symbol, decimal Amount, decimal EntryPrice, decimal AccumulatedRealized, decimal Unrealized);
