using Binance.WsApi.Models;

namespace Binance.WsApi.AccountState;

/// <summary>
/// The futures account as a <see cref="FuturesAccountStateTracker"/> knows it: orders (what was reported of each, to
/// accept every transition once), balances and positions with the exchange time of their last value. Not thread-safe:
/// the tracker's lock guards it.
/// </summary>
internal sealed class FuturesAccountBook(int closedOrderMemory)
{
    private readonly Dictionary<(string Symbol, long OrderId), OrderEntry> _orders = [];
    private readonly Queue<(string Symbol, long OrderId)> _closed = new();

    /// <summary>
    /// Per symbol: the highest order id and the latest event time of the closed orders forgotten. A stream event of an
    /// order not tracked that is no newer on both is a late copy of a forgotten order (an order never seen has a newer
    /// event time: its events were not handed over before orders that closed later).
    /// </summary>
    private readonly Dictionary<string, (long OrderId, long Time)> _forgotten = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (TrackedFuturesBalance Balance, long Time)> _balances = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Symbol, string Side), (TrackedPosition Position, long Time)> _positions = [];

    private readonly HashSet<(string Symbol, string ClientOrderId)> _submitted = [];
    private readonly Queue<(string Symbol, string ClientOrderId)> _submittedOrder = new();

    /// <summary>Orders the client sent that no event or repair has reported yet: (symbol, client order id).</summary>
    public IReadOnlyCollection<(string Symbol, string ClientOrderId)> Submitted => _submitted;

    /// <summary>
    /// Remembers an order the client is sending. A placement refused outright never gets an event, so the oldest are
    /// forgotten past the closed-order memory; the set stays bounded when nothing repairs it.
    /// </summary>
    public void AddSubmitted(string symbol, string clientOrderId)
    {
        if (_submitted.Add((symbol, clientOrderId)))
        {
            _submittedOrder.Enqueue((symbol, clientOrderId));
        }

        while (_submittedOrder.Count > closedOrderMemory)
        {
            _submitted.Remove(_submittedOrder.Dequeue());
        }
    }

    /// <summary>Forgets a sent order (reported, or unknown to the exchange).</summary>
    public void RemoveSubmitted(string symbol, string clientOrderId)
    {
        if (_submitted.Remove((symbol, clientOrderId)) && _submittedOrder.Count > 2 * _submitted.Count + 16)
        {
            // Drop the queue's stale entries now and then so it stays proportional to the set.
            var kept = _submittedOrder.Where(_submitted.Contains).ToArray();
            _submittedOrder.Clear();
            foreach (var k in kept)
            {
                _submittedOrder.Enqueue(k);
            }
        }
    }

    public IEnumerable<OrderEntry> OpenOrders => _orders.Values.Where(o => !o.Ended);

    public IReadOnlyList<TrackedFuturesBalance> Balances =>
        _balances.Values.Select(b => b.Balance).OrderBy(b => b.Asset, StringComparer.Ordinal).ToArray();

    public IReadOnlyList<TrackedPosition> Positions =>
        _positions.Values.Select(p => p.Position).OrderBy(p => p.Symbol, StringComparer.Ordinal).ThenBy(p => p.PositionSide, StringComparer.Ordinal).ToArray();

    public TrackedFuturesBalance? Balance(string asset) => _balances.TryGetValue(asset, out var b) ? b.Balance : null;

    /// <summary>
    /// Accepts a transition the first time its effect is new: NEW once, a trade only when it moves the filled quantity
    /// on, the end once. Whatever arrives after the end is a copy. Returns false for a copy.
    /// </summary>
    public bool TryRecord(OrderTransition t)
    {
        var key = (t.Symbol, t.OrderId);
        if (!_orders.TryGetValue(key, out OrderEntry? entry))
        {
            // Only stream copies can be late: a repair looks up known open and sent orders, never a forgotten one.
            if (!t.IsSynthesized && _forgotten.TryGetValue(t.Symbol, out var floor) && t.OrderId <= floor.OrderId && t.Time <= floor.Time)
            {
                return false;
            }

            entry = new OrderEntry(t.Symbol, t.OrderId);
            _orders[key] = entry;
        }

        RemoveSubmitted(t.Symbol, t.ClientOrderId);
        if (entry.Ended)
        {
            return false;
        }

        bool accept = t.ExecutionType switch
        {
            "NEW" => !entry.SeenNew,
            "TRADE" => t.CumulativeFilledQuantity > entry.Filled,
            "AMENDMENT" => true,
            _ => true,
        };
        if (!accept)
        {
            return false;
        }

        entry.Update(t);
        if (entry.Ended)
        {
            _closed.Enqueue(key);
            while (_closed.Count > closedOrderMemory)
            {
                var old = _closed.Dequeue();
                if (_orders.Remove(old, out OrderEntry? gone))
                {
                    var floor = _forgotten.GetValueOrDefault(old.Symbol);
                    _forgotten[old.Symbol] = (Math.Max(floor.OrderId, old.OrderId), Math.Max(floor.Time, gone.LastTime));
                }
            }
        }

        return true;
    }

    public OrderEntry? Order(string symbol, long orderId) => _orders.GetValueOrDefault((symbol, orderId));

    /// <summary>A balance from the stream, unless the book holds a newer value (a snapshot taken after the event).</summary>
    public void ApplyBalance(string asset, decimal wallet, decimal crossWallet, long time)
    {
        if (!_balances.TryGetValue(asset, out var known) || time >= known.Time)
        {
            _balances[asset] = (new TrackedFuturesBalance(asset, wallet, crossWallet), time);
        }
    }

    /// <summary>A position from the stream, unless the book holds a newer value.</summary>
    public void ApplyPosition(FuturesPositionUpdate p, long time)
    {
        var key = (p.Symbol, p.PositionSide);
        if (!_positions.TryGetValue(key, out var known) || time >= known.Time)
        {
            _positions[key] = (new TrackedPosition(p.Symbol, p.PositionSide, p.PositionAmount, p.EntryPrice), time);
        }
    }

    /// <summary>The snapshot replaces every balance; its time is the newest of the snapshot and the value kept.</summary>
    public void ReplaceBalances(IReadOnlyList<FuturesBalance> balances, long answeredAt)
    {
        foreach (FuturesBalance b in balances)
        {
            long time = Math.Max(b.UpdateTime, answeredAt);
            _balances[b.Asset] = (new TrackedFuturesBalance(b.Asset, b.Balance, b.CrossWalletBalance), time);
        }
    }

    /// <summary>The snapshot replaces every position; a position it no longer lists is flat.</summary>
    public void ReplacePositions(IReadOnlyList<FuturesPosition> positions, long answeredAt)
    {
        var listed = new HashSet<(string, string)>();
        foreach (FuturesPosition p in positions)
        {
            var key = (p.Symbol, p.PositionSide.Value);
            listed.Add(key);
            _positions[key] = (new TrackedPosition(p.Symbol, p.PositionSide.Value, p.PositionAmt, p.EntryPrice), Math.Max(p.UpdateTime, answeredAt));
        }

        foreach (var key in _positions.Keys.Where(k => !listed.Contains(k)).ToArray())
        {
            _positions[key] = (new TrackedPosition(key.Symbol, key.Side, 0m, 0m), answeredAt);
        }
    }

    /// <summary>What the tracker knows of one order.</summary>
    internal sealed class OrderEntry(string symbol, long orderId)
    {
        public string Symbol { get; } = symbol;

        public long OrderId { get; } = orderId;

        public string ClientOrderId { get; private set; } = string.Empty;

        public OrderSide Side { get; private set; }

        public OrderType OrderType { get; private set; }

        public decimal Price { get; private set; }

        public decimal Quantity { get; private set; }

        public bool SeenNew { get; private set; }

        public bool Ended { get; private set; }

        public decimal Filled { get; private set; }

        /// <summary>The quote amount filled so far (average price times filled quantity).</summary>
        public decimal FilledQuote { get; private set; }

        public OrderStatus Status { get; private set; } = OrderStatus.New;

        /// <summary>The exchange time of the latest transition accepted.</summary>
        public long LastTime { get; private set; }

        public void Update(OrderTransition t)
        {
            LastTime = Math.Max(LastTime, t.Time);
            ClientOrderId = t.ClientOrderId;
            Side = t.Side;
            OrderType = t.OrderType;
            Price = t.Price;
            Quantity = t.Quantity;
            SeenNew = true;
            Status = t.Status;
            Filled = Math.Max(Filled, t.CumulativeFilledQuantity);
            FilledQuote = Math.Max(FilledQuote, t.CumulativeQuoteQuantity);
            Ended = !IsOpen(t.Status);
        }

        public TrackedOrder ToTracked() => new()
        {
            Symbol = Symbol, OrderId = OrderId, ClientOrderId = ClientOrderId, Side = Side, OrderType = OrderType, Price = Price,
            Quantity = Quantity, FilledQuantity = Filled, Status = Status,
        };

        public static bool IsOpen(OrderStatus status) => status == OrderStatus.New || status == OrderStatus.PartiallyFilled;
    }
}
