using Binance.WsApi;
using Binance.WsApi.Emulator;
using Binance.WsApi.Models;

await using ExchangeEmulator emulator = await ExchangeEmulator.StartNewAsync();
var options = new WebSocketApiClientOptions { Credentials = ApiCredentials.Ed25519(DemoAccount.Ed25519ApiKey, DemoAccount.Ed25519PrivateKeyPem) };
options.EndpointUrls[WsApiEndpoint.Spot] = emulator.SpotUri;
await using var client = new WebSocketApiClient(options);
using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
CancellationToken cancellationToken = stop.Token;

#region readme:user-data
await client.SubscribeUserDataStreamAsync(WsApiEndpoint.Spot);
client.UserDataStreamResubscribed += (_, e) => Console.WriteLine($"resubscribed on {e.Endpoint}: events may have been missed, reconcile");
#endregion

// Something to see: a market buy (NEW, TRADE and the balances).
await client.SubmitNewSpotOrderAsync(new SpotOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Market) { Quantity = 0.001m });
int seen = 0;
await foreach (UserDataEvent e in client.ReadUserDataEventsAsync(cancellationToken))
{
    if (e is ExecutionReportEvent report)
    {
        Console.WriteLine($"{report.ClientOrderId} {report.ExecutionType} {report.OrderStatus}");
    }
    else
    {
        Console.WriteLine(e.EventType);
    }

    if (++seen == 3)
    {
        break;
    }
}

return 0;
