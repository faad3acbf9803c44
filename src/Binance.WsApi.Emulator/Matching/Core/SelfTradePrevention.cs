namespace Binance.WsApi.Emulator.Matching.Core;

/// <summary>The self-trade prevention rules of both markets (spot's TRANSFER behaves as DECREMENT here; futures has no DECREMENT).</summary>
internal enum StpRule
{
    None,
    ExpireTaker,
    ExpireMaker,
    ExpireBoth,
    Decrement,
}

/// <summary>What preventing one taker/maker meeting does: which side expires, and how much of each is prevented.</summary>
internal readonly record struct StpDecision(bool ExpireTaker, bool ExpireMaker, decimal TakerPrevented, decimal MakerPrevented);

/// <summary>The shared decision of a prevented self-trade (docs/protocol.md §8.5); recording it is the market's business.</summary>
internal static class SelfTradePrevention
{
    public static StpDecision Decide(StpRule rule, decimal takerRemaining, decimal makerRemaining) => rule switch
    {
        StpRule.ExpireTaker => new(true, false, takerRemaining, 0m),
        StpRule.ExpireMaker => new(false, true, 0m, makerRemaining),
        StpRule.ExpireBoth => new(true, true, takerRemaining, makerRemaining),
        StpRule.Decrement => Decrement(takerRemaining, makerRemaining),
        _ => new(false, false, 0m, 0m),
    };

    public static StpRule Of(StpMode mode) => mode switch
    {
        StpMode.ExpireTaker => StpRule.ExpireTaker,
        StpMode.ExpireMaker => StpRule.ExpireMaker,
        StpMode.ExpireBoth => StpRule.ExpireBoth,
        StpMode.Decrement or StpMode.Transfer => StpRule.Decrement,
        _ => StpRule.None,
    };

    public static StpRule Of(Futures.FuturesStp mode) => mode switch
    {
        Futures.FuturesStp.ExpireTaker => StpRule.ExpireTaker,
        Futures.FuturesStp.ExpireMaker => StpRule.ExpireMaker,
        Futures.FuturesStp.ExpireBoth => StpRule.ExpireBoth,
        _ => StpRule.None,
    };

    private static StpDecision Decrement(decimal takerRemaining, decimal makerRemaining)
    {
        decimal q = Math.Min(takerRemaining, makerRemaining);
        return new(takerRemaining - q <= 0m, makerRemaining - q <= 0m, q, q);
    }
}
