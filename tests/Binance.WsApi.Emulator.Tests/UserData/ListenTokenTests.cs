using System.Net;
using System.Text.Json;
using Binance.WsApi.Emulator.Tests.Infrastructure;

namespace Binance.WsApi.Emulator.Tests.UserData;

/// <summary>Margin listen tokens (docs/protocol.md Appendix B): REST issue, subscribe, expiry on the emulator clock, renewal.</summary>
public sealed class ListenTokenTests : UserDataTestBase
{
    internal static async Task<string> CreateTokenAsync(ExchangeEmulator emulator, string apiKey, string query = "")
    {
        using JsonDocument body = JsonDocument.Parse(await PostAsync(emulator, apiKey, query, HttpStatusCode.OK));
        return body.RootElement.GetProperty("token").GetString()!;
    }

    private static async Task<string> PostAsync(ExchangeEmulator emulator, string? apiKey, string query, HttpStatusCode expected)
    {
        using var http = new HttpClient { BaseAddress = emulator.HttpBaseUri };
        using var request = new HttpRequestMessage(HttpMethod.Post, "sapi/v1/userListenToken" + query);
        if (apiKey is not null)
        {
            request.Headers.Add("X-MBX-APIKEY", apiKey);
        }

        using HttpResponseMessage response = await http.SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{response.StatusCode}: {text}");
        return text;
    }

