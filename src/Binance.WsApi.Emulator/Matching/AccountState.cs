namespace Binance.WsApi.Emulator.Matching;

/// <summary>The engine's per-account history: orders, lists, trades, prevented matches, allocations, amendments.</summary>
internal sealed class AccountState
{
    // Orders that were open when last looked at: placement checks (MAX_NUM_ORDERS, duplicate client ids) and open-order
    // queries read this instead of the whole history, so a long-running emulator does not slow down per order.
    private readonly List<SpotOrder> _maybeOpen = [];

    /// <summary>Every order of the account, oldest first (add with <see cref="Add"/>).</summary>
    public List<SpotOrder> Orders { get; } = [];

    public List<OrderList> Lists { get; } = [];

    public List<AccountTrade> Trades { get; } = [];

    public List<PreventedMatch> PreventedMatches { get; } = [];

    public List<Allocation> Allocations { get; } = [];

    public List<Amendment> Amendments { get; } = [];

    public void Add(SpotOrder order)
    {
        Orders.Add(order);
        _maybeOpen.Add(order);
    }

    /// <summary>
    /// The open orders, oldest first. Orders that have closed drop out as they are met (an order never reopens), so
    /// each is passed over at most once after closing. Only under the exchange's lock.
    /// </summary>
    public List<SpotOrder> OpenOrders()
    {
        _maybeOpen.RemoveAll(static o => !o.IsOpen);
        return _maybeOpen;
    }
}
