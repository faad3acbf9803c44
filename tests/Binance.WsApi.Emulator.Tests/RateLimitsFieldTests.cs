using System.Text.Json;
using Binance.WsApi.Emulator.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Binance.WsApi.Emulator.Tests;

/// <summary>
/// <c>rateLimits</c> only on replies whose documented examples carry it; the methods without it are still charged
/// their weight (seen in the next ping's count).
/// </summary>
public sealed class RateLimitsFieldTests
{
    public static TheoryData<string, string, string, bool, int> Omitted => new()
    {
        // market, method, params (JSON members), signed, weight charged
        { "spot", "session.status", "", false, 2 },
        { "spot", "session.logout", "", false, 2 },
        { "spot", "session.logon", "", true, 2 },
        { "spot", "session.subscriptions", "", false, 2 },
        { "spot", "userDataStream.subscribe", "", false, 2 },
        { "spot", "userDataStream.subscribe.signature", "", true, 2 },
        { "spot", "userDataStream.unsubscribe", "", false, 2 },
        { "spot", "executionRules", "\"symbol\":\"BTCUSDT\"", false, 2 },
        { "spot", "referencePrice", "\"symbol\":\"BTCUSDT\"", false, 2 },
        { "spot", "referencePrice.calculation", "\"symbol\":\"BTCUSDT\"", false, 2 },
        { "spot", "myFilters", "\"symbol\":\"BTCUSDT\"", true, 40 },
        { "spot", "orderList.place.opo", "\"symbol\":\"BTCUSDT\"", true, 1 },   // refused (-1102): not refunded
        { "spot", "orderList.place.opoco", "\"symbol\":\"BTCUSDT\"", true, 1 },
        { "usdm", "order.status", "\"symbol\":\"BTCUSDT\",\"orderId\":1", true, 1 },
        { "usdm", "session.status", "", false, 2 },
        { "usdm", "session.logout", "", false, 2 },
        { "usdm", "session.logon", "", true, 2 },
    };

    [Theory]
    [MemberData(nameof(Omitted))]
    public async Task Reply_has_no_rateLimits_but_the_weight_is_charged(string market, string method, string members, bool signed, int weight)
    {
        FakeTimeProvider time = TestClock.Create();
        await using var emulator = await TestClock.StartAsync(time);
        await using var client = await RawWsClient.ConnectAsync(market == "spot" ? emulator.SpotUri : emulator.UsdMUri);
        int before = await PingCountAsync(client);

        string request = signed
            ? TestSigner.SignedRequest("m1", method, method == "session.logon" ? DemoAccount.Ed25519ApiKey : DemoAccount.HmacApiKey, time.Ms(),
                members.Length == 0 ? [] : members.Split(',').Select(m => m.Split(':', 2)).Select(kv => (kv[0].Trim('"'), kv[1])).ToArray())
            : $"{{\"id\":\"m1\",\"method\":\"{method}\",\"params\":{{{members}}}}}";
        JsonElement reply = await client.RequestAsync(request);

        Assert.False(reply.TryGetProperty("rateLimits", out _), reply.ToString());
        Assert.Equal(before + weight + 1, await PingCountAsync(client));
    }

    [Fact]
    public async Task Returning_rate_limits_explicitly_does_not_bring_the_field_back()
    {
        await using var emulator = await TestClock.StartAsync(TestClock.Create());
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);

        JsonElement reply = await client.RequestAsync("{\"id\":1,\"method\":\"session.status\",\"params\":{\"returnRateLimits\":true}}");

        Assert.False(reply.TryGetProperty("rateLimits", out _));
    }

    [Fact]
    public async Task Coin_m_session_replies_keep_rateLimits_as_their_examples()
    {
        await using var emulator = await TestClock.StartAsync(TestClock.Create());
        await using var client = await RawWsClient.ConnectAsync(emulator.CoinMUri);

        JsonElement reply = await client.RequestAsync("{\"id\":1,\"method\":\"session.status\"}");

        Assert.True(reply.TryGetProperty("rateLimits", out _));
        Assert.True(Fixtures.Json("coinm-session.status.response.json").TryGetProperty("rateLimits", out _));
    }

    [Fact]
    public void Every_omitted_method_has_a_response_fixture_without_rateLimits()
    {
        foreach (object[] row in Omitted)
        {
            string prefix = $"{row[0]}-{row[1]}.response";
            string[] files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "fixtures"), prefix + "*.json");
            if (files.Length == 0 && (string)row[1] is "userDataStream.subscribe.signature" or "session.subscriptions")
            {
                files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "fixtures"), $"{row[0]}-observed-{row[1]}.response*.json");
            }

            Assert.True(files.Length > 0, prefix);
            Assert.All(files, f => Assert.False(Fixtures.Json(Path.GetFileName(f)).TryGetProperty("rateLimits", out _), f));
        }
    }

    private static async Task<int> PingCountAsync(RawWsClient client) =>
        (await client.RequestAsync("{\"id\":\"ping\",\"method\":\"ping\"}")).GetProperty("rateLimits")[0].GetProperty("count").GetInt32();
}
