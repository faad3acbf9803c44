using System.Net;
using System.Text.Json;
using Binance.WsApi.Emulator.Handlers;
using Binance.WsApi.Emulator.Protocol;
using Binance.WsApi.Emulator.Tests.Infrastructure;

namespace Binance.WsApi.Emulator.Tests.Parameters;

/// <summary>Strict mode: a parameter the method does not take is refused with -1104 (REST's text and counts) and has no effect.</summary>
public sealed class StrictParameterTests
{
    [Fact]
    public async Task Lenient_by_default_ignores_an_unknown_parameter()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync();
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);

        JsonElement reply = await client.RequestAsync("{\"id\":1,\"method\":\"ping\",\"params\":{\"foo\":1}}");

        Assert.Equal(200, reply.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Strict_refuses_an_unknown_parameter_with_the_counts()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync(new EmulatorOptions { StrictParameters = true });
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);

        JsonElement ping = await client.RequestAsync("{\"id\":1,\"method\":\"ping\",\"params\":{\"foo\":1}}");
        JsonElement price = await client.RequestAsync(
            "{\"id\":2,\"method\":\"ticker.price\",\"params\":{\"symbol\":\"BTCUSDT\",\"returnRateLimits\":false,\"sybmols\":[\"X\"]}}");
        JsonElement known = await client.RequestAsync("{\"id\":3,\"method\":\"ticker.price\",\"params\":{\"symbol\":\"BTCUSDT\"}}");

        Assert.Equal(400, ping.GetProperty("status").GetInt32());
        Assert.Equal("{\"code\":-1104,\"msg\":\"Not all sent parameters were read; read '0' parameter(s) but was sent '1'.\"}",
            ping.GetProperty("error").GetRawText());
        Assert.True(ping.TryGetProperty("rateLimits", out _)); // a parameter error of a known method: charged, like -1102
        Assert.Equal("Not all sent parameters were read; read '2' parameter(s) but was sent '3'.", price.GetProperty("error").GetProperty("msg").GetString());
        Assert.Equal(200, known.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Strict_refusal_of_an_order_places_nothing()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync(new EmulatorOptions { StrictParameters = true });
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);
        long now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        (string, string)[] order =
        [
            ("symbol", "\"BTCUSDT\""), ("side", "\"BUY\""), ("type", "\"LIMIT\""), ("timeInForce", "\"GTC\""), ("price", "\"50000\""),
            ("quantity", "\"0.001\""),
        ];
        decimal usdtBefore = emulator.GetBalance(DemoAccount.HmacApiKey, "USDT").Free;

        JsonElement refused = await client.RequestAsync(
            TestSigner.SignedRequest("o1", "order.place", DemoAccount.HmacApiKey, now, [.. order, ("postOnly", "true")]));

        // apiKey, timestamp, signature and the six order parameters are read; postOnly is not.
        Assert.Equal("Not all sent parameters were read; read '9' parameter(s) but was sent '10'.",
            refused.GetProperty("error").GetProperty("msg").GetString());
        Assert.Equal(usdtBefore, emulator.GetBalance(DemoAccount.HmacApiKey, "USDT").Free);
        JsonElement open = await client.RequestAsync(
            TestSigner.SignedRequest("o2", "openOrders.status", DemoAccount.HmacApiKey, now, ("symbol", "\"BTCUSDT\"")));
        Assert.Equal(0, open.GetProperty("result").GetArrayLength());

        JsonElement placed = await client.RequestAsync(TestSigner.SignedRequest("o3", "order.place", DemoAccount.HmacApiKey, now, order));
        Assert.Equal(200, placed.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Strict_mode_switches_in_process_and_over_admin()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync();
        await using var client = await RawWsClient.ConnectAsync(emulator.UsdMUri);
        using var http = new HttpClient { BaseAddress = emulator.HttpBaseUri };
        const string Request = "{\"id\":1,\"method\":\"time\",\"params\":{\"foo\":\"bar\"}}";

        emulator.StrictParameters = true;
        Assert.Equal(-1104, (await client.RequestAsync(Request)).GetProperty("error").GetProperty("code").GetInt32());
        emulator.StrictParameters = false;
        Assert.Equal(200, (await client.RequestAsync(Request)).GetProperty("status").GetInt32());

        HttpResponseMessage on = await http.PostAsync("admin/strict-parameters?on=true", null);
        Assert.Equal("{\"strictParameters\":true}", await on.Content.ReadAsStringAsync());
        Assert.Equal(-1104, (await client.RequestAsync(Request)).GetProperty("error").GetProperty("code").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync("admin/faults/reset", null)).StatusCode);
        Assert.True(emulator.StrictParameters); // a setting, not a fault
        Assert.Equal(HttpStatusCode.BadRequest, (await http.PostAsync("admin/strict-parameters?on=maybe", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync("admin/strict-parameters?on=false", null)).StatusCode);
        Assert.Equal(200, (await client.RequestAsync(Request)).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Every_registered_method_declares_its_parameters()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync();
        foreach (MarketKind market in Enum.GetValues<MarketKind>())
        {
            foreach (MethodDefinition method in emulator.Services.Registry.All.Where(m => m.Markets.HasFlag(market.ToSet())))
            {
                Assert.True(MethodParameters.For(market, method.Name) is not null, $"{market} {method.Name} declares no parameters");
            }
        }
    }

    /// <summary>The documented request examples pass the strict check: the declared lists cover what the docs send.</summary>
    [Fact]
    public void Documented_requests_send_only_declared_parameters()
    {
        int checkedCount = 0;
        foreach (string path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "fixtures"), "*.request*.json"))
        {
            string name = Path.GetFileName(path);
            MarketKind market = name.StartsWith("spot-", StringComparison.Ordinal) ? MarketKind.Spot
                : name.StartsWith("usdm-", StringComparison.Ordinal) ? MarketKind.UsdM : MarketKind.CoinM;
            JsonElement request = Fixtures.Json(name);
            if (!request.TryGetProperty("method", out JsonElement method) || !request.TryGetProperty("params", out JsonElement parameters)
                || MethodParameters.For(market, method.GetString()!.Replace("v3/", "", StringComparison.Ordinal)) is not { } accepted)
            {
                continue; // envelope examples and the removed spot listenKey methods
            }

            ApiError? error = MethodParameters.CheckAllRead(parameters, accepted);
            Assert.True(error is null, $"{name}: {error?.Message}");
            checkedCount++;
        }

        Assert.True(checkedCount > 80, $"only {checkedCount} fixtures checked");
    }
}
