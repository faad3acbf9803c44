namespace Binance.WsApi.Emulator.Matching.Futures;

/// <summary>One position with everything the account methods print, computed under the exchange lock.</summary>
internal sealed record FuturesPositionView(
    FuturesSymbolState Symbol, decimal Amount, decimal EntryPrice, decimal MarkPrice, decimal Unrealized, decimal Notional,
    int Leverage, decimal PositionInitialMargin, decimal OpenOrderInitialMargin, decimal MaintMargin,
    decimal BidNotional, decimal AskNotional, bool HasOpenOrders, long UpdateTime);

/// <summary>One margin asset of an account, with margin totals.</summary>
internal sealed record FuturesAssetView(
    string Asset, decimal Wallet, decimal Unrealized, decimal PositionInitialMargin, decimal OpenOrderInitialMargin,
    decimal MaintMargin, decimal Available, long UpdateTime);

/// <summary>An account's futures state on one market.</summary>
internal sealed record FuturesAccountView(IReadOnlyList<FuturesAssetView> Assets, IReadOnlyList<FuturesPositionView> Positions, long UpdateTime);
