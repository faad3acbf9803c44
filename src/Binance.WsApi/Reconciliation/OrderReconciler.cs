using Binance.WsApi.Connection;

namespace Binance.WsApi.Reconciliation;

/// <summary>
/// The reconciling placement, for any kind of order: place once; if the outcome is unknown (sent, then a drop, a
/// timeout or a 5xx), look the order up by its client order id through the one retry loop (<see cref="Backoff"/>)
/// until the exchange knows it, or until "does not exist" has become final, or until the deadline. Never places twice:
/// the placement delegate is called exactly once.
/// </summary>
internal static class OrderReconciler
{
    /// <summary>Binance's answer to a lookup of an order (or order list) it does not have.</summary>
    private const int DoesNotExist = -2013;

    public static async Task<OrderOutcome<TOrder>> PlaceAsync<TOrder>(string method, string clientOrderId,
        Func<CancellationToken, Task<TOrder>> place, Func<CancellationToken, Task<TOrder>> lookup,
        ReconcilePolicy policy, TimeSpan settleTime, ReconnectPolicy backoff, TimeProvider time, CancellationToken cancellationToken)
        where TOrder : class
    {
        WsApiException lostAnswer;
        try
        {
            TOrder placed = await place(cancellationToken).ConfigureAwait(false);
            return new OrderOutcome<TOrder> { ClientOrderId = clientOrderId, Order = placed };
        }
        catch (WsApiException ex) when (IsUnknown(ex))
        {
            lostAnswer = ex;
        }

        // From here the order may or may not exist: only lookups, never a second placement.
        long failedAt = time.GetTimestamp();
        Exception? lastFailure = null;
        TOrder? found = null;
        bool notPlaced = false;
        using var deadline = new CancellationTokenSource(policy.Deadline, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
        try
        {
            await Backoff.RetryAsync(backoff, time, TimeSpan.Zero, maxAttempts: null,
                async (_, token) =>
                {
                    try
                    {
                        found = await lookup(token).ConfigureAwait(false);
                    }
                    catch (BinanceApiException missing) when (missing.Code == DoesNotExist && time.GetElapsedTime(failedAt) >= settleTime)
                    {
                        // Past the settle time the placement can no longer be executed: it never will be.
                        notPlaced = true;
                    }
                },
                (_, ex) => lastFailure = ex,
                linked.Token,
                ex => ex is WsApiException).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new OrderOutcomeUnknownException(method, clientOrderId, policy.Deadline, lostAnswer, lastFailure);
        }

        return new OrderOutcome<TOrder>
        {
            ClientOrderId = clientOrderId,
            Order = notPlaced ? null : found,
            WasReconciled = true,
            LostAnswer = lostAnswer,
        };
    }

    /// <summary>
    /// Sent but not answered (a drop, a timeout) or answered 5xx: Binance says the execution status is then unknown.
    /// A 4xx refusal and anything not sent are definite (not placed) and go to the caller as they are.
    /// </summary>
    private static bool IsUnknown(WsApiException ex) =>
        ex.SendState == RequestSendState.Sent && (ex is not BinanceApiException refused || refused.Status >= 500);
}
