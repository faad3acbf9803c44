using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using Binance.WsApi.Emulator.Tests.Infrastructure;

namespace Binance.WsApi.Emulator.Tests;

/// <summary>Every injected fault, through the in-process API.</summary>
public sealed class FaultTests
{
    [Fact]
    public async Task DropConnections_aborts_every_connection_without_a_close_frame()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync();
        await using var a = await RawWsClient.ConnectAsync(emulator.SpotUri);
        await using var b = await RawWsClient.ConnectAsync(emulator.UsdMUri);
        await a.RequestAsync("{\"id\":1,\"method\":\"ping\"}"); // both registered
        await b.RequestAsync("{\"id\":1,\"method\":\"ping\"}");

        Assert.Equal(2, await emulator.Faults.DropConnectionsAsync());

        await a.AssertDroppedAsync();
        await b.AssertDroppedAsync();
        Assert.Equal(2, emulator.AcceptedConnectionCount);
    }

    [Fact]
    public async Task DropOnNextRequest_of_a_method_drops_only_that_request()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync();
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);
        emulator.Faults.DropOnNextRequest("time");

        Assert.Equal(200, (await client.RequestAsync("{\"id\":1,\"method\":\"ping\"}")).GetProperty("status").GetInt32());
        await client.SendAsync("{\"id\":2,\"method\":\"time\"}");

        await client.AssertDroppedAsync();
        ReceivedRequest seen = await emulator.WaitForRequestAsync(r => r.Method == "time", TimeSpan.FromSeconds(5));
        Assert.Equal("/ws-api/v3", seen.Path);
        Assert.Equal("{\"id\":2,\"method\":\"time\"}", seen.Text);

        await using var next = await RawWsClient.ConnectAsync(emulator.SpotUri); // armed once only
        Assert.Equal(200, (await next.RequestAsync("{\"id\":3,\"method\":\"time\"}")).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task SwallowResponses_executes_but_does_not_answer()
    {
        var time = TestClock.Create();
        await using var emulator = await TestClock.StartAsync(time);
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);
        emulator.Faults.SwallowResponses(1, "session.logon");

        await client.SendAsync(TestSigner.SignedRequest("swallowed", "session.logon", DemoAccount.Ed25519ApiKey, time.Ms()));
        var status = await client.RequestAsync("{\"id\":\"after\",\"method\":\"session.status\"}");

        Assert.Equal("after", status.GetProperty("id").GetString()); // no answer for "swallowed" came first
        Assert.Equal(DemoAccount.Ed25519ApiKey, status.GetProperty("result").GetProperty("apiKey").GetString()); // but it ran
    }

    [Fact]
    public async Task DelayResponses_lets_later_responses_overtake()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync();
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);
        emulator.Faults.DelayResponses(1, TimeSpan.FromMilliseconds(300), "ping");

        await client.SendAsync("{\"id\":\"slow\",\"method\":\"ping\"}");
        await client.SendAsync("{\"id\":\"fast\",\"method\":\"time\"}");

        Assert.Equal("fast", (await client.ReceiveJsonAsync()).GetProperty("id").GetString());
        Assert.Equal("slow", (await client.ReceiveJsonAsync()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task SendMalformedFrame_reaches_every_connection_and_they_keep_working()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync();
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);
        await client.RequestAsync("{\"id\":1,\"method\":\"ping\"}");

        Assert.Equal(1, await emulator.Faults.SendMalformedFrameAsync());

        Assert.Equal("{\"this is\": not json", await client.ReceiveTextAsync());
        Assert.Equal(200, (await client.RequestAsync("{\"id\":2,\"method\":\"ping\"}")).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task RefuseConnections_answers_the_handshake_with_503()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync();
        emulator.Faults.RefuseConnections = true;

        using var refused = new ClientWebSocket();
        refused.Options.CollectHttpResponseDetails = true;
        await Assert.ThrowsAsync<WebSocketException>(() => refused.ConnectAsync(emulator.SpotUri, CancellationToken.None));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.HttpStatusCode);

        emulator.Faults.Reset();
        await using var accepted = await RawWsClient.ConnectAsync(emulator.SpotUri);
        Assert.Equal(1, emulator.AcceptedConnectionCount);
    }

    [Fact]
    public async Task ForceRateLimit_429_answers_without_executing_then_recovers()
    {
        var time = TestClock.Create();
        await using var emulator = await TestClock.StartAsync(time);
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);
        emulator.Faults.ForceRateLimit(1, 429, TimeSpan.FromSeconds(30));

        var limited = await client.RequestAsync(TestSigner.SignedRequest("l", "session.logon", DemoAccount.Ed25519ApiKey, time.Ms()));

        Assert.Equal(429, limited.GetProperty("status").GetInt32());
        JsonElement error = limited.GetProperty("error");
        Assert.Equal(-1003, error.GetProperty("code").GetInt32());
        Assert.StartsWith("Too much request weight used; current limit is 6000 request weight per 1 MINUTE.", error.GetProperty("msg").GetString());
        Assert.Equal(time.Ms(), error.GetProperty("data").GetProperty("serverTime").GetInt64());
        Assert.Equal(time.Ms() + 30_000, error.GetProperty("data").GetProperty("retryAfter").GetInt64());

        var status = await client.RequestAsync("{\"id\":2,\"method\":\"session.status\"}");
        Assert.Equal(200, status.GetProperty("status").GetInt32());
        Assert.Equal(JsonValueKind.Null, status.GetProperty("result").GetProperty("apiKey").ValueKind); // logon was not executed
    }

    [Fact]
    public async Task ForceRateLimit_418_bans_and_closes()
    {
        var time = TestClock.Create();
        await using var emulator = await TestClock.StartAsync(time);
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);
        emulator.Faults.ForceRateLimit(1, 418, TimeSpan.FromMinutes(5));

        var banned = await client.RequestAsync("{\"id\":\"fc93a61a\",\"method\":\"ping\"}");

        long until = time.Ms() + 300_000;
        Assert.Equal(418, banned.GetProperty("status").GetInt32());
        Assert.Equal(
            $"Way too much request weight used; IP banned until {until}. Please use WebSocket Streams for live updates to avoid bans.",
            banned.GetProperty("error").GetProperty("msg").GetString());
        Assert.Equal(until, banned.GetProperty("error").GetProperty("data").GetProperty("retryAfter").GetInt64());
        Fixtures.AssertHasAllFields(Fixtures.Json("spot-error.response-418-ip-banned.json"), banned);
        var (closeStatus, _) = await client.ReceiveCloseAsync();
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, closeStatus);
        Assert.Throws<ArgumentOutOfRangeException>(() => emulator.Faults.ForceRateLimit(1, 500));
    }

    [Fact]
    public async Task ServerShutdown_event_then_close_1001_after_the_grace()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync(new EmulatorOptions { ServerShutdownGrace = TimeSpan.FromMilliseconds(200) });
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);
        await client.RequestAsync("{\"id\":1,\"method\":\"ping\"}");

        Assert.Equal(1, await emulator.Faults.SendServerShutdownAsync());

        var pushed = await client.ReceiveJsonAsync();
        Assert.Equal(
            Fixtures.PropertyPaths(Fixtures.Json("spot-event-serverShutdown.json")),
            Fixtures.PropertyPaths(pushed));
        Assert.Equal("serverShutdown", pushed.GetProperty("event").GetProperty("e").GetString());
        var (closeStatus, _) = await client.ReceiveCloseAsync();
        Assert.Equal(WebSocketCloseStatus.EndpointUnavailable, closeStatus);
    }

    [Fact]
    public async Task Reset_disarms_pending_faults()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync();
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);
        emulator.Faults.SwallowResponses(5);
        emulator.Faults.DropOnNextRequest();
        emulator.Faults.ForceRateLimit(3);

        emulator.Faults.Reset();

        Assert.Equal(200, (await client.RequestAsync("{\"id\":1,\"method\":\"ping\"}")).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task ReceivedRequests_records_every_frame_and_waits_for_future_ones()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync();
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);
        Task<ReceivedRequest> waiting = emulator.WaitForRequestAsync(r => r.Method == "time", TimeSpan.FromSeconds(5));

        await client.RequestAsync("not json");
        await client.RequestAsync("{\"id\":1,\"method\":\"time\"}");

        ReceivedRequest time = await waiting;
        Assert.Equal(1, time.ConnectionId);
        Assert.Equal(["not json", "{\"id\":1,\"method\":\"time\"}"], emulator.ReceivedRequests.Select(r => r.Text).ToArray());
        await Assert.ThrowsAsync<TimeoutException>(() => emulator.WaitForRequestAsync(r => r.Method == "never", TimeSpan.FromMilliseconds(50)));
    }
}
