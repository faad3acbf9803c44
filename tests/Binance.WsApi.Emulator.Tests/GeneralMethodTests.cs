using System.Text.Json;
using Binance.WsApi.Emulator.Tests.Infrastructure;

namespace Binance.WsApi.Emulator.Tests;

/// <summary>ping, time, exchangeInfo: shapes against the fixtures, rateLimits, parameters and their errors.</summary>
public sealed class GeneralMethodTests
{
    [Fact]
    public async Task Ping_answers_an_empty_object_with_the_weight_after_the_handshake()
    {
        var time = TestClock.Create();
        await using var emulator = await TestClock.StartAsync(time);
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);

        await client.SendAsync("{\"id\":\"922bcc6e-9de8-440d-9e84-7c80933a8d0d\",\"method\":\"ping\"}");

        // handshake 2 + ping 1
        Assert.Equal(
            "{\"id\":\"922bcc6e-9de8-440d-9e84-7c80933a8d0d\",\"status\":200,\"result\":{}," +
            "\"rateLimits\":[{\"rateLimitType\":\"REQUEST_WEIGHT\",\"interval\":\"MINUTE\",\"intervalNum\":1,\"limit\":6000,\"count\":3}]}",
            await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task Time_reports_the_emulator_clock()
    {
        var time = TestClock.Create();
        await using var emulator = await TestClock.StartAsync(time);
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);

        var response = await client.RequestAsync("{\"id\":1,\"method\":\"time\"}");

        Assert.Equal(time.Ms(), response.GetProperty("result").GetProperty("serverTime").GetInt64());
        Fixtures.AssertHasAllFields(Fixtures.Json("spot-time.response.json"), response);
    }

    [Fact]
    public async Task ReturnRateLimits_query_option_and_per_request_override()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync();
        await using var quiet = await RawWsClient.ConnectAsync(new Uri(emulator.SpotUri + "?returnRateLimits=false"));
        await using var normal = await RawWsClient.ConnectAsync(emulator.SpotUri);

