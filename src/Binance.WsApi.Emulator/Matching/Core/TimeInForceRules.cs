namespace Binance.WsApi.Emulator.Matching.Core;

/// <summary>What a time in force means once the taker's walk is over, for both markets.</summary>
internal enum RemainderAction
{
    /// <summary>GTC (futures also GTX, GTD): what is left rests in the book.</summary>
    Rest,

    /// <summary>A market-style order: what is left expires (spot reason INSUFFICIENT_LIQUIDITY).</summary>
    ExpireMarket,

    /// <summary>IOC: what is left expires.</summary>
    ExpireIoc,

    /// <summary>FOK: what is left expires (spot checks all-or-none before matching; futures refuses with -5021).</summary>
    ExpireFok,

    /// <summary>The market stopped the walk (self-trade prevention, reduce-only): the order expires.</summary>
    ExpireStopped,
}

/// <summary>The shared rule for an order's remainder after matching (docs/protocol.md §8.2).</summary>
internal static class TimeInForceRules
{
    public static RemainderAction Remainder(bool marketStyle, bool immediateOrCancel, bool fillOrKill, bool stopped) =>
        stopped ? RemainderAction.ExpireStopped
        : marketStyle ? RemainderAction.ExpireMarket
        : immediateOrCancel ? RemainderAction.ExpireIoc
        : fillOrKill ? RemainderAction.ExpireFok
        : RemainderAction.Rest;
}
