using Binance.WsApi.Connection;
using Microsoft.Extensions.Time.Testing;

namespace Binance.WsApi.Tests.Connection;

/// <summary>The one retry loop never retries inside the window a rate-limit refusal named, whatever its policy's delays.</summary>
public sealed class BackoffTests
{
    [Fact]
    public async Task A_refusal_with_retry_after_holds_the_next_attempt_until_then_even_with_zero_delays()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-07T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var policy = new ReconnectPolicy { InitialDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero, Jitter = 0 };
        DateTimeOffset retryAfter = time.GetUtcNow().AddMinutes(5);
        int attempts = 0;
        var secondAttempt = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        Task<int?> loop = Backoff.RetryAsync(policy, time, TimeSpan.Zero, maxAttempts: 3,
            (n, _) =>
            {
                attempts = n;
                if (n == 1)
                {
                    throw BinanceRateLimitException.NotSentByGovernor("connect", WsApiEndpoint.Spot, null, retryAfter, banned: false, beyondDeadline: false);
                }

                secondAttempt.TrySetResult();
                return Task.CompletedTask;
            },
            (_, _) => { },
            CancellationToken.None);

        // The refusal is in; with zero policy delays the loop would retry at once. It must wait for the clock instead.
        time.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, Volatile.Read(ref attempts));
        Assert.False(secondAttempt.Task.IsCompleted);

        time.Advance(TimeSpan.FromMilliseconds(1));
        await secondAttempt.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, await loop.WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
