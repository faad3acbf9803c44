namespace Binance.WsApi.Emulator.Matching.Futures;

/// <summary>A placed order as accepted (for ACK) and as it stood after matching (for RESULT).</summary>
internal sealed record FuturesPlaceOutcome(FuturesOrder Accepted, FuturesOrder Result);
