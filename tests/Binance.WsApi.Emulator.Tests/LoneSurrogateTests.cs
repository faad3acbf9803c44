using System.Text.Json;
using Binance.WsApi.Emulator.Tests.Infrastructure;

namespace Binance.WsApi.Emulator.Tests;

/// <summary>
/// Escaped lone surrogates are valid JSON but not decodable text. Each such frame gets a Binance-shaped 400 and the
/// connection keeps serving (it used to end without an answer).
/// </summary>
public sealed class LoneSurrogateTests
{
    [Theory]
    [InlineData("spot", "{\"id\":\"\\ud800\",\"method\":\"ping\"}", "null", -1135)]
    [InlineData("usdm", "{\"id\":\"\\udc00x\",\"method\":\"ping\"}", "null", -1000)]
    [InlineData("spot", "{\"id\":7,\"method\":\"\\ud800\"}", "7", -1020)]
    [InlineData("spot", "{\"id\":8,\"method\":\"ticker.price\",\"params\":{\"symbol\":\"BTC\\ud800\"}}", "8", -1135)]
    [InlineData("spot", "{\"id\":9,\"method\":\"ticker.price\",\"params\":{\"symbols\":[\"\\ud800\"]}}", "9", -1135)]
    [InlineData("spot", "{\"id\":10,\"method\":\"ping\",\"params\":{\"\\ud800\":1}}", "10", -1135)]
    public async Task Frame_is_answered_and_the_next_ping_on_the_same_socket_too(string market, string frame, string id, int code)
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync();
        await using var client = await RawWsClient.ConnectAsync(market == "spot" ? emulator.SpotUri : emulator.UsdMUri);

        await client.SendAsync(frame);
        await client.SendAsync("{\"id\":\"after\",\"method\":\"ping\"}");

        JsonElement first = await client.ReceiveJsonAsync();
        Assert.Equal(id, first.GetProperty("id").GetRawText());
        Assert.Equal(400, first.GetProperty("status").GetInt32());
        Assert.Equal(code, first.GetProperty("error").GetProperty("code").GetInt32());
        JsonElement second = await client.ReceiveJsonAsync();
        Assert.Equal(("after", 200), (second.GetProperty("id").GetString(), second.GetProperty("status").GetInt32()));
        Assert.Equal(1, emulator.OpenConnectionCount);
    }

    [Fact]
    public async Task A_parameter_value_names_the_parameter()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync();
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);

        JsonElement reply = await client.RequestAsync(
            "{\"id\":1,\"method\":\"order.place\",\"params\":{\"apiKey\":\"k\",\"symbol\":\"BTCUSDT\",\"side\":\"\\udfff\"}}");

        Assert.Equal("{\"code\":-1135,\"msg\":\"JSON sent for parameter 'side' is not valid.\"}", reply.GetProperty("error").GetRawText());
    }
}
