using System.Net.WebSockets;
using System.Text;
using Binance.WsApi.Emulator.Tests.Infrastructure;

namespace Binance.WsApi.Emulator.Tests;

/// <summary>Malformed input answers of docs/protocol.md §1.4, byte for byte, and the connection's survival.</summary>
public sealed class EnvelopeTests
{
    private const string InvalidIdSpot =
        "{\"id\":null,\"status\":400,\"error\":{\"code\":-1135,\"msg\":\"Invalid 'id' in JSON request; expected an integer, a string matching '^[a-zA-Z0-9-_]{1,36}$', or null.\"}}";

    [Theory]
    [InlineData("{\"id\":\"req-binance-ws-0f8fad5b-d9cb-469f-a165-70867728950e\",\"method\":\"ping\"}")] // 51 chars
    [InlineData("{\"id\":\"has space\",\"method\":\"ping\"}")]
    [InlineData("{\"id\":\"\",\"method\":\"ping\"}")]
    [InlineData("{\"id\":true,\"method\":\"ping\"}")]
    [InlineData("{\"id\":1.5,\"method\":\"ping\"}")]
    [InlineData("{\"id\":{},\"method\":\"ping\"}")]
    [InlineData("{\"id\":[1],\"method\":\"ping\"}")]
    public async Task Invalid_id_is_answered_with_null_id_and_1135_on_spot(string request)
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync();
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);

        await client.SendAsync(request);

        Assert.Equal(InvalidIdSpot, await client.ReceiveTextAsync());
        await AssertStillServesAsync(client);
    }

    [Fact]
    public async Task Invalid_id_on_futures_uses_code_1000()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync();
        foreach (Uri uri in new[] { emulator.UsdMUri, emulator.CoinMUri })
        {
            await using var client = await RawWsClient.ConnectAsync(uri);
            await client.SendAsync("{\"id\":false,\"method\":\"ping\"}");
            Assert.Equal(InvalidIdSpot.Replace("-1135", "-1000"), await client.ReceiveTextAsync());
        }
    }

    [Fact]
    public async Task Params_that_are_not_an_object_keep_the_id()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync();
        await using var spot = await RawWsClient.ConnectAsync(emulator.SpotUri);
        await using var usdm = await RawWsClient.ConnectAsync(emulator.UsdMUri);

        await spot.SendAsync("{\"id\":7,\"method\":\"ping\",\"params\":[1,2]}");
        await usdm.SendAsync("{\"id\":140109548991696,\"method\":\"ping\",\"params\":\"x\"}");

        Assert.Equal(
            "{\"id\":7,\"status\":400,\"error\":{\"code\":-1135,\"msg\":\"Invalid 'params' in JSON request; expected an object.\"}}",
            await spot.ReceiveTextAsync());
        Assert.Equal(
            "{\"id\":140109548991696,\"status\":400,\"error\":{\"code\":-1000,\"msg\":\"Invalid 'params' in JSON request; expected an object.\"}}",
            await usdm.ReceiveTextAsync());
    }

    [Theory]
    [InlineData("{\"this is\": not json")]
    [InlineData("[1,2,3]")]
    [InlineData("\"just a string\"")]
    public async Task Text_that_is_not_a_json_object_is_an_invalid_json_request(string text)
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync();
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);

        await client.SendAsync(text);

        Assert.Equal("{\"id\":null,\"status\":400,\"error\":{\"code\":-1135,\"msg\":\"Invalid JSON Request\"}}", await client.ReceiveTextAsync());
        await AssertStillServesAsync(client);
    }

    [Fact]
    public async Task Binary_frame_is_an_invalid_json_request()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync();
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);

        await client.Socket.SendAsync(Encoding.UTF8.GetBytes("{\"id\":1,\"method\":\"ping\"}"), WebSocketMessageType.Binary, true, default);

        Assert.Equal("{\"id\":null,\"status\":400,\"error\":{\"code\":-1135,\"msg\":\"Invalid JSON Request\"}}", await client.ReceiveTextAsync());
        await AssertStillServesAsync(client);
    }

    [Theory]
    [InlineData("{\"id\":\"abc-1_2\"}", "\"abc-1_2\"")]
    [InlineData("{\"id\":42,\"method\":\"no.such.method\"}", "42")]
    [InlineData("{\"id\":null,\"method\":5}", "null")]
    [InlineData("{\"id\":43,\"method\":\"Ping\"}", "43")] // names are case-sensitive
    public async Task Missing_or_unknown_method_is_1020_keeping_the_id(string request, string idJson)
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync();
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);

        await client.SendAsync(request);

        Assert.Equal($"{{\"id\":{idJson},\"status\":400,\"error\":{{\"code\":-1020,\"msg\":\"This operation is not supported.\"}}}}", await client.ReceiveTextAsync());
    }

    [Theory]
    [InlineData("1", "1")]
    [InlineData("140109548991696", "140109548991696")]
    [InlineData("-3", "-3")]
    [InlineData("\"922bcc6e-9de8-440d-9e84-7c80933a8d0d\"", "\"922bcc6e-9de8-440d-9e84-7c80933a8d0d\"")]
    [InlineData("null", "null")]
    public async Task Id_is_echoed_verbatim_with_its_json_type(string id, string expected)
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync();
        await using var client = await RawWsClient.ConnectAsync(new Uri(emulator.SpotUri + "?returnRateLimits=false"));

        await client.SendAsync($"{{\"id\":{id},\"method\":\"ping\"}}");

        Assert.Equal($"{{\"id\":{expected},\"status\":200,\"result\":{{}}}}", await client.ReceiveTextAsync());
    }

    [Fact]
    public async Task Spot_accepts_the_v3_prefix_and_futures_do_not()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync();
        await using var spot = await RawWsClient.ConnectAsync(emulator.SpotUri);
        await using var usdm = await RawWsClient.ConnectAsync(emulator.UsdMUri);

        Assert.Equal(200, (await spot.RequestAsync("{\"id\":1,\"method\":\"v3/ping\"}")).GetProperty("status").GetInt32());
        Assert.Equal(-1020, (await usdm.RequestAsync("{\"id\":1,\"method\":\"v3/ping\"}")).GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Strict_mode_closes_with_1008_after_an_envelope_error()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync(new EmulatorOptions { CloseOnEnvelopeError = true });
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);

        await client.SendAsync("{\"id\":\"way-too-long-id-way-too-long-id-way-too-long\",\"method\":\"ping\"}");

        Assert.Equal(InvalidIdSpot, await client.ReceiveTextAsync());
        var (status, description) = await client.ReceiveCloseAsync();
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, status);
        Assert.Equal("disconnected", description);
    }

    [Fact]
    public async Task Fragmented_and_large_messages_are_reassembled()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync();
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);

        byte[] message = Encoding.UTF8.GetBytes("{\"id\":9,\"method\":\"ping\",\"params\":{\"padding\":\"" + new string('x', 300_000) + "\"}}");
        int third = message.Length / 3;
        await client.Socket.SendAsync(message.AsMemory(0, third), WebSocketMessageType.Text, false, default);
        await client.Socket.SendAsync(message.AsMemory(third, third), WebSocketMessageType.Text, false, default);
        await client.Socket.SendAsync(message.AsMemory(2 * third), WebSocketMessageType.Text, true, default);

        var response = await client.ReceiveJsonAsync();
        Assert.Equal(9, response.GetProperty("id").GetInt32());
        Assert.Equal(200, response.GetProperty("status").GetInt32());
    }

    private static async Task AssertStillServesAsync(RawWsClient client)
    {
        var response = await client.RequestAsync("{\"id\":\"after\",\"method\":\"ping\"}");
        Assert.Equal("after", response.GetProperty("id").GetString());
        Assert.Equal(200, response.GetProperty("status").GetInt32());
    }
}
