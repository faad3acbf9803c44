namespace Binance.WsApi;

/// <summary>A futures position as a <see cref="FuturesAccountStateTracker"/> keeps it.</summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="PositionSide">BOTH (one-way mode), LONG or SHORT (hedge mode).</param>
/// <param name="Amount">The position amount (negative for a short in one-way mode; 0 when flat).</param>
/// <param name="EntryPrice">The entry price (0 when flat).</param>
public sealed record TrackedPosition(string Symbol, string PositionSide, decimal Amount, decimal EntryPrice);
