using System.Collections.Concurrent;

namespace Binance.WsApi.Soak;

// After the workload: let the stream settle, then compare everything with the emulator's records.
public static partial class ChaosSoak
{
    private sealed partial class Run
    {
        /// <summary>
        /// Waits until the client answers again and the stream is live: places one resting order per symbol and waits for
        /// both readers to see it (everything before it in the stream has then been handled). An order placed while a
        /// resubscription was still under way never reaches the raw stream, so a round that does not settle soon is
        /// repeated with new orders.
        /// </summary>
        private static async Task SettleAsync(WebSocketApiClient client, AccountStateTracker tracker, ConcurrentQueue<OrderTransition> trackerSeen,
            ConcurrentQueue<(OrderTransition Transition, long? Subscription)> rawSeen, CancellationToken cancellationToken)
        {
            string state = string.Empty;
            for (int round = 0; round < 12; round++)
            {
                using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                deadline.CancelAfter(TimeSpan.FromSeconds(5));
                var marks = new List<(string Symbol, long OrderId)>();
                try
                {
                    foreach (string symbol in Symbols)
                    {
                        // Resting orders whose cancel was lost pile up; clearing them keeps the book under its order cap
                        // (and their cancels are transitions the audit checks like any other).
                        if (round == 0 || (await client.GetSpotOpenOrdersAsync(new SpotOpenOrdersRequest { Symbol = symbol }, null, deadline.Token)).Result.Count > 100)
                        {
                            await CancelAllAsync(client, symbol, deadline.Token);
                        }

                        OrderOutcome<SpotOrderBase> placed = await client.PlaceSpotOrderReconciledAsync(new SpotOrderRequest(symbol, OrderSide.Buy, OrderType.Limit)
                        {
                            TimeInForce = TimeInForce.Gtc,
                            Price = symbol == "BTCUSDT" ? 40000m : 2000m,
                            Quantity = symbol == "BTCUSDT" ? 0.001m : 0.01m,
                        }, cancellationToken: deadline.Token);
                        marks.Add((symbol, placed.Order?.OrderId ?? -1));
                    }

                    using var signal = new SemaphoreSlim(0);
                    // Order ids are per symbol: a mark is found by both.
                    while (!(marks.All(m => trackerSeen.Any(t => t.Symbol == m.Symbol && t.OrderId == m.OrderId && t.ExecutionType == "NEW"))
                             && marks.All(m => rawSeen.Any(r => r.Transition.Symbol == m.Symbol && r.Transition.OrderId == m.OrderId && r.Transition.ExecutionType == "NEW"))))
                    {
                        // Re-checks as the readers collect; the round's deadline bounds it.
                        await signal.WaitAsync(TimeSpan.FromMilliseconds(50), deadline.Token);
                    }

                    return;
                }
                catch (Exception ex) when (ex is WsApiException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
                {
                    state = $"last orders {string.Join(",", marks)}; tracker saw {marks.Count(m => trackerSeen.Any(t => t.Symbol == m.Symbol && t.OrderId == m.OrderId))}, "
                        + $"raw stream {marks.Count(m => rawSeen.Any(r => r.Transition.Symbol == m.Symbol && r.Transition.OrderId == m.OrderId))}; subscription "
                        + $"{client.GetUserDataSubscriptionId(WsApiEndpoint.Spot)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}; "
                        + $"repairs {tracker.ReconciliationCount}; {ex.GetType().Name}: {ex.Message}";
                }
            }

            throw new TimeoutException("The user data stream did not settle after the workload: " + state);
        }

        private static async Task CancelAllAsync(WebSocketApiClient client, string symbol, CancellationToken cancellationToken)
        {
            try
            {
                await client.CancelAllSpotOpenOrdersAsync(new SpotCancelAllOpenOrdersRequest(symbol), null, cancellationToken);
            }
            catch (BinanceApiException refused) when (refused.Code == -2011)
            {
                // Nothing open.
            }
        }

        private static async Task<(long Orders, long Trades)> FloorsAsync(WebSocketApiClient client, string symbol, CancellationToken cancellationToken)
        {
            IReadOnlyList<SpotOrder> orders = (await client.GetSpotAllOrdersAsync(new SpotAllOrdersRequest(symbol) { Limit = 1 }, null, cancellationToken)).Result;
            IReadOnlyList<SpotAccountTrade> trades = (await client.GetSpotMyTradesAsync(new SpotMyTradesRequest(symbol) { Limit = 1 }, null, cancellationToken)).Result;
            return (orders.Count > 0 ? orders[^1].OrderId : 0, trades.Count > 0 ? trades[^1].Id : 0);
        }

        private static async Task<int> DuplicateClientOrderIdsAsync(WebSocketApiClient client, string symbol, long floor, CancellationToken cancellationToken)
        {
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            long from = floor + 1;
            while (true)
            {
                IReadOnlyList<SpotOrder> page = (await client.GetSpotAllOrdersAsync(new SpotAllOrdersRequest(symbol) { OrderId = from, Limit = 1000 }, null,
                    cancellationToken)).Result;
                foreach (SpotOrder order in page)
                {
                    ids[order.ClientOrderId] = ids.GetValueOrDefault(order.ClientOrderId) + 1;
                }

                if (page.Count < 1000)
                {
                    return ids.Values.Count(n => n > 1);
                }

                from = page[^1].OrderId + 1;
            }
        }

        /// <summary>
        /// Transitions the raw stream missed although the events just before and just after them (of the same order)
        /// came on one unbroken subscription: a loss no resubscription signalled.
        /// </summary>
        private static int LostUnsignalled(IReadOnlyList<string> expected, (OrderTransition Transition, long? Subscription)[] raw)
        {
            var subscriptionOf = new Dictionary<string, long?>(StringComparer.Ordinal);
            foreach ((OrderTransition t, long? subscription) in raw)
            {
                if (TransitionAudit.KeyOf(t) is { } key)
                {
                    subscriptionOf.TryAdd(key, subscription);
                }
            }

            int lost = 0;
            // Expected keys come grouped by order, in order.
            foreach (IGrouping<string, string> order in expected.GroupBy(k => k[..k.LastIndexOf(':')]))
            {
                string[] steps = order.ToArray();
                for (int i = 1; i < steps.Length - 1; i++)
                {
                    if (subscriptionOf.ContainsKey(steps[i]))
                    {
                        continue;
                    }

                    long? before = steps[..i].Reverse().Where(subscriptionOf.ContainsKey).Select(k => subscriptionOf[k]).FirstOrDefault(-1);
                    long? after = steps[(i + 1)..].Where(subscriptionOf.ContainsKey).Select(k => subscriptionOf[k]).FirstOrDefault(-2);
                    if (before == after)
                    {
                        lost++;
                    }
                }
            }

            return lost;
        }

        private static OrderTransition FromReport(ExecutionReportEvent r) => new()
        {
            Symbol = r.Symbol,
            OrderId = r.OrderId,
            ExecutionType = r.ExecutionType,
            Status = r.OrderStatus,
            TradeId = r.TradeId,
            Report = r,
        };

        /// <summary>Least-squares slopes (MiB per 1,000 requests) over the second half of the samples.</summary>
        private static (double Heap, double Rss) Slopes(List<(int Requests, double Heap, double Rss)> samples)
        {
            var half = samples.Skip(samples.Count / 2).ToArray();
            if (half.Length < 2)
            {
                return (0, 0);
            }

            double Slope(Func<(int Requests, double Heap, double Rss), double> y)
            {
                double mx = half.Average(s => s.Requests), my = half.Average(y);
                double num = half.Sum(s => (s.Requests - mx) * (y(s) - my)), den = half.Sum(s => (s.Requests - mx) * (s.Requests - mx));
                return den == 0 ? 0 : num / den * 1000;
            }

            return (Slope(s => s.Heap), Slope(s => s.Rss));
        }
    }
}
