using System.Net;
using System.Text.Json;
using Binance.WsApi.Emulator.Tests.Infrastructure;

namespace Binance.WsApi.Emulator.Tests.Admin;

/// <summary>The HTTP admin endpoint drives the same faults.</summary>
public sealed class AdminEndpointTests
{
    [Fact]
    public async Task Status_reports_connections_and_port()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync();
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);
        await client.RequestAsync("{\"id\":1,\"method\":\"ping\"}");
        using var http = new HttpClient { BaseAddress = emulator.HttpBaseUri };

        using JsonDocument status = JsonDocument.Parse(await http.GetStringAsync("admin/status"));

        Assert.Equal(1, status.RootElement.GetProperty("openConnections").GetInt32());
        Assert.Equal(1, status.RootElement.GetProperty("acceptedConnections").GetInt32());
        Assert.Equal(emulator.Port, status.RootElement.GetProperty("port").GetInt32());
    }

    [Fact]
    public async Task Faults_over_http()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync();
        using var http = new HttpClient { BaseAddress = emulator.HttpBaseUri };
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);
        await client.RequestAsync("{\"id\":0,\"method\":\"ping\"}");

        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync("admin/faults/rate-limit?count=1&status=429&retryAfterMs=1000", null)).StatusCode);
        Assert.Equal(429, (await client.RequestAsync("{\"id\":1,\"method\":\"ping\"}")).GetProperty("status").GetInt32());

        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync("admin/faults/swallow?count=1&method=ping", null)).StatusCode);
        await client.SendAsync("{\"id\":\"p\",\"method\":\"ping\"}");
        Assert.Equal("t", (await client.RequestAsync("{\"id\":\"t\",\"method\":\"time\"}")).GetProperty("id").GetString());

        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync("admin/faults/reset", null)).StatusCode);
        Assert.Equal("{\"sent\":1}", await (await http.PostAsync("admin/faults/malformed?text=oops", null)).Content.ReadAsStringAsync());
        Assert.Equal("oops", await client.ReceiveTextAsync());

        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync("admin/faults/delay?count=1&ms=10&method=time", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync("admin/faults/drop-next?method=nothing", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync("admin/faults/refuse?on=true", null)).StatusCode);
        Assert.True(emulator.Faults.RefuseConnections);
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync("admin/faults/refuse?on=false", null)).StatusCode);

        Assert.Equal("{\"sent\":1}", await (await http.PostAsync("admin/faults/shutdown", null)).Content.ReadAsStringAsync());
        Assert.Equal("{\"dropped\":1}", await (await http.PostAsync("admin/faults/drop", null)).Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("admin/faults/swallow")]
    [InlineData("admin/faults/swallow?count=x")]
    [InlineData("admin/faults/swallow?count=0")]
    [InlineData("admin/faults/delay?count=1")]
    [InlineData("admin/faults/refuse?on=maybe")]
    [InlineData("admin/faults/rate-limit?count=1&status=500")]
    public async Task Bad_arguments_are_400(string path)
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync();
        using var http = new HttpClient { BaseAddress = emulator.HttpBaseUri };

        Assert.Equal(HttpStatusCode.BadRequest, (await http.PostAsync(path, null)).StatusCode);
    }

    [Fact]
    public async Task Unknown_endpoints_and_wrong_verbs()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync();
        using var http = new HttpClient { BaseAddress = emulator.HttpBaseUri };

        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsync("admin/faults/explode", null)).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await http.GetAsync("admin/faults/drop")).StatusCode);
    }
}
