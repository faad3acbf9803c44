using Binance.WsApi;
using Binance.WsApi.Emulator;
using Binance.WsApi.Models;
using Xunit;

namespace BotTests;

/// <summary>How to test a bot: the emulator in process, and a fault the real exchange would only show on a bad day.</summary>
public class LostAnswerTests
{
    [Fact]
    public async Task An_order_whose_answer_is_lost_is_found_by_its_client_order_id()
    {
        await using ExchangeEmulator emulator = await ExchangeEmulator.StartNewAsync();
        var options = new WebSocketApiClientOptions
        {
            Credentials = ApiCredentials.Ed25519(DemoAccount.Ed25519ApiKey, DemoAccount.Ed25519PrivateKeyPem),
            RequestTimeout = TimeSpan.FromSeconds(3),   // short, so the lost answer is declared soon; long enough for a loaded CI machine
        };
        options.EndpointUrls[WsApiEndpoint.Spot] = emulator.SpotUri;
        await using var client = new WebSocketApiClient(options);

        // The fault: the emulator executes the next order.place but never answers it.
        emulator.Faults.SwallowResponses(1, "order.place");
        var order = new SpotOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Limit) { TimeInForce = TimeInForce.Gtc, Quantity = 0.01m, Price = 50000m };
        WsApiTimeoutException lost = await Assert.ThrowsAsync<WsApiTimeoutException>(() => client.SubmitNewSpotOrderAsync(order));

        Assert.Equal(RequestSendState.Sent, lost.SendState);
        SpotOrder found = (await client.GetSpotOrderStatusAsync(new SpotOrderStatusRequest("BTCUSDT") { OrigClientOrderId = lost.ClientOrderId })).Result;
        Assert.Equal(OrderStatus.New, found.Status);
    }
}
