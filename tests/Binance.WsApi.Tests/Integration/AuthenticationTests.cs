using System.Text.Json;
using Binance.WsApi.Emulator;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Integration;

/// <summary>Each key type end to end, session logon, and how auth failures reach callers.</summary>
public class AuthenticationTests
{
    public static TheoryData<string> PerRequestKeys => new() { "HMAC", "RSA" };

    [Theory]
    [MemberData(nameof(PerRequestKeys))]
    public async Task Hmac_and_rsa_sign_every_request(string keyType)
    {
        ApiCredentials credentials = keyType == "HMAC" ? EmulatorHarness.Hmac : EmulatorHarness.Rsa;
        await using var h = await EmulatorHarness.StartAsync(credentials, o => o.RecvWindow = TimeSpan.FromMilliseconds(5000));
        WsApiResponse<JsonElement> account = await h.Client.SendAsync(WsApiEndpoint.Spot, "account.status", null, WsApiSecurity.Signed);
        Assert.True(account.Result.GetProperty("balances").GetArrayLength() > 0);

        ReceivedRequest sent = await h.Emulator.WaitForRequestAsync(r => r.Method == "account.status", EmulatorHarness.Wait);
        using var doc = JsonDocument.Parse(sent.Text);
        JsonElement p = doc.RootElement.GetProperty("params");
        Assert.Equal(credentials.ApiKey, p.GetProperty("apiKey").GetString());
        Assert.True(p.GetProperty("timestamp").GetInt64() > 0);
        Assert.Equal(5000, p.GetProperty("recvWindow").GetInt32());
        Assert.False(string.IsNullOrEmpty(p.GetProperty("signature").GetString()));
        Assert.False(h.Client.GetWsClient()[WsApiEndpoint.Spot].IsLoggedOn);
    }

    [Fact]
    public async Task Ed25519_logs_on_lazily_then_sends_only_the_timestamp()
    {
        await using var h = await EmulatorHarness.StartAsync(EmulatorHarness.Ed25519);
        await h.Client.TestSpotConnectivityAsync();
        Assert.False(h.Client.GetWsClient()[WsApiEndpoint.Spot].IsLoggedOn); // public calls do not log on

        WsApiResponse<JsonElement> account = await h.Client.SendAsync(WsApiEndpoint.Spot, "account.status", null, WsApiSecurity.Signed);
        Assert.Equal(200, account.Status);
        Assert.True(h.Client.GetWsClient()[WsApiEndpoint.Spot].IsLoggedOn);
        await h.Events.WaitForLifecycleAsync("authenticated");

        ReceivedRequest logon = await h.Emulator.WaitForRequestAsync(r => r.Method == "session.logon", EmulatorHarness.Wait);
        Assert.Contains("\"signature\"", logon.Text, StringComparison.Ordinal);
        ReceivedRequest sent = await h.Emulator.WaitForRequestAsync(r => r.Method == "account.status", EmulatorHarness.Wait);
        using var doc = JsonDocument.Parse(sent.Text);
        JsonElement p = doc.RootElement.GetProperty("params");
        Assert.True(p.TryGetProperty("timestamp", out _));
        Assert.False(p.TryGetProperty("signature", out _));
        Assert.False(p.TryGetProperty("apiKey", out _));

        SessionStatus status = (await h.Client.GetSpotSessionStatusAsync()).Result;
        Assert.Equal(DemoAccount.Ed25519ApiKey, status.ApiKey);
    }

    [Fact]
    public async Task Connect_logs_on_at_once_with_one_state_event_per_transition()
    {
        await using var h = await EmulatorHarness.StartAsync(EmulatorHarness.Ed25519);
        await h.Client.ConnectAsync(WsApiEndpoint.Spot);
        Assert.True(h.Client.GetWsClient()[WsApiEndpoint.Spot].IsLoggedOn);
        await h.Events.WaitForStateAsync(ConnectionState.Ready);
        Assert.Equal(
            [ConnectionState.Connecting, ConnectionState.Authenticating, ConnectionState.Ready],
            h.Events.States.Select(s => s.State).ToArray());
    }

    [Fact]
    public async Task Rejected_logon_fails_every_waiting_request_with_binance_code()
    {
        // A key the emulator does not know: the logon is refused and all five callers get that refusal.
        var unknown = ApiCredentials.Ed25519("UnknownKey0000000000000000000000000000000000000000000000000000000", DemoAccount.Ed25519PrivateKeyPem);
        await using var h = await EmulatorHarness.StartAsync(unknown);
        Task[] calls = Enumerable.Range(0, 5)
            .Select(_ => (Task)h.Client.SendAsync(WsApiEndpoint.Spot, "account.status", null, WsApiSecurity.Signed))
            .ToArray();
        foreach (Task call in calls)
        {
            var ex = await Assert.ThrowsAsync<BinanceApiException>(() => call);
            Assert.Equal(-2015, ex.Code);
            Assert.Equal("session.logon", ex.Method);
        }

        Assert.Equal(1, h.Emulator.ReceivedRequests.Count(r => r.Method == "session.logon"));
        // The connection itself is fine: public requests still work.
        Assert.Equal(200, (await h.Client.TestSpotConnectivityAsync()).Status);
    }

