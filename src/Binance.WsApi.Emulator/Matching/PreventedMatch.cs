namespace Binance.WsApi.Emulator.Matching;

/// <summary>A match that self-trade prevention stopped (myPreventedMatches).</summary>
internal sealed record PreventedMatch(
    string Symbol, long PreventedMatchId, long TakerOrderId, long MakerOrderId, StpMode Mode, decimal Price,
    decimal TakerPreventedQuantity, decimal MakerPreventedQuantity, long TransactTime);
