using System.Text.Json;

namespace Binance.WsApi.Emulator.Tests.Admin;

/// <summary>The emulator's clock over HTTP: frozen, advanced, shifted; <c>time</c> answers what it says.</summary>
public sealed class ClockAdminTests : AdminTestBase
{
    private const long FrozenAt = 1767225600000; // 2026-01-01T00:00:00Z

    [Fact]
    public async Task Frozen_clock_is_what_time_answers()
    {
        JsonElement frozen = await PostOkAsync("admin/clock", $$"""{"freeze":true,"atMs":{{FrozenAt}}}""");
        Assert.True(frozen.GetProperty("frozen").GetBoolean());
        Assert.Equal(FrozenAt, ServerTime(await PublicAsync("time")));

        Assert.Equal(FrozenAt + 1500, (await PostOkAsync("admin/clock/advance", """{"ms":1500}""")).GetProperty("now").GetInt64());
        Assert.Equal(FrozenAt + 1500, ServerTime(await PublicAsync("time")));

        // Signed requests are judged against the same clock: a timestamp of the frozen time is on time.
        Ok(await SignedAsync("account.status"));

        JsonElement running = await PostOkAsync("admin/clock", """{"freeze":false}""");
        Assert.False(running.GetProperty("frozen").GetBoolean());
        Assert.InRange(ServerTime(await PublicAsync("time")), FrozenAt + 1500, FrozenAt + 60_000);
    }

    [Fact]
    public async Task Offset_shifts_the_running_clock()
    {
        const long dayMs = 86_400_000;
        await PostOkAsync("admin/clock", $$"""{"offsetMs":{{-dayMs}}}""");
        long real = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        Assert.InRange(ServerTime(await PublicAsync("time")), real - dayMs - 60_000, real - dayMs + 60_000);
        Assert.Equal(-dayMs, (await GetOkAsync("admin/clock")).GetProperty("offsetMs").GetInt64());

        await PostOkAsync("admin/clock", """{"offsetMs":0}""");
        Assert.InRange(ServerTime(await PublicAsync("time")), real - 60_000, real + 60_000);
    }

    private static long ServerTime(JsonElement response) => Ok(response).GetProperty("serverTime").GetInt64();
}
