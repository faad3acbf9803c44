namespace Binance.WsApi.Emulator.Matching;

/// <summary>The engine's per-account history: orders, lists, trades, prevented matches, allocations, amendments.</summary>
internal sealed class AccountState
{
    public List<SpotOrder> Orders { get; } = [];

    public List<OrderList> Lists { get; } = [];

    public List<AccountTrade> Trades { get; } = [];

    public List<PreventedMatch> PreventedMatches { get; } = [];

    public List<Allocation> Allocations { get; } = [];

    public List<Amendment> Amendments { get; } = [];
}
