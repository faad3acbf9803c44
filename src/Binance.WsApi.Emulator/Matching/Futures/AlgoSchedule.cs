namespace Binance.WsApi.Emulator.Matching.Futures;

/// <summary>
/// When a TWAP / VP order sends its slices and how much should have executed after each: tick k (1-based) is due
/// at <see cref="StartMs"/> + <see cref="SpanMs"/> × k / <see cref="Ticks"/>, and after it the algo aims at k
/// slices executed (the last tick at the whole quantity, so it takes the remainder). Aiming at a cumulative target
/// rather than sending fixed slices means a slice that did not fill (no liquidity, a limit price) rolls into the next.
/// </summary>
internal sealed record AlgoSchedule(long StartMs, long SpanMs, int Ticks, decimal Slice, decimal Total)
{
    /// <summary>VP works in one-minute intervals.</summary>
    public const long VpIntervalMs = 60_000;

    /// <summary>TWAP aims at one slice a minute (Binance asks quantity × 60 / duration to be above minQty, i.e. a slice a minute).</summary>
    public const long TwapTargetIntervalSeconds = 60;

    public long DueMs(int tick) => StartMs + (SpanMs * tick / Ticks);

    public decimal TargetAfter(int tick) => tick >= Ticks ? Total : Math.Min(Total, Slice * tick);

    /// <summary>
    /// TWAP: duration / 60 equal slices (at least one), fewer when the quantity holds fewer lots, each a multiple of
    /// the step size; the last takes the remainder. The last tick is due exactly at the end of the duration.
    /// </summary>
    public static AlgoSchedule Twap(long startMs, long durationSeconds, decimal quantity, decimal step, decimal minQty)
    {
        decimal unit = Math.Max(step, minQty);
        int ticks = (int)Math.Max(1, durationSeconds / TwapTargetIntervalSeconds);
        if (unit > 0m)
        {
            ticks = (int)Math.Max(1m, Math.Min(ticks, Math.Floor(quantity / unit)));
        }

        return new AlgoSchedule(startMs, durationSeconds * 1000, ticks, RoundDown(quantity / ticks, step), quantity);
    }

    /// <summary>VP: a fixed share of the quantity per minute by urgency (LOW 5 %, MEDIUM 10 %, HIGH 20 %), at least one lot.</summary>
    public static AlgoSchedule Vp(long startMs, VpUrgency urgency, decimal quantity, decimal step, decimal minQty)
    {
        decimal rate = urgency switch
        {
            VpUrgency.Low => 0.05m,
            VpUrgency.Medium => 0.10m,
            _ => 0.20m,
        };
        decimal slice = Math.Min(quantity, Math.Max(RoundDown(quantity * rate, step), Math.Max(step, minQty)));
        int ticks = (int)Math.Ceiling(quantity / slice);
        return new AlgoSchedule(startMs, VpIntervalMs * ticks, ticks, slice, quantity);
    }

    private static decimal RoundDown(decimal value, decimal step) => step > 0m ? Math.Floor(value / step) * step : value;
}
