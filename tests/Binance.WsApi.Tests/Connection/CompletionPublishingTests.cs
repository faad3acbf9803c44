using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Connection;

/// <summary>
/// How responses are handed to callers, against the real emulator: a batch of responses is published on one thread and
/// the frames its callers send meanwhile leave in one write; a caller that misbehaves there (blocks its thread until
/// another response comes) still gets that response, because the socket keeps being read elsewhere and its gathered
/// frame is sent by the session's sweep.
/// </summary>
public class CompletionPublishingTests
{
    [Fact]
    public async Task A_caller_that_blocks_in_its_continuation_until_its_next_request_is_answered_still_gets_the_answer()
    {
        await using var h = await EmulatorHarness.StartAsync(EmulatorHarness.Hmac);
        await h.Client.TestSpotConnectivityAsync();

        // ExecuteSynchronously: the continuation runs on the thread that publishes the first response, inside its batch.
        // It sends a second request (gathered on that thread) and blocks until the answer comes: sync over async, the
        // worst a caller can do there.
        Task<long> blocked = h.Client.TestSpotConnectivityAsync().ContinueWith(first =>
        {
            first.GetAwaiter().GetResult();
            Task<WsApiResponse<ServerTime>> second = h.Client.GetSpotServerTimeAsync();
            return second.Wait(EmulatorHarness.Wait) ? second.Result.Result.ServerTimeMs : -1;
        }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

        long serverTime = await blocked.WaitAsync(EmulatorHarness.Wait * 2);
        Assert.True(serverTime > 0, "the request sent from a blocked continuation was never answered");

        // The connection is none the worse for it.
        await h.Client.TestSpotConnectivityAsync();
    }

    [Fact]
    public async Task Callers_that_send_again_from_their_continuations_at_many_in_flight_are_all_answered_in_turn()
    {
        await using var h = await EmulatorHarness.StartAsync(EmulatorHarness.Hmac);
        await h.Client.TestSpotConnectivityAsync();
        const int Callers = 32, Rounds = 50;

        // Each caller sends its next request from the continuation of the last (the pattern a batch gathers); every
        // answer comes back to the caller that asked.
        long[] answered = await Task.WhenAll(Enumerable.Range(0, Callers).Select(async _ =>
        {
            long count = 0;
            for (int i = 0; i < Rounds; i++)
            {
                WsApiResponse<ServerTime> time = await h.Client.GetSpotServerTimeAsync().ConfigureAwait(false);
                Assert.True(time.Result.ServerTimeMs > 0);
                count++;
            }

            return count;
        })).WaitAsync(EmulatorHarness.Wait * 3);

        Assert.All(answered, n => Assert.Equal(Rounds, n));
    }
}