    [Fact]
    public async Task A_rejected_logon_is_reported_once_in_the_log_and_once_as_an_error_event()
    {
        var log = new CapturingLogger();
        var unknown = ApiCredentials.Ed25519("UnknownKey0000000000000000000000000000000000000000000000000000000", DemoAccount.Ed25519PrivateKeyPem);
        await using var h = await EmulatorHarness.StartAsync(unknown, o => o.Logger = log);

        await Assert.ThrowsAsync<BinanceApiException>(() => h.Client.ConnectAsync(WsApiEndpoint.Spot));
        await h.Events.WaitForErrorAsync(e => e.Message.Contains("session.logon", StringComparison.Ordinal));

        Assert.Single(h.Events.Errors, e => e.Message.Contains("session.logon", StringComparison.Ordinal));
        Assert.Single(log.Lines, l => l.Text.Contains("session.logon", StringComparison.Ordinal) && l.Text.Contains("-2015", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_placement_stopped_by_a_refused_logon_still_carries_its_generated_client_order_id()
    {
        var unknown = ApiCredentials.Ed25519("UnknownKey0000000000000000000000000000000000000000000000000000000", DemoAccount.Ed25519PrivateKeyPem);
        await using var h = await EmulatorHarness.StartAsync(unknown);
        var order = new SpotOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Limit) { TimeInForce = TimeInForce.Gtc, Quantity = 0.01m, Price = 1000m };
        Task<WsApiResponse<SpotOrderResult>>[] placements = [h.Client.SubmitNewSpotOrderAsync(order), h.Client.SubmitNewSpotOrderAsync(order)];

        var ids = new List<string>();
        foreach (Task<WsApiResponse<SpotOrderResult>> placement in placements)
        {
            var ex = await Assert.ThrowsAsync<BinanceApiException>(() => placement);
            Assert.Equal(-2015, ex.Code);
            Assert.Equal(RequestSendState.NotSent, ex.SendState);
            Assert.False(string.IsNullOrEmpty(ex.ClientOrderId));
            ids.Add(ex.ClientOrderId!);
        }

        // Each caller's copy names its own order, although both waited on the same logon.
        Assert.NotEqual(ids[0], ids[1]);
        Assert.DoesNotContain(h.Emulator.ReceivedRequests, r => r.Method == "order.place");
    }

    [Fact]
    public async Task Timestamp_carries_the_time_offset()
    {
        await using var h = await EmulatorHarness.StartAsync(EmulatorHarness.Hmac);
        h.Client.SetTimeOffsetMs(-20_000); // 20 s behind: outside the default 5 s recvWindow
        var ex = await Assert.ThrowsAsync<BinanceApiException>(() => h.Client.SendAsync(WsApiEndpoint.Spot, "account.status", null, WsApiSecurity.Signed));
        Assert.Equal(-1021, ex.Code);

        h.Client.SetTimeOffsetMs(0);
        Assert.Equal(200, (await h.Client.SendAsync(WsApiEndpoint.Spot, "account.status", null, WsApiSecurity.Signed)).Status);
    }

    [Fact]
    public async Task Signed_method_without_credentials_fails_before_sending()
    {
        await using var h = await EmulatorHarness.StartAsync();
        await Assert.ThrowsAsync<InvalidOperationException>(() => h.Client.SendAsync(WsApiEndpoint.Spot, "account.status", null, WsApiSecurity.Signed));
        Assert.DoesNotContain(h.Emulator.ReceivedRequests, r => r.Method == "account.status");
    }

    [Fact]
    public async Task Revoked_key_is_reported_and_the_logon_cleared()
    {
        await using var h = await EmulatorHarness.StartAsync(EmulatorHarness.Ed25519);
        await h.Client.ConnectAsync(WsApiEndpoint.Spot);
        h.Emulator.RevokeApiKey(DemoAccount.Ed25519ApiKey);
        // Whether the triggering request also gets its own error or no answer is the server's choice; either way it fails.
        await Assert.ThrowsAnyAsync<WsApiException>(() => h.Client.SendAsync(WsApiEndpoint.Spot, "account.status", null, WsApiSecurity.Signed, TimeSpan.FromSeconds(2)));
        await h.Events.WaitForErrorAsync(e => e.Exception is BinanceApiException { Status: 401, Code: -2015 });
        Assert.False(h.Client.GetWsClient()[WsApiEndpoint.Spot].IsLoggedOn);
    }
}
