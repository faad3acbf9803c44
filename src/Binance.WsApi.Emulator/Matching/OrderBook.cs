namespace Binance.WsApi.Emulator.Matching;

/// <summary>
/// Resting orders of one symbol with price-time priority: price levels sorted best first, each a FIFO queue.
/// Quantities shown in depth are the visible ones (iceberg slices).
/// </summary>
internal sealed class OrderBook
{
    private readonly SortedDictionary<decimal, LinkedList<SpotOrder>> _bids = new(Comparer<decimal>.Create((a, b) => b.CompareTo(a)));
    private readonly SortedDictionary<decimal, LinkedList<SpotOrder>> _asks = new();

    /// <summary>Incremented on every change of the book (depth's lastUpdateId).</summary>
    public long UpdateId { get; private set; } = 1;

    public void Add(SpotOrder order)
    {
        var side = Levels(order.Side);
        if (!side.TryGetValue(order.Price, out LinkedList<SpotOrder>? level))
        {
            level = new LinkedList<SpotOrder>();
            side[order.Price] = level;
        }

        order.BookNode = level.AddLast(order);
        UpdateId++;
    }

    public void Remove(SpotOrder order)
    {
        if (order.BookNode is not { } node)
        {
            return;
        }

        var side = Levels(order.Side);
        LinkedList<SpotOrder> level = node.List!;
        level.Remove(node);
        order.BookNode = null;
        if (level.Count == 0)
        {
            side.Remove(order.Price);
        }

        UpdateId++;
    }

    /// <summary>What one account has resting at one price on one side (the market maker's refill check).</summary>
    public decimal RemainingAt(Side side, decimal price, Accounts.Account account)
    {
        decimal have = 0m;
        if (Levels(side).TryGetValue(price, out LinkedList<SpotOrder>? level))
        {
            foreach (SpotOrder order in level)
            {
                if (order.Account == account)
                {
                    have += order.Remaining;
                }
            }
        }

        return have;
    }

    /// <summary>Moves an order to the back of its level (iceberg refill loses priority).</summary>
    public void MoveToBack(SpotOrder order)
    {
        if (order.BookNode is not { } node)
        {
            return;
        }

        LinkedList<SpotOrder> level = node.List!;
        level.Remove(node);
        order.BookNode = level.AddLast(order);
        UpdateId++;
    }

    /// <summary>Notes a change that did not add or remove an order (a fill, an amend).</summary>
    public void Touch() => UpdateId++;

    /// <summary>The first order of the best level of the side opposite to <paramref name="takerSide"/>.</summary>
    public SpotOrder? BestOpposite(Side takerSide)
    {
        var side = Levels(takerSide == Side.Buy ? Side.Sell : Side.Buy);
        foreach (var level in side.Values)
        {
            return level.First!.Value;
        }

        return null;
    }

    /// <summary>Orders of the opposite side in matching order (a snapshot, for simulations).</summary>
    public IEnumerable<SpotOrder> OppositeInPriority(Side takerSide)
    {
        var side = Levels(takerSide == Side.Buy ? Side.Sell : Side.Buy);
        foreach (var level in side.Values.ToList())
        {
            foreach (SpotOrder order in level.ToList())
            {
                yield return order;
            }
        }
    }

    public decimal? BestPrice(Side side)
    {
        foreach (decimal price in Levels(side).Keys)
        {
            return price;
        }

        return null;
    }

    /// <summary>Aggregated (price, visible quantity) levels, best first.</summary>
    public IReadOnlyList<(decimal Price, decimal Qty)> Depth(Side side, int limit)
    {
        var result = new List<(decimal, decimal)>();
        foreach (var (price, level) in Levels(side))
        {
            if (result.Count >= limit)
            {
                break;
            }

            decimal qty = 0m;
            foreach (SpotOrder order in level)
            {
                qty += order.VisibleRemaining;
            }

            result.Add((price, qty));
        }

        return result;
    }

    public IEnumerable<SpotOrder> AllOrders() =>
        _bids.Values.SelectMany(l => l).Concat(_asks.Values.SelectMany(l => l)).ToList();

    private SortedDictionary<decimal, LinkedList<SpotOrder>> Levels(Side side) => side == Side.Buy ? _bids : _asks;
}
