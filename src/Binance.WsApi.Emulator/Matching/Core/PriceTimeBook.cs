namespace Binance.WsApi.Emulator.Matching.Core;

/// <summary>
/// The order book both markets share: per side, price levels sorted best first (a sorted dictionary), each level a
/// FIFO queue (a linked list, so an order leaves in O(1) through its node). Price-time priority is the iteration order.
/// What an order means for balances, margin or positions stays with the market; the book only holds and orders them.
/// </summary>
internal class PriceTimeBook<TOrder>
    where TOrder : class, IBookOrder<TOrder>
{
    private readonly SortedDictionary<decimal, LinkedList<TOrder>> _bids = new(Comparer<decimal>.Create((a, b) => b.CompareTo(a)));
    private readonly SortedDictionary<decimal, LinkedList<TOrder>> _asks = new();

    /// <summary>Incremented on every change of the book (depth's lastUpdateId on spot).</summary>
    public long UpdateId { get; private set; } = 1;

    /// <summary>Rests an order at the back of its price level.</summary>
    public void Add(TOrder order)
    {
        var side = Levels(order.Side);
        if (!side.TryGetValue(order.Price, out LinkedList<TOrder>? level))
        {
            level = new LinkedList<TOrder>();
            side[order.Price] = level;
        }

        order.BookNode = level.AddLast(order);
        UpdateId++;
    }

    /// <summary>Takes an order off the book (nothing when it does not rest).</summary>
    /// <returns>The order that was behind it in its level (for <see cref="Restore"/>), or null.</returns>
    public TOrder? Remove(TOrder order)
    {
        if (order.BookNode is not { } node)
        {
            return null;
        }

        TOrder? behind = node.Next?.Value;
        LinkedList<TOrder> level = node.List!;
        level.Remove(node);
        order.BookNode = null;
        if (level.Count == 0)
        {
            Levels(order.Side).Remove(order.Price);
        }

        UpdateId++;
        return behind;
    }

    /// <summary>Puts a removed order back where it was: before <paramref name="behind"/> when that still rests, else at the back.</summary>
    public void Restore(TOrder order, TOrder? behind)
    {
        if (behind?.BookNode is { } next && behind.Price == order.Price && behind.Side == order.Side)
        {
            order.BookNode = next.List!.AddBefore(next, order);
            UpdateId++;
            return;
        }

        Add(order);
    }

    /// <summary>Moves an order to the back of its level (an iceberg refill loses priority).</summary>
    public void MoveToBack(TOrder order)
    {
        if (order.BookNode is not { } node)
        {
            return;
        }

        LinkedList<TOrder> level = node.List!;
        level.Remove(node);
        order.BookNode = level.AddLast(order);
        UpdateId++;
    }

    /// <summary>Notes a change that did not add or remove an order (a fill, an amend).</summary>
    public void Touch() => UpdateId++;

    public bool Holds(TOrder order) => order.BookNode is { List: not null };

    /// <summary>The first order of the best level of the side opposite to <paramref name="takerSide"/>.</summary>
    public TOrder? BestOpposite(Side takerSide) => Best(Opposite(takerSide));

    /// <summary>The first order of the best level of <paramref name="side"/>.</summary>
    public TOrder? Best(Side side)
    {
        foreach (LinkedList<TOrder> level in Levels(side).Values)
        {
            return level.First!.Value;
        }

        return null;
    }

    public decimal? BestPrice(Side side)
    {
        foreach (decimal price in Levels(side).Keys)
        {
            return price;
        }

        return null;
    }

    /// <summary>The orders of one side in priority order (a snapshot: the caller may change the book meanwhile).</summary>
    public IReadOnlyList<TOrder> InPriority(Side side)
    {
        var orders = new List<TOrder>();
        foreach (LinkedList<TOrder> level in Levels(side).Values)
        {
            orders.AddRange(level);
        }

        return orders;
    }

    /// <summary>Orders of the opposite side in matching order (a snapshot, for simulations).</summary>
    public IReadOnlyList<TOrder> OppositeInPriority(Side takerSide) => InPriority(Opposite(takerSide));

    /// <summary>Aggregated (price, quantity) levels of a side, best first, quantity as <paramref name="shown"/> says.</summary>
    public IReadOnlyList<(decimal Price, decimal Qty)> Depth(Side side, int limit, Func<TOrder, decimal> shown)
    {
        var result = new List<(decimal, decimal)>();
        foreach (var (price, level) in Levels(side))
        {
            if (result.Count >= limit)
            {
                break;
            }

            decimal qty = 0m;
            foreach (TOrder order in level)
            {
                qty += shown(order);
            }

            result.Add((price, qty));
        }

        return result;
    }

    /// <summary>Every resting order, bids then asks, each side in priority order (a snapshot).</summary>
    public IReadOnlyList<TOrder> AllOrders() => [.. InPriority(Side.Buy), .. InPriority(Side.Sell)];

    /// <summary>The orders resting at one price on one side, oldest first.</summary>
    public IEnumerable<TOrder> At(Side side, decimal price) =>
        Levels(side).TryGetValue(price, out LinkedList<TOrder>? level) ? level : [];

    public static Side Opposite(Side side) => side == Side.Buy ? Side.Sell : Side.Buy;

    private SortedDictionary<decimal, LinkedList<TOrder>> Levels(Side side) => side == Side.Buy ? _bids : _asks;
}
