using System.Text.Json;
using Binance.WsApi.Emulator.Protocol;
using Binance.WsApi.Emulator.Tests.Infrastructure;

namespace Binance.WsApi.Emulator.Tests.Parameters;

/// <summary>A params object that names a parameter twice is refused with -1101 whatever the method, before it runs.</summary>
public sealed class DuplicateParameterTests
{
    private const string Expected = "{\"code\":-1101,\"msg\":\"Duplicate values for a parameter detected.\"}";

    [Fact]
    public async Task Doubled_symbol_on_a_public_method_is_1101_with_the_id_kept()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync();
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);

        JsonElement reply = await client.RequestAsync(
            "{\"id\":\"d1\",\"method\":\"ticker.price\",\"params\":{\"symbol\":\"BTCUSDT\",\"symbol\":\"ETHUSDT\"}}");

        Assert.Equal("d1", reply.GetProperty("id").GetString());
        Assert.Equal(400, reply.GetProperty("status").GetInt32());
        Assert.Equal(Expected, reply.GetProperty("error").GetRawText());
        Assert.Equal(200, (await client.RequestAsync("{\"id\":2,\"method\":\"ping\"}")).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Doubled_parameter_on_a_signed_order_places_nothing()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync();
        await using var client = await RawWsClient.ConnectAsync(emulator.SpotUri);
        long now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        string signed = TestSigner.SignedRequest("o1", "order.place", DemoAccount.HmacApiKey, now,
            ("symbol", "\"BTCUSDT\""), ("side", "\"BUY\""), ("type", "\"LIMIT\""), ("timeInForce", "\"GTC\""),
            ("price", "\"50000\""), ("quantity", "\"0.001\""));
        // The second "side" is appended after signing: the server must not pick either value.
        string doubled = signed.Replace("\"side\":\"BUY\"", "\"side\":\"BUY\",\"side\":\"SELL\"");
        decimal usdtBefore = emulator.GetBalance(DemoAccount.HmacApiKey, "USDT").Free;

        JsonElement reply = await client.RequestAsync(doubled);

        Assert.Equal(Expected, reply.GetProperty("error").GetRawText());
        Assert.Equal(usdtBefore, emulator.GetBalance(DemoAccount.HmacApiKey, "USDT").Free);
    }

    [Fact]
    public async Task Every_registered_method_refuses_a_doubled_parameter()
    {
        await using var emulator = await ExchangeEmulator.StartNewAsync();
        var clients = new Dictionary<MarketKind, RawWsClient>
        {
            [MarketKind.Spot] = await RawWsClient.ConnectAsync(emulator.SpotUri),
            [MarketKind.UsdM] = await RawWsClient.ConnectAsync(emulator.UsdMUri),
            [MarketKind.CoinM] = await RawWsClient.ConnectAsync(emulator.CoinMUri),
        };
        try
        {
            foreach (MarketKind market in clients.Keys)
            {
                foreach (var method in emulator.Services.Registry.All.Where(m => m.Markets.HasFlag(market.ToSet())))
                {
                    JsonElement reply = await clients[market].RequestAsync(
                        $"{{\"id\":\"x\",\"method\":\"{method.Name}\",\"params\":{{\"symbol\":\"BTCUSDT\",\"symbol\":\"BTCUSDT\"}}}}");
                    Assert.True(reply.GetProperty("error").GetRawText() == Expected, $"{market} {method.Name}: {reply}");
                }
            }
        }
        finally
        {
            foreach (RawWsClient client in clients.Values)
            {
                await client.DisposeAsync();
            }
        }
    }
}
