using Binance.WsApi.Emulator;
using Binance.WsApi.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Binance.WsApi.Tests.UserData;

/// <summary>
/// Margin user data by listen token: the token comes from the emulator's REST endpoint, and the client renews it
/// before it expires and after an unexpected termination. Emulator and client share a fake clock.
/// </summary>
public class MarginListenTokenTests
{
    private static int Subscribes(ExchangeEmulator emulator) =>
        emulator.ReceivedRequests.Count(r => r.Method == "userDataStream.subscribe.listenToken");

    [Fact]
    public async Task Token_is_renewed_before_expiry_and_after_termination()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var h = await EmulatorHarness.StartAsync(EmulatorHarness.Hmac, o => o.TimeProvider = clock,
            new EmulatorOptions { TimeProvider = clock });
        using var http = new HttpClient();
        var provider = new RestListenTokenProvider(http, h.Emulator.HttpBaseUri, DemoAccount.HmacApiKey, validity: TimeSpan.FromSeconds(90));
        var resubscribed = new TaskCompletionSource<UserDataStreamResubscribedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Client.UserDataStreamResubscribed += (_, e) => resubscribed.TrySetResult(e);

        UserDataSubscription first = await h.Client.SubscribeMarginUserDataStreamAsync(provider);
        Assert.InRange(first.ExpirationTime!.Value, clock.GetUtcNow().AddSeconds(90).ToUnixTimeMilliseconds() - 5, clock.GetUtcNow().AddSeconds(90).ToUnixTimeMilliseconds() + 5);
        Assert.Equal(first.SubscriptionId, h.Client.GetMarginUserDataSubscriptionId());

        // 30 s before expiry the client fetches a fresh token and subscribes it (the subscription moves to the new expiry).
        clock.Advance(TimeSpan.FromSeconds(61));
        await h.Events.WaitForAsync(() => Subscribes(h.Emulator) == 2, "the renewal before expiry");
        clock.Advance(TimeSpan.FromSeconds(40)); // past the first token's expiry
        await h.Client.TestSpotConnectivityAsync();
        Assert.Single((await h.Client.GetSpotSessionSubscriptionsAsync()).Result);
        Assert.NotNull(h.Client.GetMarginUserDataSubscriptionId());

        // The server ends it (token expired on its side): the client renews at once and says so.
        h.Emulator.Faults.ExpireListenTokens();
        UserDataStreamResubscribedEventArgs notice = await resubscribed.Task.WaitAsync(EmulatorHarness.Wait);
        Assert.True(notice.EventsMayHaveBeenMissed);
        Assert.Equal(3, Subscribes(h.Emulator));

        await h.Client.UnsubscribeMarginUserDataStreamAsync();
        Assert.Null(h.Client.GetMarginUserDataSubscriptionId());
        Assert.Empty((await h.Client.GetSpotSessionSubscriptionsAsync()).Result);
    }

    [Fact]
    public async Task Without_keep_refreshed_the_token_is_left_to_expire()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var h = await EmulatorHarness.StartAsync(EmulatorHarness.Hmac, o =>
        {
            o.TimeProvider = clock;
            o.KeepMarginListenTokenRefreshed = false;
        }, new EmulatorOptions { TimeProvider = clock });
        using var http = new HttpClient();
        var provider = new RestListenTokenProvider(http, h.Emulator.HttpBaseUri, DemoAccount.HmacApiKey, validity: TimeSpan.FromSeconds(90));
        await h.Client.SubscribeMarginUserDataStreamAsync(provider);
        clock.Advance(TimeSpan.FromSeconds(91));
        using var timeout = new CancellationTokenSource(EmulatorHarness.Wait);
        await foreach (UserDataEvent e in h.Client.ReadUserDataEventsAsync(timeout.Token))
        {
            Assert.IsType<EventStreamTerminatedEvent>(e);
            break;
        }

        Assert.Equal(1, Subscribes(h.Emulator));
    }

    [Fact]
    public async Task Token_endpoint_refusal_keeps_binance_code()
    {
        await using var h = await EmulatorHarness.StartAsync(EmulatorHarness.Hmac);
        using var http = new HttpClient();
        var provider = new RestListenTokenProvider(http, h.Emulator.HttpBaseUri, "NotAKnownKey000000000000000000000000000000000000000000000000000000");
        var ex = await Assert.ThrowsAsync<BinanceApiException>(() => h.Client.SubscribeMarginUserDataStreamAsync(provider));
        Assert.True(ex.Code < 0);
    }
}
