using System.Net;
using System.Text.Json;

namespace Binance.WsApi.Emulator.Tests.Admin;

/// <summary><c>GET /admin</c>, <c>/health</c>, and the 400/405 answers of the JSON endpoints.</summary>
public sealed class AdminCatalogTests : AdminTestBase
{
    [Fact]
    public async Task Health_is_ok()
    {
        JsonElement health = await GetOkAsync("health");
        Assert.Equal("ok", health.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Admin_lists_every_endpoint_with_an_example_body_for_each_json_post()
    {
        JsonElement list = (await GetOkAsync("admin")).GetProperty("endpoints");
        var paths = list.EnumerateArray().Select(e => $"{e.GetProperty("method").GetString()} {e.GetProperty("path").GetString()}").ToList();
        foreach (string expected in new[]
                 {
                     "GET /health", "GET /admin/status", "POST /admin/faults/drop", "POST /admin/reference-price", "POST /admin/reference-price/clear",
                     "POST /admin/mark-price", "POST /admin/book/seed", "POST /admin/book/clear", "POST /admin/market-maker", "POST /admin/symbol-status",
                     "POST /admin/balance", "POST /admin/accounts", "GET /admin/clock", "POST /admin/clock", "POST /admin/clock/advance", "GET /admin/state",
                 })
        {
            Assert.Contains(expected, paths);
        }

        foreach (JsonElement entry in list.EnumerateArray().Where(e => e.TryGetProperty("example", out _)))
        {
            Assert.Equal(JsonValueKind.Object, entry.GetProperty("example").ValueKind);
            Assert.False(string.IsNullOrWhiteSpace(entry.GetProperty("description").GetString()));
        }
    }

    [Fact]
    public async Task Every_example_body_is_accepted()
    {
        // The examples are what a user copies first: each must work against a fresh emulator.
        JsonElement list = (await GetOkAsync("admin")).GetProperty("endpoints");
        foreach (JsonElement entry in list.EnumerateArray().Where(e => e.TryGetProperty("example", out _)))
        {
            await PostOkAsync(entry.GetProperty("path").GetString()!.TrimStart('/'), entry.GetProperty("example").GetRawText());
        }
    }

    [Theory]
    [InlineData("admin/reference-price", "")]
    [InlineData("admin/reference-price", "not json")]
    [InlineData("admin/reference-price", "[1]")]
    [InlineData("admin/reference-price", """{"symbol":"NOPE","price":"1"}""")]
    [InlineData("admin/reference-price", """{"symbol":"BTCUSDT"}""")]
    [InlineData("admin/reference-price", """{"symbol":"BTCUSDT","price":"-1"}""")]
    [InlineData("admin/reference-price", """{"symbol":"BTCUSDT","price":"abc"}""")]
    [InlineData("admin/mark-price", """{"symbol":"BTCUSDT","price":"1","market":"moon"}""")]
    [InlineData("admin/book/seed", """{"symbol":"BTCUSDT"}""")]
    [InlineData("admin/book/seed", """{"symbol":"BTCUSDT","bids":[["1"]]}""")]
    [InlineData("admin/book/seed", """{"symbol":"BTCUSDT","asks":[["0","1"]]}""")]
    [InlineData("admin/market-maker", """{"symbol":"BTCUSDT"}""")]
    [InlineData("admin/symbol-status", """{"symbol":"BTCUSDT","status":"PAUSED"}""")]
    [InlineData("admin/balance", """{"apiKey":"unknownKey0000000000","asset":"USDT","amount":"1"}""")]
    [InlineData("admin/accounts", """{"name":"x","keys":[]}""")]
    [InlineData("admin/accounts", """{"name":"demo","keys":[{"apiKey":"someOtherKey00000000","type":"HMAC","secret":"s"}]}""")]
    [InlineData("admin/accounts", """{"name":"eve","keys":[{"apiKey":"eveKey00000000000001","type":"ED25519","publicKeyPem":"not a pem"}]}""")]
    [InlineData("admin/clock", """{}""")]
    [InlineData("admin/clock", """{"offsetMs":1,"freeze":true}""")]
    [InlineData("admin/clock", """{"freeze":false,"atMs":1}""")]
    [InlineData("admin/clock/advance", """{"ms":-1}""")]
    public async Task Bad_bodies_are_400_with_a_reason(string path, string body)
    {
        var (status, answer) = await PostAsync(path, body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(string.IsNullOrWhiteSpace(answer.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task Wrong_verbs_are_405()
    {
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await Http.GetAsync("admin/reference-price")).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await PostAsync("admin/state", "{}")).Status);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await Http.PostAsync("admin", null)).StatusCode);
    }
}
