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

    private static async Task<string> SendAndReceiveAsync(RawWsClient client, string request)
    {
        await client.SendAsync(request);
        return await client.ReceiveTextAsync();
    }
}
