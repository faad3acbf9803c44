namespace Binance.WsApi.AccountState;

/// <summary>
/// The tracked state of a spot account: balances, orders (open ones and a bounded memory of closed ones), and per
/// symbol the history floor and the highest ids seen. It decides what is new: every transition goes through
/// <see cref="TryRecord"/>, which drops one already seen (by order: <c>NEW</c> once, each trade id once, the end once),
/// so a transition rebuilt after a gap and the same transition arriving late on the stream count once. Not thread-safe:
/// the tracker holds its lock around every call.
/// </summary>
internal sealed class SpotAccountBook(int closedOrderMemory)
{
    private readonly Dictionary<string, BalanceEntry> _balances = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Symbol, long OrderId), OrderEntry> _orders = [];
    private readonly Queue<(string Symbol, long OrderId)> _closed = new();
    private readonly Dictionary<string, SymbolCursor> _symbols = new(StringComparer.Ordinal);
    private long _snapshotTime;
    private long _snapshotSequence;

    public IEnumerable<string> Symbols => _symbols.Keys;

    public SymbolCursor Cursor(string symbol)
    {
        if (!_symbols.TryGetValue(symbol, out SymbolCursor? cursor))
        {
            cursor = new SymbolCursor();
            _symbols[symbol] = cursor;
        }

        return cursor;
    }

    public OrderEntry? Find(string symbol, long orderId) => _orders.GetValueOrDefault((symbol, orderId));

    public IEnumerable<OrderEntry> OpenOrders => _orders.Values.Where(o => !o.IsClosed);

    public IReadOnlyList<TrackedBalance> Balances =>
        _balances.Select(b => new TrackedBalance(b.Key, b.Value.Free, b.Value.Locked)).OrderBy(b => b.Asset, StringComparer.Ordinal).ToArray();

    public TrackedBalance? Balance(string asset) =>
        _balances.TryGetValue(asset, out BalanceEntry? b) ? new TrackedBalance(asset, b.Free, b.Locked) : null;

    /// <summary>An order open at the start (or found open by a snapshot): state, not a transition.</summary>
    public void SeedOpen(SpotOrder order, long tradeFloor)
    {
        var entry = new OrderEntry(order.Symbol, order.OrderId)
        {
            SeenNew = true,
            ClientOrderId = order.ClientOrderId,
            Side = order.Side,
            Type = order.Type,
            Price = order.Price,
            Quantity = order.OrigQty,
            Filled = order.ExecutedQty,
            Quote = order.CumulativeQuoteQty,
            Status = order.Status,
        };
        _orders[(order.Symbol, order.OrderId)] = entry;
        SymbolCursor cursor = Cursor(order.Symbol);
        cursor.MaxOrderId = Math.Max(cursor.MaxOrderId, order.OrderId);
        cursor.TradeFloor = Math.Max(cursor.TradeFloor, tradeFloor);
    }

    /// <summary>
    /// Replaces every balance with a snapshot taken at <paramref name="updateTime"/>, answered after the tracker had
    /// been handed events up to number <paramref name="sequence"/>.
    /// </summary>
    public void ReplaceBalances(IEnumerable<SpotAccountBalance> balances, long updateTime, long sequence)
    {
        _balances.Clear();
        _snapshotTime = updateTime;
        _snapshotSequence = sequence;
        foreach (SpotAccountBalance b in balances)
        {
            _balances[b.Asset] = new BalanceEntry { Free = b.Free, Locked = b.Locked, UpdateTime = updateTime };
        }
    }

    /// <summary>An <c>outboundAccountPosition</c> (the tracker's <paramref name="sequence"/>-th event): applied unless the snapshot covers it.</summary>
    public void ApplyPosition(OutboundAccountPositionEvent position, long sequence)
    {
        if (CoveredBySnapshot(sequence, position.LastUpdateTime))
        {
            return;
        }

        foreach (AccountPositionBalance b in position.Balances)
        {
            _balances[b.Asset] = new BalanceEntry { Free = b.Free, Locked = b.Locked, UpdateTime = position.LastUpdateTime };
        }
    }

    /// <summary>
    /// An event handed over before the snapshot was answered and no newer than it is already in it (spot events and the
    /// answer share one socket, so the order they arrive in is the order they happened in).
    /// </summary>
    private bool CoveredBySnapshot(long sequence, long time) => sequence <= _snapshotSequence && time <= _snapshotTime;

    /// <summary>A <c>balanceUpdate</c>: a delta, applied unless a snapshot taken after it already includes it.</summary>
    public void ApplyBalanceUpdate(BalanceUpdateEvent update, long sequence)
    {
        if (CoveredBySnapshot(sequence, update.ClearTime))
        {
            return;
        }

        BalanceEntry entry = _balances.TryGetValue(update.Asset, out BalanceEntry? e) ? e : new BalanceEntry();
        _balances[update.Asset] = entry with { Free = entry.Free + update.Delta };
    }

    /// <summary>Records a transition unless it was seen already; returns whether it is new.</summary>
    public bool TryRecord(OrderTransition t)
    {
        SymbolCursor cursor = Cursor(t.Symbol);
        OrderEntry? entry = Find(t.Symbol, t.OrderId);
        if (entry is null)
        {
            // Not tracked and no newer than the history floor: an order closed before the start, or forgotten long
            // after it closed; anything about it now is a late copy.
            if (t.OrderId <= cursor.OrderFloor)
            {
                return false;
            }

            entry = new OrderEntry(t.Symbol, t.OrderId);
            _orders[(t.Symbol, t.OrderId)] = entry;
        }

        if (!entry.Accept(t, cursor.TradeFloor))
        {
            return false;
        }

        entry.ClientOrderId = t.ClientOrderId.Length > 0 ? t.ClientOrderId : entry.ClientOrderId;
        entry.Side = t.Side;
        entry.Type = t.OrderType;
        entry.Price = t.Price;
        entry.Quantity = t.Quantity;
        entry.Status = t.Status;
        entry.Filled = Math.Max(entry.Filled, t.CumulativeFilledQuantity);
        entry.Quote = Math.Max(entry.Quote, t.CumulativeQuoteQuantity);
        cursor.MaxOrderId = Math.Max(cursor.MaxOrderId, t.OrderId);
        cursor.MaxTradeId = Math.Max(cursor.MaxTradeId, t.TradeId);
        if (entry.IsClosed && !entry.Remembered)
        {
            entry.Remembered = true;
            _closed.Enqueue((t.Symbol, t.OrderId));
            while (_closed.Count > closedOrderMemory)
            {
                (string Symbol, long OrderId) old = _closed.Dequeue();
                _orders.Remove(old);
                SymbolCursor oldCursor = Cursor(old.Symbol);
                // Forgotten orders fall below the floor, so a very late copy of their events is still recognised.
                oldCursor.OrderFloor = Math.Max(oldCursor.OrderFloor, old.OrderId);
            }
        }

        return true;
    }

    internal sealed record BalanceEntry
    {
        public decimal Free { get; init; }

        public decimal Locked { get; init; }

        public long UpdateTime { get; init; }
    }

    /// <summary>Per symbol: ids at or below the floors are history; the maxima say where a repair starts reading.</summary>
    internal sealed class SymbolCursor
    {
        public long OrderFloor;
        public long TradeFloor;
        public long MaxOrderId;
        public long MaxTradeId;
    }

    internal sealed class OrderEntry(string symbol, long orderId)
    {
        private readonly HashSet<long> _trades = [];
        private HashSet<long>? _others;

        public string Symbol { get; } = symbol;

        public long OrderId { get; } = orderId;

        public bool SeenNew;
        public bool SeenEnd;
        public bool Remembered;
        public string ClientOrderId = string.Empty;
        public OrderSide Side;
        public OrderType Type;
        public decimal Price;
        public decimal Quantity;
        public decimal Filled;
        public decimal Quote;
        public OrderStatus Status;

        public bool IsClosed => SeenEnd || Status == OrderStatus.Filled;

        public bool HasTrade(long tradeId) => _trades.Contains(tradeId);

        public bool Accept(OrderTransition t, long tradeFloor)
        {
            switch (t.ExecutionType)
            {
                case "NEW":
                    if (SeenNew)
                    {
                        return false;
                    }

                    SeenNew = true;
                    return true;
                case "TRADE":
                    return t.TradeId > tradeFloor && _trades.Add(t.TradeId);
                default:
                    if (IsTerminal(t.Status))
                    {
                        if (SeenEnd)
                        {
                            return false;
                        }

                        SeenEnd = true;
                        return true;
                    }

                    // Amendments and the like: once per execution id (kept in the trade id slot by the mapping).
                    return (_others ??= []).Add(t.TradeId);
            }
        }

        public TrackedOrder ToTracked() => new()
        {
            Symbol = Symbol,
            OrderId = OrderId,
            ClientOrderId = ClientOrderId,
            Side = Side,
            OrderType = Type,
            Price = Price,
            Quantity = Quantity,
            FilledQuantity = Filled,
            Status = Status,
        };
    }

    public static bool IsTerminal(OrderStatus status) =>
        status == OrderStatus.Canceled || status == OrderStatus.Expired || status == OrderStatus.ExpiredInMatch || status == OrderStatus.Rejected;
}
