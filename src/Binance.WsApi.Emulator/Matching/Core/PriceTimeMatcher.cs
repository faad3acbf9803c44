namespace Binance.WsApi.Emulator.Matching.Core;

/// <summary>Why a taker's walk over the book ended.</summary>
internal enum MatchEnd
{
    /// <summary>The taker wants no more (filled, or ended by the market's own rules meanwhile).</summary>
    Done,

    /// <summary>No order left on the opposite side.</summary>
    BookEmpty,

    /// <summary>The best opposite price is beyond the taker's limit.</summary>
    PriceLimit,

    /// <summary>The market stopped the walk at a maker (self-trade prevention, reduce-only, a price band, a budget).</summary>
    Stopped,
}

/// <summary>
/// The matching walk both markets share: price-time priority (always the first order of the best opposite level),
/// the limit price, and who meets whom. What a meeting does — a trade with its balances or positions, a prevented
/// self-trade, a cap — is the market's <c>meet</c> callback, which must take the maker off the book or shrink the
/// taker (or answer false) so that the walk moves on.
/// </summary>
internal static class PriceTimeMatcher
{
    /// <param name="book">The book of the symbol.</param>
    /// <param name="takerSide">The taker's side; it meets the other side.</param>
    /// <param name="limit">The taker's limit price; null for market-style orders.</param>
    /// <param name="wantsMore">Whether the taker is still open with quantity left.</param>
    /// <param name="meet">Handles one maker; false stops the walk.</param>
    public static MatchEnd Walk<TOrder>(PriceTimeBook<TOrder> book, Side takerSide, decimal? limit, Func<bool> wantsMore, Func<TOrder, bool> meet)
        where TOrder : class, IBookOrder<TOrder>
    {
        while (wantsMore())
        {
            if (book.BestOpposite(takerSide) is not { } maker)
            {
                return MatchEnd.BookEmpty;
            }

            if (!Crosses(takerSide, limit, maker.Price))
            {
                return MatchEnd.PriceLimit;
            }

            if (!meet(maker))
            {
                return MatchEnd.Stopped;
            }
        }

        return MatchEnd.Done;
    }

    /// <summary>Whether a taker with <paramref name="limit"/> (null = any price) trades at <paramref name="makerPrice"/>.</summary>
    public static bool Crosses(Side takerSide, decimal? limit, decimal makerPrice) =>
        limit is not { } l || (takerSide == Side.Buy ? makerPrice <= l : makerPrice >= l);
}