        Assert.False((await quiet.RequestAsync("{\"id\":1,\"method\":\"time\"}")).TryGetProperty("rateLimits", out _));
        Assert.True((await quiet.RequestAsync("{\"id\":2,\"method\":\"time\",\"params\":{\"returnRateLimits\":true}}")).TryGetProperty("rateLimits", out _));
        Assert.False((await normal.RequestAsync("{\"id\":3,\"method\":\"time\",\"params\":{\"returnRateLimits\":false}}")).TryGetProperty("rateLimits", out _));
        Assert.True((await normal.RequestAsync("{\"id\":4,\"method\":\"time\"}")).TryGetProperty("rateLimits", out _));
    }

    [Fact]
    public async Task ExchangeInfo_has_every_field_of_the_documented_example()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync();
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);

        var response = await client.RequestAsync(Fixtures.Text("spot-exchangeInfo.request.json"));

        Fixtures.AssertHasAllFields(Fixtures.Json("spot-exchangeInfo.response.json"), response);
        JsonElement symbols = response.GetProperty("result").GetProperty("symbols");
        Assert.Equal("BNBBTC", Assert.Single(symbols.EnumerateArray()).GetProperty("symbol").GetString());
        Assert.Equal(20, response.GetProperty("rateLimits")[0].GetProperty("count").GetInt32() - 2); // weight 20 after handshake 2
        var limitTypes = response.GetProperty("result").GetProperty("rateLimits").EnumerateArray()
            .Select(l => l.GetProperty("rateLimitType").GetString()).ToArray();
        Assert.Contains("CONNECTIONS", limitTypes);
    }

    [Fact]
    public async Task ExchangeInfo_without_parameters_lists_the_realistic_symbol_table()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync();
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);

        var result = (await client.RequestAsync("{\"id\":1,\"method\":\"exchangeInfo\"}")).GetProperty("result");

        var symbols = result.GetProperty("symbols").EnumerateArray().ToDictionary(s => s.GetProperty("symbol").GetString()!);
        foreach (string name in new[] { "BTCUSDT", "ETHUSDT", "BNBUSDT", "ETHBTC", "BNBBTC" })
        {
            Assert.True(symbols.ContainsKey(name), name);
        }

        var btcFilters = symbols["BTCUSDT"].GetProperty("filters").EnumerateArray()
            .ToDictionary(f => f.GetProperty("filterType").GetString()!);
        foreach (string filter in new[] { "PRICE_FILTER", "LOT_SIZE", "NOTIONAL", "MARKET_LOT_SIZE", "PERCENT_PRICE_BY_SIDE", "ICEBERG_PARTS", "MAX_NUM_ORDERS", "MAX_NUM_ALGO_ORDERS", "TRAILING_DELTA" })
        {
            Assert.True(btcFilters.ContainsKey(filter), filter);
        }

        Assert.Equal("0.01000000", btcFilters["PRICE_FILTER"].GetProperty("tickSize").GetString());
        Assert.Contains(symbols["BNBBTC"].GetProperty("filters").EnumerateArray(), f => f.GetProperty("filterType").GetString() == "MIN_NOTIONAL");
        Assert.Equal("BTC", result.GetProperty("sors")[0].GetProperty("baseAsset").GetString());
    }

    [Theory]
    [InlineData("{\"symbol\":\"NOPE\"}", -1121, "Invalid symbol.")]
    [InlineData("{\"symbols\":[\"BTCUSDT\",\"NOPE\"]}", -1121, "Invalid symbol.")]
    [InlineData("{\"symbols\":[\"BTCUSDT\",\"BTCUSDT\"]}", -1151, "Symbol is present multiple times in the list.")]
    [InlineData("{\"symbols\":[]}", -1102, "Mandatory parameter 'symbols' was not sent, was empty/null, or malformed.")]
    [InlineData("{\"symbols\":\"BTCUSDT\"}", -1135, "JSON sent for parameter 'symbols' is not valid.")]
    [InlineData("{\"symbol\":\"BTCUSDT\",\"symbols\":[\"ETHUSDT\"]}", -1128, "Combination of optional parameters invalid.")]
    [InlineData("{\"symbol\":\"BTCUSDT\",\"permissions\":[\"SPOT\"]}", -1128, "Combination of optional parameters invalid.")]
    [InlineData("{\"symbol\":\"BTCUSDT\",\"symbolStatus\":\"TRADING\"}", -1128, "Combination of optional parameters invalid.")]
    [InlineData("{\"symbolStatus\":\"SLEEPING\"}", -1122, "Invalid symbolStatus.")]
    public async Task ExchangeInfo_parameter_errors(string parameters, int code, string message)
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync();
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);

        var response = await client.RequestAsync($"{{\"id\":1,\"method\":\"exchangeInfo\",\"params\":{parameters}}}");

        Assert.Equal(400, response.GetProperty("status").GetInt32());
        Assert.Equal(code, response.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(message, response.GetProperty("error").GetProperty("msg").GetString());
        Assert.True(response.TryGetProperty("rateLimits", out _));
    }

    [Theory]
    [InlineData("{\"symbolStatus\":\"BREAK\"}", new[] { "LTCBTC" })]
    [InlineData("{\"symbol\":\"ETHBTC\"}", new[] { "ETHBTC" })]
    [InlineData("{\"symbols\":[\"ETHUSDT\",\"BTCUSDT\"]}", new[] { "ETHUSDT", "BTCUSDT" })]
    [InlineData("{\"symbols\":\"[\\\"BNBUSDT\\\"]\"}", new[] { "BNBUSDT" })]
    [InlineData("{\"permissions\":\"TRD_GRP_005\"}", new[] { "BTCUSDT", "ETHUSDT" })]
    public async Task ExchangeInfo_filters(string parameters, string[] expected)
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync();
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);

        var response = await client.RequestAsync($"{{\"id\":1,\"method\":\"exchangeInfo\",\"params\":{parameters}}}");

        var names = response.GetProperty("result").GetProperty("symbols").EnumerateArray().Select(s => s.GetProperty("symbol").GetString()).ToArray();
        Assert.Equal(expected, names);
    }

    [Fact]
    public async Task ExchangeInfo_showPermissionSets_false_empties_the_sets()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync();
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);

        var response = await client.RequestAsync("{\"id\":1,\"method\":\"exchangeInfo\",\"params\":{\"symbol\":\"BTCUSDT\",\"showPermissionSets\":false}}");

        Assert.Equal(0, response.GetProperty("result").GetProperty("symbols")[0].GetProperty("permissionSets").GetArrayLength());
    }

    [Fact]
    public async Task Futures_paths_serve_general_methods_with_their_own_symbols_and_limits()
    {
        var time = TestClock.Create();
        await using var emulator = await TestClock.StartAsync(time);
        await using var usdm = await RawWsClient.ConnectAsync(emulator.UsdMUri);
        await using var coinm = await RawWsClient.ConnectAsync(emulator.CoinMUri);

        var ping = await usdm.RequestAsync("{\"id\":1,\"method\":\"ping\"}");
        Assert.Equal(2400, ping.GetProperty("rateLimits")[0].GetProperty("limit").GetInt32());
        Assert.Equal(6, ping.GetProperty("rateLimits")[0].GetProperty("count").GetInt32()); // handshake 5 + ping 1
        Assert.Equal(time.Ms(), (await coinm.RequestAsync("{\"id\":2,\"method\":\"time\"}")).GetProperty("result").GetProperty("serverTime").GetInt64());

        var usdmSymbols = (await usdm.RequestAsync("{\"id\":3,\"method\":\"exchangeInfo\"}")).GetProperty("result").GetProperty("symbols")
            .EnumerateArray().Select(s => s.GetProperty("symbol").GetString()!).ToArray();
        var coinmSymbols = (await coinm.RequestAsync("{\"id\":4,\"method\":\"exchangeInfo\"}")).GetProperty("result").GetProperty("symbols")
            .EnumerateArray().Select(s => s.GetProperty("symbol").GetString()!).ToArray();
        Assert.Equal(["BTCUSDT", "ETHUSDT"], usdmSymbols);
        Assert.Equal(["BTCUSD_PERP", "ETHUSD_PERP"], coinmSymbols);

        // Spot-only methods do not exist on futures paths.
        Assert.Equal(-1020, (await usdm.RequestAsync("{\"id\":5,\"method\":\"order.test\"}")).GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Unknown_paths_and_plain_http_are_rejected()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync();
        using var http = new HttpClient();

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await http.GetAsync(new Uri(emulator.HttpBaseUri, "ws/btcusdt@trade"))).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await http.GetAsync(new Uri(emulator.HttpBaseUri, "ws-api/v3"))).StatusCode);
    }
}
