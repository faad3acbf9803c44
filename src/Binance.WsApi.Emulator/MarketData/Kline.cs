namespace Binance.WsApi.Emulator.MarketData;

/// <summary>One kline: the 12-element array of docs/protocol.md §5.2 (the last element, "0", is constant).</summary>
internal sealed record Kline(
    long OpenTime, decimal Open, decimal High, decimal Low, decimal Close, decimal Volume, long CloseTime, decimal QuoteVolume,
    int TradeCount, decimal TakerBuyBaseVolume, decimal TakerBuyQuoteVolume);
