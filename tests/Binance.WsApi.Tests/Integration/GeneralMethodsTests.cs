using System.Text.Json;
using Binance.WsApi.Emulator;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Integration;

/// <summary>The spot general methods, end to end against the emulator over loopback.</summary>
public class GeneralMethodsTests
{
    [Fact]
    public async Task Ping_sends_exactly_the_documented_frame()
    {
        await using var h = await EmulatorHarness.StartAsync();
        WsApiResponse<EmptyResult> response = await h.Client.TestSpotConnectivityAsync();
        Assert.Equal(200, response.Status);
        Assert.Contains(response.RateLimits, r => r.RateLimitType == RateLimitType.RequestWeight && r.Count >= 1);

        ReceivedRequest sent = await h.Emulator.WaitForRequestAsync(r => r.Method == "ping", EmulatorHarness.Wait);
        Assert.Equal($$"""{"id":{{response.Id}},"method":"ping"}""", sent.Text);
    }

    [Fact]
    public async Task Server_time_is_the_emulator_clock()
    {
        await using var h = await EmulatorHarness.StartAsync();
        long before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        WsApiResponse<ServerTime> response = await h.Client.GetSpotServerTimeAsync();
        long after = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        Assert.InRange(response.Result.ServerTimeMs, before - 5, after + 5);
    }

    [Fact]
    public async Task Exchange_info_lists_symbols_with_filters()
    {
        await using var h = await EmulatorHarness.StartAsync();
        SpotExchangeInfo all = (await h.Client.GetSpotExchangeInfoAsync()).Result;
        Assert.True(all.Symbols.Count >= 5);
        SpotSymbolInfo btc = all.GetSymbol("BTCUSDT")!;
        Assert.Equal("BTC", btc.BaseAsset);
        Assert.NotNull(btc.GetFilter("PRICE_FILTER")?.TickSize);
        Assert.NotNull(btc.GetFilter("LOT_SIZE")?.StepSize);
        Assert.Contains(all.RateLimits, r => r.RateLimitType == RateLimitType.Connections);

        SpotExchangeInfo two = (await h.Client.GetSpotExchangeInfoAsync(new SpotExchangeInfoRequest { Symbols = ["BTCUSDT", "ETHBTC"] })).Result;
        Assert.Equal(["BTCUSDT", "ETHBTC"], two.Symbols.Select(s => s.Symbol).Order().ToArray());

        ReceivedRequest sent = await h.Emulator.WaitForRequestAsync(r => r.Method == "exchangeInfo" && r.Text.Contains("symbols", StringComparison.Ordinal), EmulatorHarness.Wait);
        Assert.Contains("\"params\":{\"symbols\":[\"BTCUSDT\",\"ETHBTC\"]}", sent.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_symbol_keeps_binance_code_and_message()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var ex = await Assert.ThrowsAsync<BinanceApiException>(() => h.Client.GetSpotExchangeInfoAsync(new SpotExchangeInfoRequest { Symbol = "NOPE" }));
        Assert.Equal(-1121, ex.Code);
        Assert.Equal("Invalid symbol.", ex.BinanceMessage);
        Assert.Equal(400, ex.Status);
        Assert.Equal("exchangeInfo", ex.Method);
    }

    [Fact]
    public async Task Session_status_when_not_logged_on()
    {
        await using var h = await EmulatorHarness.StartAsync();
        SessionStatus status = (await h.Client.GetSpotSessionStatusAsync()).Result;
        Assert.False(status.IsLoggedOn);
        Assert.True(status.ConnectedSince > 0);
    }

    [Fact]
    public async Task Generic_send_reaches_any_method_and_surfaces_unknown_ones()
    {
        await using var h = await EmulatorHarness.StartAsync();
        WsApiResponse<JsonElement> time = await h.Client.SendAsync(WsApiEndpoint.Spot, "time");
        Assert.True(time.Result.GetProperty("serverTime").GetInt64() > 0);

        var ex = await Assert.ThrowsAsync<BinanceApiException>(() => h.Client.SendAsync(WsApiEndpoint.Spot, "no.such.method"));
        Assert.Equal(-1020, ex.Code);
    }

    [Fact]
    public async Task Returning_no_rate_limits_when_asked()
    {
        await using var h = await EmulatorHarness.StartAsync(configure: o => o.ReturnRateLimits = false);
        WsApiResponse<ServerTime> response = await h.Client.GetSpotServerTimeAsync();
        Assert.Empty(response.RateLimits);
    }

    [Fact]
    public async Task Time_sync_measures_the_server_offset()
    {
        var skewed = new OffsetTimeProvider(TimeSpan.FromSeconds(30));
        await using var h = await EmulatorHarness.StartAsync(emulatorOptions: new EmulatorOptions { TimeProvider = skewed });
        TimeSpan offset = await h.Client.SyncTimeAsync();
        Assert.InRange(offset.TotalMilliseconds, 29_000, 31_000);
        Assert.Equal(TimeSpan.FromMilliseconds((long)offset.TotalMilliseconds), h.Client.TimeOffset);
    }

    [Fact]
    public async Task Futures_endpoints_answer_general_methods()
    {
        await using var h = await EmulatorHarness.StartAsync();
        WsApiResponse<JsonElement> usdm = await h.Client.SendAsync(WsApiEndpoint.UsdM, "ping");
        WsApiResponse<JsonElement> coinm = await h.Client.SendAsync(WsApiEndpoint.CoinM, "time");
        Assert.Equal(200, usdm.Status);
        Assert.Equal(WsApiEndpoint.CoinM, coinm.Endpoint);
        Assert.Equal(2, h.Emulator.OpenConnectionCount);
    }
}

/// <summary>The system clock shifted by a fixed amount (a server whose clock differs from ours).</summary>
internal sealed class OffsetTimeProvider(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
}
