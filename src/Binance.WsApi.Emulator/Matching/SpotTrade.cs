namespace Binance.WsApi.Emulator.Matching;

/// <summary>A public trade of one symbol (what trades.recent / klines / tickers are computed from).</summary>
internal sealed record SpotTrade(
    string Symbol, long Id, decimal Price, decimal Qty, decimal QuoteQty, long Time, bool IsBuyerMaker, long BuyerOrderId, long SellerOrderId);
