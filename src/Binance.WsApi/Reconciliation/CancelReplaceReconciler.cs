using Binance.WsApi.Connection;

namespace Binance.WsApi.Reconciliation;

/// <summary>
/// The reconciling cancel-replace: send <c>order.cancelReplace</c> once; when its answer is lost (sent, then a drop, a
/// timeout or a 5xx), look up both orders through <see cref="Backoff"/> once the connection is back: the old one (by its
/// order id or client order id) to see whether it was cancelled, and the new one (by its client order id) to see
/// whether it was placed. Each step is settled on its own; what the deadline leaves open is reported Unknown. The
/// request is never sent twice.
/// </summary>
internal static class CancelReplaceReconciler
{
    private const int DoesNotExist = -2013;

    public static async Task<SpotCancelReplaceOutcome> RunAsync(string newClientOrderId,
        Func<CancellationToken, Task<SpotCancelReplaceResult>> send,
        Func<CancellationToken, Task<SpotOrder>> lookupCanceled,
        Func<CancellationToken, Task<SpotOrder>> lookupNew,
        ReconcilePolicy policy, TimeSpan settleTime, ReconnectPolicy backoff, TimeProvider time, CancellationToken cancellationToken)
    {
        WsApiException lostAnswer;
        try
        {
            SpotCancelReplaceResult result = await send(cancellationToken).ConfigureAwait(false);
            return new SpotCancelReplaceOutcome
            {
                NewClientOrderId = newClientOrderId,
                Cancel = StateOf(result.CancelResult),
                NewOrder = StateOf(result.NewOrderResult),
                PlacedOrder = result.NewOrderResponse,
                Result = result,
            };
        }
        catch (SpotCancelReplaceException failed)
        {
            // A definite answer: each step's outcome is in it.
            return new SpotCancelReplaceOutcome
            {
                NewClientOrderId = newClientOrderId,
                Cancel = StateOf(failed.CancelResult),
                NewOrder = StateOf(failed.NewOrderResult),
                PlacedOrder = failed.NewOrderResponse,
                Failure = failed,
            };
        }
        catch (WsApiException ex) when (ex.SendState == RequestSendState.Sent && (ex is not BinanceApiException refused || refused.Status >= 500))
        {
            lostAnswer = ex;
        }

        // Either step may or may not have happened: lookups only, from here.
        long failedAt = time.GetTimestamp();
        CancelReplaceStepState cancel = CancelReplaceStepState.Unknown, placed = CancelReplaceStepState.Unknown;
        SpotOrder? canceledOrder = null, newOrder = null;
        using var deadline = new CancellationTokenSource(policy.Deadline, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
        try
        {
            await Backoff.RetryAsync(backoff, time, TimeSpan.Zero, maxAttempts: null,
                async (_, token) =>
                {
                    bool settled = time.GetElapsedTime(failedAt) >= settleTime;
                    if (placed == CancelReplaceStepState.Unknown)
                    {
                        try
                        {
                            newOrder = await lookupNew(token).ConfigureAwait(false);
                            placed = CancelReplaceStepState.Done;
                        }
                        catch (BinanceApiException missing) when (missing.Code == DoesNotExist && settled)
                        {
                            placed = CancelReplaceStepState.NotDone;
                        }
                        catch (BinanceApiException missing) when (missing.Code == DoesNotExist)
                        {
                            // Too early to call it: the request may still be executed.
                        }
                    }

                    if (cancel == CancelReplaceStepState.Unknown)
                    {
                        try
                        {
                            canceledOrder = await lookupCanceled(token).ConfigureAwait(false);
                            cancel = CancelStateOf(canceledOrder, settled || placed == CancelReplaceStepState.Done);
                        }
                        catch (BinanceApiException missing) when (missing.Code == DoesNotExist && settled)
                        {
                            // No such order to cancel: the cancel cannot have happened.
                            cancel = CancelReplaceStepState.NotDone;
                        }
                        catch (BinanceApiException missing) when (missing.Code == DoesNotExist)
                        {
                        }
                    }

                    if (cancel == CancelReplaceStepState.Unknown || placed == CancelReplaceStepState.Unknown)
                    {
                        throw new StepsPendingException();
                    }
                },
                (_, _) => { },
                linked.Token,
                ex => ex is WsApiException or StepsPendingException).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // The deadline: what is settled is reported, the rest stays Unknown.
        }

        return new SpotCancelReplaceOutcome
        {
            NewClientOrderId = newClientOrderId,
            Cancel = cancel,
            NewOrder = placed,
            CanceledOrder = canceledOrder,
            PlacedOrder = placed == CancelReplaceStepState.Done ? newOrder : null,
            WasReconciled = true,
            LostAnswer = lostAnswer,
        };
    }

    private static CancelReplaceStepState StateOf(CancelReplaceStepResult step) =>
        step == CancelReplaceStepResult.Success ? CancelReplaceStepState.Done : CancelReplaceStepState.NotDone;

    /// <summary>
    /// What the old order's state says about the cancel. CANCELED: done (by this request, or by anyone: the order is
    /// cancelled either way). Still open: not done, but only once the request can no longer execute, or once the new
    /// order is known to be placed (the server runs the cancel step before the new order, so it is over by then).
    /// Filled or expired: the cancel found nothing to cancel.
    /// </summary>
    private static CancelReplaceStepState CancelStateOf(SpotOrder order, bool final)
    {
        if (order.Status == OrderStatus.Canceled)
        {
            return CancelReplaceStepState.Done;
        }

        bool open = order.Status == OrderStatus.New || order.Status == OrderStatus.PartiallyFilled
            || order.Status == OrderStatus.PendingNew || order.Status == OrderStatus.PendingCancel;
        return open && !final ? CancelReplaceStepState.Unknown : CancelReplaceStepState.NotDone;
    }

    /// <summary>A lookup round that left a step open: try again after the backoff.</summary>
    private sealed class StepsPendingException() : Exception("A cancel-replace step is not settled yet.");
}
