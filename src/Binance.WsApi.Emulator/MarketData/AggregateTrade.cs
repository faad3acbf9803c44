namespace Binance.WsApi.Emulator.MarketData;

/// <summary>An aggregate trade (trades.aggregate: a, p, q, f, l, T, m, M).</summary>
internal sealed record AggregateTrade(long Id, decimal Price, decimal Qty, long FirstTradeId, long LastTradeId, long Time, bool IsBuyerMaker);
