using System.Text.Json;
using Binance.WsApi.Emulator.Tests.Infrastructure;

namespace Binance.WsApi.Emulator.Tests.UserData;

/// <summary>userDataStream.subscribe / .signature / .unsubscribe, session.subscriptions and session.status (docs/protocol.md §5.6, §4.4).</summary>
public sealed class SubscriptionTests : UserDataTestBase
{
    [Fact]
    public async Task Hmac_signature_subscription_lifecycle_matches_the_fixtures()
    {
        Assert.False(Ok(await Public("session.status")).GetProperty("userDataStream").GetBoolean());

        JsonElement subscribed = await Signed("userDataStream.subscribe.signature");
        Assert.Equal(
            Fixtures.PropertyPaths(Fixtures.Json("spot-userDataStream.subscribe.signature.response.json").GetProperty("result")),
            Fixtures.PropertyPaths(Ok(subscribed)));
        Assert.Equal(0, Ok(subscribed).GetProperty("subscriptionId").GetInt32());
        Assert.False(subscribed.TryGetProperty("rateLimits", out _)); // as the documented example
        // The weight is still charged: handshake 2, session.status 2, subscribe 2, then this ping 1.
        Assert.Equal(7, (await Public("ping")).GetProperty("rateLimits")[0].GetProperty("count").GetInt32());
        Assert.True(Ok(await Public("session.status")).GetProperty("userDataStream").GetBoolean());

        JsonElement list = await Client.RequestAsync(Fixtures.Text("spot-session.subscriptions.request.json"));
        Assert.Equal("[{\"subscriptionId\":0}]", Ok(list).GetRawText());

        AssertError(await SignedWith(DemoAccount.RsaApiKey, "userDataStream.subscribe.signature"), 400, -2035,
            "User Data Stream subscription already active."); // same account, other key

        JsonElement unsubscribed = await Client.RequestAsync(Fixtures.Text("spot-userDataStream.unsubscribe.request.json"));
        Assert.Equal("{}", Ok(unsubscribed).GetRawText());
        JsonElement terminated = await Client.NextEventAsync();
        AssertSameFields("spot-event-eventStreamTerminated.json", terminated);
        Assert.Equal(Time.Ms(), Event(terminated, 0, "eventStreamTerminated").GetProperty("E").GetInt64());

        AssertError(await Public("userDataStream.unsubscribe"), 400, -2036, "User Data Stream subscription not active.");
        Assert.Equal("[]", Ok(await Public("session.subscriptions")).GetRawText());
        Assert.False(Ok(await Public("session.status")).GetProperty("userDataStream").GetBoolean());

        // Ids are per connection and never reused.
        Assert.Equal(1, await SubscribeAsync(DemoAccount.RsaApiKey));
        AssertError(await Public("userDataStream.unsubscribe", N("subscriptionId", 0)), 400, -2036, "User Data Stream subscription not active.");
        Ok(await Public("userDataStream.unsubscribe", N("subscriptionId", 1)));
        Event(await Client.NextEventAsync(), 1, "eventStreamTerminated");
    }

    [Fact]
    public async Task Logon_bound_subscription_needs_an_ed25519_session_and_ends_at_logout()
    {
        AssertError(await Client.RequestAsync(Fixtures.Text("spot-userDataStream.subscribe.request.json")), 401, -2015,
            "Invalid API-key, IP, or permissions for action.");

        Ok(await SignedWith(DemoAccount.Ed25519ApiKey, "session.logon"));
        JsonElement subscribed = await Client.RequestAsync(Fixtures.Text("spot-userDataStream.subscribe.request.json"));
        Assert.Equal(Fixtures.Json("spot-userDataStream.subscribe.response.json").GetProperty("result").GetRawText().Replace(" ", "").Replace("\n", ""),
            Ok(subscribed).GetRawText());
        AssertError(await Public("userDataStream.subscribe"), 400, -2035, "User Data Stream subscription already active.");
        AssertError(await Signed("userDataStream.subscribe.signature"), 400, -2035, "User Data Stream subscription already active.");

        // A margin subscription is another account: it survives the logout.
        int margin = await SubscribeListenTokenAsync();
        Assert.Equal(1, margin);

        JsonElement logout = Ok(await Public("session.logout"));
        Assert.True(logout.GetProperty("userDataStream").GetBoolean()); // the margin subscription is still active
        Event(await Client.NextEventAsync(), 0, "eventStreamTerminated");
        Assert.Equal("[{\"subscriptionId\":1}]", Ok(await Public("session.subscriptions")).GetRawText());

        // After the logout the account may subscribe again by signature (new id).
        Assert.Equal(2, await SubscribeAsync());
        Assert.Equal("[{\"subscriptionId\":1},{\"subscriptionId\":2}]", Ok(await Public("session.subscriptions")).GetRawText());
    }

