using System.Text.Json;
using Binance.WsApi.Emulator.Tests.Infrastructure;

namespace Binance.WsApi.Emulator.Tests;

/// <summary>REQUEST_WEIGHT per IP in calendar minutes (docs/protocol.md §3).</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task Weight_over_the_limit_is_429_with_retryAfter_at_the_next_minute()
    {
        var time = TestClock.Create();
        await using var emulator = await TestClock.StartAsync(time, o => o.SpotRequestWeightPerMinute = 10);
        await using var first = await RawWsClient.ConnectAsync(emulator.SpotUri);
        await using var second = await RawWsClient.ConnectAsync(emulator.SpotUri); // same IP: shares the budget

        for (int i = 0; i < 6; i++) // 2 handshakes (4) + 6 pings = 10
        {
            var ok = await first.RequestAsync($"{{\"id\":{i},\"method\":\"ping\"}}");
            Assert.Equal(200, ok.GetProperty("status").GetInt32());
            Assert.Equal(5 + i, ok.GetProperty("rateLimits")[0].GetProperty("count").GetInt32());
        }

        string limited = await SendAndReceiveAsync(second, "{\"id\":99,\"method\":\"ping\"}");
        long nextMinute = (time.Ms() / 60000 + 1) * 60000;
        Assert.Equal(
            "{\"id\":99,\"status\":429,\"error\":{\"code\":-1003,\"msg\":\"Too much request weight used; current limit is 10 request weight per 1 MINUTE. " +
            "Please use WebSocket Streams for live updates to avoid polling the API.\",\"data\":{\"serverTime\":" + time.Ms() + ",\"retryAfter\":" + nextMinute + "}}," +
            "\"rateLimits\":[{\"rateLimitType\":\"REQUEST_WEIGHT\",\"interval\":\"MINUTE\",\"intervalNum\":1,\"limit\":10,\"count\":11}]}",
            limited);

        time.SetUtcNow(DateTimeOffset.FromUnixTimeMilliseconds(nextMinute));
        var again = await second.RequestAsync("{\"id\":100,\"method\":\"ping\"}");
        Assert.Equal(200, again.GetProperty("status").GetInt32());
        Assert.Equal(1, again.GetProperty("rateLimits")[0].GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Spot_and_futures_budgets_are_separate()
    {
        var time = TestClock.Create();
        await using var emulator = await TestClock.StartAsync(time, o => o.SpotRequestWeightPerMinute = 3);
        await using var spot = await RawWsClient.ConnectAsync(emulator.SpotUri);
        await using var usdm = await RawWsClient.ConnectAsync(emulator.UsdMUri);

        Assert.Equal(200, (await spot.RequestAsync("{\"id\":1,\"method\":\"ping\"}")).GetProperty("status").GetInt32());
        Assert.Equal(429, (await spot.RequestAsync("{\"id\":2,\"method\":\"ping\"}")).GetProperty("status").GetInt32());
        Assert.Equal(200, (await usdm.RequestAsync("{\"id\":3,\"method\":\"ping\"}")).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task An_IP_that_keeps_sending_inside_a_429_back_off_is_banned_with_418_and_dropped()
    {
        var time = TestClock.Create();
        await using var emulator = await TestClock.StartAsync(time, o =>
        {
            o.SpotRequestWeightPerMinute = 3;
            o.RateLimitViolationsBeforeBan = 3;
        });
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);

        Assert.Equal(200, (await client.RequestAsync("{\"id\":1,\"method\":\"ping\"}")).GetProperty("status").GetInt32()); // handshake 2 + 1
        Assert.Equal(429, (await client.RequestAsync("{\"id\":2,\"method\":\"ping\"}")).GetProperty("status").GetInt32()); // back-off starts
        Assert.Equal(429, (await client.RequestAsync("{\"id\":3,\"method\":\"ping\"}")).GetProperty("status").GetInt32()); // violation 1
        Assert.Equal(429, (await client.RequestAsync("{\"id\":4,\"method\":\"ping\"}")).GetProperty("status").GetInt32()); // violation 2

        var banned = await client.RequestAsync("{\"id\":5,\"method\":\"ping\"}"); // violation 3: banned
        Assert.Equal(418, banned.GetProperty("status").GetInt32());
        Assert.Equal(-1003, banned.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(time.Ms() + 120_000, banned.GetProperty("error").GetProperty("data").GetProperty("retryAfter").GetInt64());
        Assert.Equal(System.Net.WebSockets.WebSocketCloseStatus.PolicyViolation, (await client.ReceiveCloseAsync()).Status);

        // The ban outlives the minute's weight bucket and covers new connections of the IP; it ends after two minutes.
        time.Advance(TimeSpan.FromSeconds(61));
        await using var again = await RawWsClient.ConnectAsync(emulator.SpotUri);
        Assert.Equal(418, (await again.RequestAsync("{\"id\":6,\"method\":\"ping\"}")).GetProperty("status").GetInt32());
        time.Advance(TimeSpan.FromSeconds(60));
        await using var after = await RawWsClient.ConnectAsync(emulator.SpotUri);
        Assert.Equal(200, (await after.RequestAsync("{\"id\":7,\"method\":\"ping\"}")).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_client_that_waits_for_retryAfter_is_never_banned()
    {
        var time = TestClock.Create();
        await using var emulator = await TestClock.StartAsync(time, o =>
        {
            o.SpotRequestWeightPerMinute = 3;
            o.RateLimitViolationsBeforeBan = 1;
        });
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);
        int id = 0;
        for (int minute = 0; minute < 3; minute++)
        {
            // Pings until the minute's budget is spent, then nothing until the 429's retryAfter.
            JsonElement answer;
            do
            {
                answer = await client.RequestAsync($"{{\"id\":{++id},\"method\":\"ping\"}}");
            }
            while (answer.GetProperty("status").GetInt32() == 200);

            Assert.Equal(429, answer.GetProperty("status").GetInt32());
            time.SetUtcNow(DateTimeOffset.FromUnixTimeMilliseconds(answer.GetProperty("error").GetProperty("data").GetProperty("retryAfter").GetInt64()));
        }

        Assert.Equal(200, (await client.RequestAsync("{\"id\":99,\"method\":\"ping\"}")).GetProperty("status").GetInt32());
    }

    private static async Task<string> SendAndReceiveAsync(RawWsClient client, string request)
    {
        await client.SendAsync(request);
        return await client.ReceiveTextAsync();
    }
}
