namespace Binance.WsApi.Emulator.Matching;

/// <summary>One side of a trade as the account sees it (myTrades).</summary>
internal sealed record AccountTrade(
    string Symbol, long Id, long OrderId, long OrderListId, decimal Price, decimal Qty, decimal QuoteQty,
    decimal Commission, string CommissionAsset, long Time, bool IsBuyer, bool IsMaker);
