using Binance.WsApi.Emulator;

namespace Binance.WsApi.Soak;

/// <summary>
/// Compares order transitions a reader saw with what the exchange recorded (its orders and trades since a floor):
/// every <c>NEW</c>, every trade of every order, every end (cancel, expiry, rejection) must appear exactly once, and
/// per order in the order they happened.
/// </summary>
public static class TransitionAudit
{
    /// <summary>The exchange's orders above <paramref name="orderFloor"/> and trades above <paramref name="tradeFloor"/>, as transition keys.</summary>
    public static async Task<IReadOnlyList<string>> ExpectedAsync(WebSocketApiClient client, string symbol, long orderFloor, long tradeFloor,
        CancellationToken cancellationToken)
    {
        var keys = new List<string>();
        var orders = new List<SpotOrder>();
        long from = orderFloor + 1;
        while (true)
        {
            IReadOnlyList<SpotOrder> page = (await client.GetSpotAllOrdersAsync(new SpotAllOrdersRequest(symbol) { OrderId = from, Limit = 1000 },
                null, cancellationToken)).Result;
            orders.AddRange(page);
            if (page.Count < 1000)
            {
                break;
            }

            from = page[^1].OrderId + 1;
        }

        var trades = new List<SpotAccountTrade>();
        var seenTrades = new HashSet<(long, long)>();
        long fromTrade = tradeFloor + 1;
        while (true)
        {
            IReadOnlyList<SpotAccountTrade> page = (await client.GetSpotMyTradesAsync(new SpotMyTradesRequest(symbol) { FromId = fromTrade, Limit = 1000 },
                null, cancellationToken)).Result;
            trades.AddRange(page.Where(t => seenTrades.Add((t.Id, t.OrderId))));
            if (page.Count < 1000)
            {
                break;
            }

            fromTrade = page[^1].Id;
            if (page.All(t => t.Id == fromTrade))
            {
                fromTrade++;
            }
        }

        ILookup<long, SpotAccountTrade> byOrder = trades.ToLookup(t => t.OrderId);
        foreach (SpotOrder order in orders)
        {
            keys.Add(Key(symbol, order.OrderId, "NEW"));
            keys.AddRange(byOrder[order.OrderId].OrderBy(t => t.Id).Select(t => Key(symbol, order.OrderId, "T" + t.Id)));
            if (order.Status == OrderStatus.Canceled || order.Status == OrderStatus.Expired || order.Status == OrderStatus.ExpiredInMatch
                || order.Status == OrderStatus.Rejected)
            {
                keys.Add(Key(symbol, order.OrderId, "END"));
            }
        }

        return keys;
    }

    /// <summary>The key of a transition, comparable with <see cref="ExpectedAsync"/>'s; null for kinds the audit ignores (amendments).</summary>
    public static string? KeyOf(OrderTransition t) => t.ExecutionType switch
    {
        "NEW" => Key(t.Symbol, t.OrderId, "NEW"),
        "TRADE" => Key(t.Symbol, t.OrderId, "T" + t.TradeId),
        "CANCELED" or "EXPIRED" or "REJECTED" or "TRADE_PREVENTION" => Key(t.Symbol, t.OrderId, "END"),
        _ => null,
    };

    /// <summary>Missed, duplicated, unexpected and out-of-order transitions of <paramref name="seen"/> against <paramref name="expected"/>.</summary>
    public static AuditResult Compare(IReadOnlyCollection<string> expected, IReadOnlyList<OrderTransition> seen)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int outOfOrder = 0;
        var lastStep = new Dictionary<(string, long), (int Rank, long TradeId)>();
        foreach (OrderTransition t in seen)
        {
            if (KeyOf(t) is not { } key)
            {
                continue;
            }

            counts[key] = counts.GetValueOrDefault(key) + 1;
            int rank = t.ExecutionType == "NEW" ? 0 : t.ExecutionType == "TRADE" ? 1 : 2;
            if (lastStep.TryGetValue((t.Symbol, t.OrderId), out (int Rank, long TradeId) last)
                && (rank < last.Rank || (rank == 1 && last.Rank == 1 && t.TradeId < last.TradeId)))
            {
                outOfOrder++;
            }

            lastStep[(t.Symbol, t.OrderId)] = (rank, t.TradeId);
        }

        var expectedSet = new HashSet<string>(expected, StringComparer.Ordinal);
        int missed = expectedSet.Count(k => !counts.ContainsKey(k));
        int duplicated = counts.Values.Sum(c => c - 1);
        int unexpected = counts.Keys.Count(k => !expectedSet.Contains(k));
        var examples = expectedSet.Where(k => !counts.ContainsKey(k)).Take(5).Select(k => "missed " + k)
            .Concat(counts.Where(c => c.Value > 1).Take(5).Select(c => $"{c.Value}x {c.Key}"))
            .Concat(counts.Keys.Where(k => !expectedSet.Contains(k)).Take(5).Select(k => "unexpected " + k)).ToArray();
        return new AuditResult(expectedSet.Count, counts.Values.Sum(), missed, duplicated, unexpected, outOfOrder, examples);
    }

    /// <summary>Compares every balance the tracker has with the emulator's (0 = equal).</summary>
    public static IReadOnlyList<string> BalanceDifferences(AccountStateTracker tracker, ExchangeEmulator emulator, string apiKey) =>
        tracker.GetBalances()
            .Select(b => (b, actual: emulator.GetBalance(apiKey, b.Asset)))
            .Where(x => x.b.Free != x.actual.Free || x.b.Locked != x.actual.Locked)
            .Select(x => $"{x.b.Asset}: tracker {x.b.Free}/{x.b.Locked}, emulator {x.actual.Free}/{x.actual.Locked}")
            .ToArray();

    private static string Key(string symbol, long orderId, string step) => $"{symbol}:{orderId}:{step}";
}

/// <summary>What <see cref="TransitionAudit.Compare"/> found.</summary>
public sealed record AuditResult(int Expected, int Seen, int Missed, int Duplicated, int Unexpected, int OutOfOrder, IReadOnlyList<string> Examples)
{
    /// <summary>True when every expected transition was seen exactly once, in order, and nothing else.</summary>
    public bool IsExact => Missed == 0 && Duplicated == 0 && Unexpected == 0 && OutOfOrder == 0;

    /// <inheritdoc />
    public override string ToString() =>
        $"expected {Expected}, seen {Seen}: missed {Missed}, duplicated {Duplicated}, unexpected {Unexpected}, out of order {OutOfOrder}"
        + (Examples.Count > 0 ? " (" + string.Join("; ", Examples) + ")" : string.Empty);
}
