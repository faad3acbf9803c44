using Binance.WsApi.Emulator.Matching.Core;

namespace Binance.WsApi.Emulator.Matching;

/// <summary>
/// A spot symbol's book: the shared <see cref="PriceTimeBook{TOrder}"/> plus what only spot shows — depth counts the
/// visible quantity (iceberg slices).
/// </summary>
internal sealed class OrderBook : PriceTimeBook<SpotOrder>
{
    /// <summary>What one account has resting at one price on one side (the market maker's refill check).</summary>
    public decimal RemainingAt(Side side, decimal price, Accounts.Account account) =>
        At(side, price).Where(o => o.Account == account).Sum(o => o.Remaining);

    /// <summary>Aggregated (price, visible quantity) levels, best first.</summary>
    public IReadOnlyList<(decimal Price, decimal Qty)> Depth(Side side, int limit) => Depth(side, limit, o => o.VisibleRemaining);
}
