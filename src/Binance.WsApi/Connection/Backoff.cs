namespace Binance.WsApi.Connection;

/// <summary>
/// The one retry loop of the library: reconnecting a WS API connection, resubscribing the user data stream, renewing a
/// margin listen token and reopening a futures listen-key stream all run through it, so they back off the same way.
/// The schedule: the first attempt after <c>firstDelay</c>, attempt <c>n</c> (0-based) after
/// <see cref="ReconnectPolicy.GetDelay"/>(<c>n</c>), on the injected clock — but never before the <c>RetryAfter</c> of a
/// rate-limit refusal the last attempt met (a 429/418, or the client's own governor holding back a connection), so a
/// loop with a short policy cannot spin against a closed window.
/// </summary>
internal static class Backoff
{
    /// <summary>
    /// Runs <paramref name="attempt"/> (given its 1-based number) until it succeeds, backing off between failures.
    /// </summary>
    /// <param name="policy">Delays and the attempt cap.</param>
    /// <param name="time">The clock the delays run on.</param>
    /// <param name="firstDelay">The wait before the first attempt.</param>
    /// <param name="maxAttempts">Gives up after this many failed attempts; null tries until cancelled.</param>
    /// <param name="attempt">One try; a thrown exception is a failed attempt.</param>
    /// <param name="onFailure">Told about each failed attempt (number and exception) before the next delay.</param>
    /// <param name="cancellationToken">Stops the loop (an <see cref="OperationCanceledException"/> propagates).</param>
    /// <param name="isRetryable">Which failures are retried; others propagate. All of them when null.</param>
    /// <returns>The number of the attempt that succeeded, or null when the loop gave up.</returns>
    public static async Task<int?> RetryAsync(ReconnectPolicy policy, TimeProvider time, TimeSpan firstDelay, int? maxAttempts,
        Func<int, CancellationToken, Task> attempt, Action<int, Exception> onFailure, CancellationToken cancellationToken,
        Func<Exception, bool>? isRetryable = null)
    {
        DateTimeOffset? notBefore = null;
        for (int index = 0; ; index++)
        {
            if (maxAttempts is { } max && index >= max)
            {
                return null;
            }

            TimeSpan delay = index == 0 ? firstDelay : policy.GetDelay(index, Random.Shared);
            if (notBefore is { } until && until - time.GetUtcNow() is { } untilThen && untilThen > delay)
            {
                delay = untilThen;
            }

            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                await attempt(index + 1, cancellationToken).ConfigureAwait(false);
                return index + 1;
            }
            catch (Exception ex) when (!(ex is OperationCanceledException && cancellationToken.IsCancellationRequested)
                && ex is not OutOfMemoryException && (isRetryable?.Invoke(ex) ?? true))
            {
                notBefore = (ex as BinanceRateLimitException)?.RetryAfter;
                onFailure(index + 1, ex);
            }
        }
    }
}
