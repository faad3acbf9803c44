using Binance.WsApi.Emulator;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.UserData;

/// <summary>Every termination of a wanted subscription is followed by a resubscription, not only the first.</summary>
public class RepeatedTerminationTests
{
    [Theory]
    [InlineData("HMAC")]
    [InlineData("Ed25519")]
    public async Task Each_termination_resubscribes(string key)
    {
        await using var h = await EmulatorHarness.StartAsync(key == "HMAC" ? EmulatorHarness.Hmac : EmulatorHarness.Ed25519,
            o => o.ResubscribeUserDataStreamDelay = TimeSpan.FromMilliseconds(20));
        var resubscribed = new List<long>();
        using var signal = new SemaphoreSlim(0);
        h.Client.UserDataStreamResubscribed += (_, e) =>
        {
            lock (resubscribed)
            {
                resubscribed.Add(e.SubscriptionId);
            }

            signal.Release();
        };
        await h.Client.SubscribeUserDataStreamAsync(WsApiEndpoint.Spot);
        for (int i = 1; i <= 3; i++)
        {
            Assert.Equal(1, h.Emulator.Faults.TerminateUserDataStreams());
            Assert.True(await signal.WaitAsync(EmulatorHarness.Wait), $"resubscription {i}: {string.Join(",", resubscribed)}");
        }

        Assert.Equal(3, resubscribed.Distinct().Count());
    }
}
