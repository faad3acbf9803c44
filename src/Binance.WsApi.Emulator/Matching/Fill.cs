namespace Binance.WsApi.Emulator.Matching;

/// <summary>A fill of one order (FULL responses' <c>fills</c>).</summary>
internal sealed record Fill(decimal Price, decimal Qty, decimal Commission, string CommissionAsset, long TradeId, long? AllocId = null);
