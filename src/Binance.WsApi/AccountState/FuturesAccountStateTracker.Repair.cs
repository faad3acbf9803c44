using Binance.WsApi.AccountState;
using Binance.WsApi.Connection;
using Binance.WsApi.UserData;

namespace Binance.WsApi;

// The reads: the start snapshot and the repair of a gap, from what the futures WS API has (no order or trade history).
public sealed partial class FuturesAccountStateTracker
{
    /// <summary>Binance's answer to a lookup of an order it does not have.</summary>
    private const int DoesNotExist = -2013;

    /// <summary>Repairs a gap, retrying (through the client's reconnect backoff) until it succeeds or the tracker ends.</summary>
    private Task RepairAsync(CancellationToken lifetime) =>
        _feed.RepairAsync(nameof(FuturesAccountStateTracker), Endpoint, _hub, _retry, _time, RepairOnceAsync, e => Reconciled?.Invoke(this, e), lifetime);

    /// <summary>
    /// One repair: <c>order.status</c> of every order known open and of every order this client sent that no event
    /// confirmed yet, the missed transitions of all of them by time, then balances and positions. A failure part-way
    /// loses nothing: what was recorded is remembered, and the next attempt asks again.
    /// </summary>
    private async Task<(int Synthesized, int Orders)> RepairOnceAsync(CancellationToken cancellationToken)
    {
        (string Symbol, long OrderId)[] open;
        (string Symbol, string ClientOrderId)[] submitted;
        lock (_lock)
        {
            open = _book.OpenOrders.Select(o => (o.Symbol, o.OrderId)).ToArray();
            submitted = _book.Submitted.ToArray();
        }

        var found = new List<FuturesOrder>();
        foreach ((string symbol, long orderId) in open)
        {
            found.Add((await _client.GetFuturesOrderStatusAsync(Market, new FuturesOrderStatusRequest(symbol) { OrderId = orderId }, Endpoint,
                cancellationToken).ConfigureAwait(false)).Result);
        }

        foreach ((string symbol, string clientOrderId) in submitted)
        {
            try
            {
                found.Add((await _client.GetFuturesOrderStatusAsync(Market, new FuturesOrderStatusRequest(symbol) { OrigClientOrderId = clientOrderId },
                    Endpoint, cancellationToken).ConfigureAwait(false)).Result);
            }
            catch (BinanceApiException missing) when (missing.Code == DoesNotExist)
            {
                // Never placed (refused, or lost before the exchange saw it): nothing to repair.
                lock (_lock)
                {
                    _book.RemoveSubmitted(symbol, clientOrderId);
                }
            }
        }

        List<OrderTransition> missed;
        lock (_lock)
        {
            missed = found.DistinctBy(o => (o.Symbol, o.OrderId))
                .SelectMany(o => FuturesTransitions.Missed(_book.Order(o.Symbol, o.OrderId), o))
                .OrderBy(t => t.Time) // stable: an order's own transitions keep their sequence
                .ToList();
        }

        int synthesized = 0;
        foreach (OrderTransition t in missed)
        {
            Record(t);
            synthesized++;
        }

        await RefreshAccountAsync(cancellationToken).ConfigureAwait(false);
        return (synthesized, found.Count);
    }

    /// <summary>
    /// Balances (<c>account.balance</c>) and positions (<c>account.position</c>) replace what the book holds. Events held
    /// meanwhile are applied after it in arrival order, so the newest value wins.
    /// </summary>
    private async Task RefreshAccountAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<FuturesBalance> balances = (await _client.GetFuturesAccountBalanceAsync(Market, null, Endpoint, cancellationToken)
            .ConfigureAwait(false)).Result;
        IReadOnlyList<FuturesPosition> positions = (await _client.GetFuturesPositionAsync(Market, null, Endpoint, cancellationToken)
            .ConfigureAwait(false)).Result;
        lock (_lock)
        {
            _book.ReplaceBalances(balances, 0);
            _book.ReplacePositions(positions, 0);
        }
    }

    private sealed record Submitted(string Symbol, string ClientOrderId);

    /// <summary>The tracker's tap on the user data layer and the client: events, stream gaps and orders being sent.</summary>
    private sealed class Inbox(FuturesAccountStateTracker tracker) : IUserDataTap
    {
        public TrackerInbox Queue { get; } = new();

        public void OnEvent(UserDataEvent userDataEvent)
        {
            if (userDataEvent.Endpoint == tracker.Endpoint)
            {
                Queue.PostEvent(userDataEvent);
            }
        }

        // A new WS API socket does not interrupt the listen-key stream, which carries every futures event: no gap.
        public void OnGap(WsApiEndpoint endpoint)
        {
        }

        public void OnFuturesStreamGap(WsApiEndpoint endpoint) => Queue.PostGap(endpoint);

        public void OnResubscribed(UserDataStreamResubscribedEventArgs args) => Queue.PostResubscribed(args);

        /// <summary>The client is sending an order: remembered until an event or a repair says what became of it.</summary>
        public void OnSubmitting(FuturesMarket market, string symbol, string clientOrderId)
        {
            if (market == tracker.Market)
            {
                Queue.Post(new Submitted(symbol, clientOrderId));
            }
        }
    }
}
