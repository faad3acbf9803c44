namespace Binance.WsApi.RateLimits;

/// <summary>
/// Applies the client's <see cref="RateLimitPolicy"/> before a request goes to its connection: charges the request's
/// weight and orders to the connection's <see cref="RateLimitTracker"/> and, when they do not fit (or an earlier
/// 429/418 asked to wait), sends anyway (Off), refuses at once (Fail) or waits on the client's clock for as long as the
/// request's own deadline and cancellation allow (Wait). The ready path completes synchronously and allocates nothing.
/// </summary>
internal sealed class RateGovernor(RateLimitPolicy policy, TimeProvider time)
{
    public RateLimitPolicy Policy => policy;

    /// <summary>
    /// Completes when the request may be sent, with the part of <paramref name="timeout"/> that waiting left (null
    /// when it did not wait); fails with a <see cref="BinanceRateLimitException"/> (not sent) or a
    /// <see cref="WsApiRequestCanceledException"/>.
    /// </summary>
    public ValueTask<TimeSpan?> AcquireAsync(RateLimitTracker tracker, string method, TimeSpan timeout, CancellationToken cancellationToken)
    {
        (int weight, int orders) = RequestWeights.Of(tracker.Market, method);
        if (tracker.TryReserve(weight, orders, force: policy == RateLimitPolicy.Off, out long retryAtMs, out RateLimitUsage? blocking))
        {
            return ValueTask.FromResult<TimeSpan?>(null);
        }

        long nowMs = time.GetUtcNow().ToUnixTimeMilliseconds();
        long deadlineMs = nowMs + (long)timeout.TotalMilliseconds;
        if (policy == RateLimitPolicy.Fail || retryAtMs > deadlineMs)
        {
            return ValueTask.FromException<TimeSpan?>(Refusal(tracker, method, retryAtMs, blocking, beyondDeadline: policy == RateLimitPolicy.Wait));
        }

        return WaitAsync(tracker, method, weight, orders, retryAtMs, deadlineMs, cancellationToken);
    }

    private async ValueTask<TimeSpan?> WaitAsync(RateLimitTracker tracker, string method, int weight, int orders, long retryAtMs, long deadlineMs,
        CancellationToken cancellationToken)
    {
        tracker.EnterWait();
        try
        {
            while (true)
            {
                long nowMs = time.GetUtcNow().ToUnixTimeMilliseconds();
                if (retryAtMs > nowMs)
                {
                    try
                    {
                        // Held back by a probe, its answer may come before the probe expires.
                        Task delay = Task.Delay(TimeSpan.FromMilliseconds(retryAtMs - nowMs), time, cancellationToken);
                        await Task.WhenAny(delay, tracker.ProbeAnswered).ConfigureAwait(false);
                        cancellationToken.ThrowIfCancellationRequested();
                    }
                    catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                    {
                        throw new WsApiRequestCanceledException(RequestSendState.NotSent, method, "(none)", cancellationToken);
                    }
                }

                // Others woken at the same instant may have taken the room: try again, and wait again if it is gone.
                if (tracker.TryReserve(weight, orders, force: false, out retryAtMs, out RateLimitUsage? blocking))
                {
                    long left = deadlineMs - time.GetUtcNow().ToUnixTimeMilliseconds();
                    return TimeSpan.FromMilliseconds(Math.Max(1, left));
                }

                if (retryAtMs > deadlineMs)
                {
                    throw Refusal(tracker, method, retryAtMs, blocking, beyondDeadline: true);
                }
            }
        }
        finally
        {
            tracker.ExitWait();
        }
    }

    private static BinanceRateLimitException Refusal(RateLimitTracker tracker, string method, long retryAtMs, RateLimitUsage? blocking, bool beyondDeadline)
    {
        EndpointRateLimitUsage state = tracker.Snapshot();
        return BinanceRateLimitException.NotSentByGovernor(method, tracker.Endpoint, blocking,
            DateTimeOffset.FromUnixTimeMilliseconds(retryAtMs), blocking is null && state.IsBanned, beyondDeadline);
    }
}