    [Fact]
    public async Task Logout_keeps_signature_subscriptions()
    {
        Assert.Equal(0, await SubscribeAsync());
        Ok(await SignedWith(DemoAccount.Ed25519ApiKey, "session.logon"));
        JsonElement logout = Ok(await Public("session.logout"));
        Assert.True(logout.GetProperty("userDataStream").GetBoolean());
        Assert.Equal("[{\"subscriptionId\":0}]", Ok(await Public("session.subscriptions")).GetRawText());
    }

    [Fact]
    public async Task Unsubscribe_without_id_ends_every_subscription_with_a_termination_each()
    {
        await SubscribeAsync();
        await SubscribeListenTokenAsync();

        Ok(await Public("userDataStream.unsubscribe"));

        var ended = (await Client.NextEventsAsync(2)).Select(f => f.GetProperty("subscriptionId").GetInt32()).Order();
        Assert.Equal([0, 1], ended);
        Assert.Equal("[]", Ok(await Public("session.subscriptions")).GetRawText());
    }

    [Fact]
    public async Task Subscription_ids_run_out_after_the_connection_limit()
    {
        Emulator.Services.UserData.MaxIdsPerConnection = 2;
        Assert.Equal(0, await SubscribeAsync());
        Ok(await Public("userDataStream.unsubscribe"));
        Assert.Equal(1, await SubscribeAsync());
        Ok(await Public("userDataStream.unsubscribe"));

        AssertError(await Signed("userDataStream.subscribe.signature"), 400, -2042, "Maximum subscription ID reached for this connection.");

        // A new connection starts from 0 again.
        await using StreamClient other = await StreamClient.ConnectAsync(Emulator.SpotUri);
        JsonElement fresh = await other.RequestAsync(TestSigner.SignedRequest("o", "userDataStream.subscribe.signature", DemoAccount.HmacApiKey, Time.Ms()));
        Assert.Equal(0, Ok(fresh).GetProperty("subscriptionId").GetInt32());
    }

    [Fact]
    public async Task Signature_subscription_checks_the_signature_and_key()
    {
        string request = TestSigner.SignedRequest("x", "userDataStream.subscribe.signature", DemoAccount.HmacApiKey, Time.Ms());
        AssertError(await Client.RequestAsync(request.Replace("\"signature\":\"", "\"signature\":\"0")), 400, -1022, "Signature for this request is not valid.");
        Emulator.RevokeApiKey(DemoAccount.RsaApiKey);
        AssertError(await SignedWith(DemoAccount.RsaApiKey, "userDataStream.subscribe.signature"), 401, -2015, "Invalid API-key, IP, or permissions for action.");
        Assert.Equal(0, await SubscribeAsync(DemoAccount.Ed25519ApiKey)); // any key type works without a logon
    }

    [Fact]
    public async Task Legacy_listen_key_methods_are_unknown_on_spot()
    {
        JsonElement response = await Client.RequestAsync(Fixtures.Text("spot-legacy-userDataStream.start.request.json"));
        AssertError(response, 400, -1020, "This operation is not supported.");
    }

    private async Task<int> SubscribeListenTokenAsync()
    {
        string token = await ListenTokenTests.CreateTokenAsync(Emulator, DemoAccount.HmacApiKey);
        return Ok(await Public("userDataStream.subscribe.listenToken", S("listenToken", token))).GetProperty("subscriptionId").GetInt32();
    }
}
