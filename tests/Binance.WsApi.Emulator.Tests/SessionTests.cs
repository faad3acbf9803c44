using System.Text.Json;
using Binance.WsApi.Emulator.Tests.Infrastructure;

namespace Binance.WsApi.Emulator.Tests;

/// <summary>session.logon / status / logout and key revocation (docs/protocol.md §4.4).</summary>
public sealed class SessionTests
{
    [Fact]
    public async Task Ed25519_logon_authorises_later_signed_requests_without_signature()
    {
        var time = TestClock.Create();
        await using var emulator = await TestClock.StartAsync(time);
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);
        long ts = time.Ms();

        var logon = await client.RequestAsync(TestSigner.SignedRequest("l", "session.logon", DemoAccount.Ed25519ApiKey, ts));

        Assert.Equal(200, logon.GetProperty("status").GetInt32());
        JsonElement result = logon.GetProperty("result");
        Assert.Equal(
            Fixtures.PropertyPaths(Fixtures.Json("spot-session.logon.response.json").GetProperty("result")),
            Fixtures.PropertyPaths(result));
        Assert.Equal(DemoAccount.Ed25519ApiKey, result.GetProperty("apiKey").GetString());
        Assert.Equal(ts, result.GetProperty("authorizedSince").GetInt64());
        Assert.Equal(ts, result.GetProperty("connectedSince").GetInt64());
        Assert.True(result.GetProperty("returnRateLimits").GetBoolean());
        Assert.False(result.GetProperty("userDataStream").GetBoolean());

        var status = await client.RequestAsync($"{{\"id\":\"s\",\"method\":\"account.status\",\"params\":{{\"timestamp\":{time.Ms()}}}}}");
        Assert.Equal(200, status.GetProperty("status").GetInt32());

        // Still needs a timestamp on a logged-on session.
        var noTimestamp = await client.RequestAsync("{\"id\":\"t\",\"method\":\"account.status\"}");
        Assert.Equal(-1102, noTimestamp.GetProperty("error").GetProperty("code").GetInt32());

        // An explicit signature overrides the session: a wrong one fails.
        var overridden = await client.RequestAsync(
            $"{{\"id\":\"o\",\"method\":\"account.status\",\"params\":{{\"apiKey\":\"{DemoAccount.HmacApiKey}\",\"timestamp\":{time.Ms()},\"signature\":\"{new string('0', 64)}\"}}}}");
        Assert.Equal(-1022, overridden.GetProperty("error").GetProperty("code").GetInt32());
    }

    [Theory]
    [InlineData(DemoAccount.HmacApiKey)]
    [InlineData(DemoAccount.RsaApiKey)]
    public async Task Logon_with_a_non_ed25519_key_is_an_invalid_signature(string apiKey)
    {
        var time = TestClock.Create();
        await using var emulator = await TestClock.StartAsync(time);
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);

        var response = await client.RequestAsync(TestSigner.SignedRequest("l", "session.logon", apiKey, time.Ms()));

        Assert.Equal(400, response.GetProperty("status").GetInt32());
        Assert.Equal(-1022, response.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal("Signature for this request is not valid.", response.GetProperty("error").GetProperty("msg").GetString());
    }

    [Fact]
    public async Task The_docs_hmac_logon_example_is_rejected()
    {
        var time = TestClock.Create(DateTimeOffset.FromUnixTimeMilliseconds(1649729878630));
        await using var emulator = await TestClock.StartAsync(time);
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);

        var response = await client.RequestAsync(Fixtures.Text("spot-session.logon.request.json"));

        Assert.Equal(-1022, response.GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Status_and_logout()
    {
        var time = TestClock.Create();
        await using var emulator = await TestClock.StartAsync(time);
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);

        var before = (await client.RequestAsync(Fixtures.Text("spot-session.status.request.json"))).GetProperty("result");
        Assert.Equal(JsonValueKind.Null, before.GetProperty("apiKey").ValueKind);
        Assert.Equal(JsonValueKind.Null, before.GetProperty("authorizedSince").ValueKind);

        await client.RequestAsync(TestSigner.SignedRequest("l", "session.logon", DemoAccount.Ed25519ApiKey, time.Ms()));
        var during = (await client.RequestAsync(Fixtures.Text("spot-session.status.request.json"))).GetProperty("result");
        Assert.Equal(DemoAccount.Ed25519ApiKey, during.GetProperty("apiKey").GetString());

        var logout = await client.RequestAsync(Fixtures.Text("spot-session.logout.request.json"));
        Assert.Equal(
            Fixtures.PropertyPaths(Fixtures.Json("spot-session.logout.response.json").GetProperty("result")),
            Fixtures.PropertyPaths(logout.GetProperty("result")));
        Assert.Equal(JsonValueKind.Null, logout.GetProperty("result").GetProperty("apiKey").ValueKind);

        var after = await client.RequestAsync($"{{\"id\":\"s\",\"method\":\"account.status\",\"params\":{{\"timestamp\":{time.Ms()}}}}}");
        Assert.Equal("Mandatory parameter 'apiKey' was not sent, was empty/null, or malformed.", after.GetProperty("error").GetProperty("msg").GetString());
    }

    [Theory]
    [InlineData("usdm")]
    [InlineData("coinm")]
    public async Task Futures_session_results_have_no_userDataStream(string market)
    {
        var time = TestClock.Create();
        await using var emulator = await TestClock.StartAsync(time);
        await using var client = await RawWsClient.ConnectAsync(market == "usdm" ? emulator.UsdMUri : emulator.CoinMUri);

        var logon = await client.RequestAsync(TestSigner.SignedRequest("l", "session.logon", DemoAccount.Ed25519ApiKey, time.Ms()));

        Assert.Equal(
            Fixtures.PropertyPaths(Fixtures.Json($"{market}-session.logon.response.json").GetProperty("result")),
            Fixtures.PropertyPaths(logon.GetProperty("result")));
    }

    [Fact]
    public async Task Revoked_session_key_gets_an_unsolicited_401_and_is_logged_out()
    {
        var time = TestClock.Create();
        await using var emulator = await TestClock.StartAsync(time);
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);
        await client.RequestAsync(TestSigner.SignedRequest("l", "session.logon", DemoAccount.Ed25519ApiKey, time.Ms()));

        emulator.RevokeApiKey(DemoAccount.Ed25519ApiKey);
        await client.SendAsync("{\"id\":\"next\",\"method\":\"session.status\"}");

        Assert.Equal(
            "{\"id\":null,\"status\":401,\"error\":{\"code\":-2015,\"msg\":\"Invalid API-key, IP, or permissions for action.\"}}",
            await client.ReceiveTextAsync());
        var status = await client.ReceiveJsonAsync();
        Assert.Equal("next", status.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, status.GetProperty("result").GetProperty("apiKey").ValueKind);

        var later = await client.RequestAsync(TestSigner.SignedRequest("x", "account.status", DemoAccount.Ed25519ApiKey, time.Ms()));
        Assert.Equal(401, later.GetProperty("status").GetInt32());
        Assert.Equal(-2015, later.GetProperty("error").GetProperty("code").GetInt32());

        // Other keys of the account still work.
        var hmac = await client.RequestAsync(TestSigner.SignedRequest("h", "account.status", DemoAccount.HmacApiKey, time.Ms()));
        Assert.Equal(200, hmac.GetProperty("status").GetInt32());
        Assert.Throws<ArgumentException>(() => emulator.RevokeApiKey("unknownKey000000000000"));
    }
}