    [Fact]
    public async Task Rest_endpoint_issues_tokens_with_their_expiry()
    {
        using JsonDocument cross = JsonDocument.Parse(await PostAsync(Emulator, DemoAccount.HmacApiKey, "", HttpStatusCode.OK));
        Assert.Equal(["expirationTime", "token"], cross.RootElement.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(Time.Ms() + 86_400_000, cross.RootElement.GetProperty("expirationTime").GetInt64());

        using JsonDocument isolated = JsonDocument.Parse(
            await PostAsync(Emulator, DemoAccount.RsaApiKey, "?isIsolated=true&symbol=BTCUSDT&validity=60000", HttpStatusCode.OK));
        Assert.Equal(Time.Ms() + 60_000, isolated.RootElement.GetProperty("expirationTime").GetInt64());

        Assert.Contains("-2014", await PostAsync(Emulator, null, "", HttpStatusCode.Unauthorized));
        Assert.Contains("-2015", await PostAsync(Emulator, new string('a', 64), "", HttpStatusCode.Unauthorized));
        Assert.Contains("'symbol'", await PostAsync(Emulator, DemoAccount.HmacApiKey, "?isIsolated=true", HttpStatusCode.BadRequest));
        Assert.Contains("'validity'", await PostAsync(Emulator, DemoAccount.HmacApiKey, "?validity=86400001", HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task Subscription_by_token_expires_on_the_emulator_clock_unless_renewed()
    {
        string first = await CreateTokenAsync(Emulator, DemoAccount.HmacApiKey, "?validity=60000");
        JsonElement subscribed = Ok(await Public("userDataStream.subscribe.listenToken", S("listenToken", first)));
        Assert.Equal(["expirationTime", "subscriptionId"], subscribed.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(0, subscribed.GetProperty("subscriptionId").GetInt32());
        long firstExpiry = subscribed.GetProperty("expirationTime").GetInt64();
        Assert.Equal(Time.Ms() + 60_000, firstExpiry);
        Assert.True(Ok(await Public("session.status")).GetProperty("userDataStream").GetBoolean());

        // Renewal: a fresh token for the same margin account moves the expiry of the same subscription.
        Time.Advance(TimeSpan.FromSeconds(30));
        string second = await CreateTokenAsync(Emulator, DemoAccount.HmacApiKey, "?validity=60000");
        JsonElement renewed = Ok(await Public("userDataStream.subscribe.listenToken", S("listenToken", second)));
        Assert.Equal(0, renewed.GetProperty("subscriptionId").GetInt32());
        Assert.Equal(firstExpiry + 30_000, renewed.GetProperty("expirationTime").GetInt64());

        Time.Advance(TimeSpan.FromSeconds(31)); // past the first expiry: still subscribed
        Assert.Equal("[{\"subscriptionId\":0}]", Ok(await Public("session.subscriptions")).GetRawText());

        Time.Advance(TimeSpan.FromSeconds(29)); // exactly the renewed expiry
        JsonElement terminated = Event(await Client.NextEventAsync(), 0, "eventStreamTerminated");
        Assert.Equal(firstExpiry + 30_000, terminated.GetProperty("E").GetInt64());
        Assert.Equal("[]", Ok(await Public("session.subscriptions")).GetRawText());
        AssertError(await Public("userDataStream.subscribe.listenToken", S("listenToken", second)), 400, -1209, "Invalid listenToken.");
    }

    [Fact]
    public async Task Invalid_or_missing_tokens_are_refused()
    {
        AssertError(await Public("userDataStream.subscribe.listenToken", S("listenToken", "nope")), 400, -1209, "Invalid listenToken.");
        AssertError(await Public("userDataStream.subscribe.listenToken"), 400, -1102,
            "Mandatory parameter 'listenToken' was not sent, was empty/null, or malformed.");
    }

    [Fact]
    public async Task Isolated_and_cross_tokens_are_separate_subscriptions_that_get_pushed_events_only()
    {
        string cross = await CreateTokenAsync(Emulator, DemoAccount.HmacApiKey);
        string isolated = await CreateTokenAsync(Emulator, DemoAccount.HmacApiKey, "?isIsolated=TRUE&symbol=BTCUSDT");
        Assert.Equal(0, Ok(await Public("userDataStream.subscribe.listenToken", S("listenToken", cross))).GetProperty("subscriptionId").GetInt32());
        Assert.Equal(1, Ok(await Public("userDataStream.subscribe.listenToken", S("listenToken", isolated))).GetProperty("subscriptionId").GetInt32());

        // Spot activity is not margin activity: only the pushed event reaches the margin subscriptions.
        Emulator.Deposit(DemoAccount.HmacApiKey, "USDT", 5m);
        Assert.Equal(2, Emulator.PushUserDataEvent(DemoAccount.HmacApiKey, "{\"e\":\"marginLevelStatusChange\",\"E\":1}"));
        var frames = await Client.NextEventsAsync(2);
        Assert.Equal([0, 1], frames.Select(f => f.GetProperty("subscriptionId").GetInt32()).Order());
        Assert.All(frames, f => Assert.Equal("marginLevelStatusChange", Str(f.GetProperty("event"), "e")));
    }

    [Fact]
    public async Task Expire_listen_tokens_fault_ends_token_subscriptions_and_invalidates_tokens()
    {
        string token = await CreateTokenAsync(Emulator, DemoAccount.HmacApiKey);
        Ok(await Public("userDataStream.subscribe.listenToken", S("listenToken", token)));
        Assert.Equal(1, await SubscribeAsync());

        Assert.Equal(1, Emulator.Faults.ExpireListenTokens());

        Event(await Client.NextEventAsync(), 0, "eventStreamTerminated");
        Assert.Equal("[{\"subscriptionId\":1}]", Ok(await Public("session.subscriptions")).GetRawText());
        AssertError(await Public("userDataStream.subscribe.listenToken", S("listenToken", token)), 400, -1209, "Invalid listenToken.");

        string again = await CreateTokenAsync(Emulator, DemoAccount.HmacApiKey);
        Ok(await Public("userDataStream.subscribe.listenToken", S("listenToken", again)));
        using var http = new HttpClient { BaseAddress = Emulator.HttpBaseUri };
        HttpResponseMessage response = await http.PostAsync("admin/faults/expire-listen-tokens", null);
        Assert.Equal("{\"terminated\":1}", await response.Content.ReadAsStringAsync());
        Event(await Client.NextEventAsync(), 2, "eventStreamTerminated");
    }
}
