using Binance.WsApi;
using Binance.WsApi.Emulator;
using Binance.WsApi.Models;

await using ExchangeEmulator emulator = await ExchangeEmulator.StartNewAsync();
var options = new WebSocketApiClientOptions
{
    Credentials = ApiCredentials.Ed25519(DemoAccount.Ed25519ApiKey, DemoAccount.Ed25519PrivateKeyPem),
    RequestTimeout = TimeSpan.FromSeconds(2),
};
options.EndpointUrls[WsApiEndpoint.Spot] = emulator.SpotUri;
await using var client = new WebSocketApiClient(options);

// The emulator executes the next order but never answers: the outcome is unknown to the client.
emulator.Faults.SwallowResponses(1, "order.place");

#region readme:trading
var order = new SpotOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Limit)
{
    TimeInForce = TimeInForce.Gtc, Quantity = 0.01m, Price = 50000m,   // decimals, never double
};
try
{
    SpotOrderResult placed = (await client.SubmitNewSpotOrderAsync(order)).Result;   // a client order id is filled in
    Console.WriteLine($"{placed.OrderId} {placed.ClientOrderId} {placed.Status}");
}
catch (BinanceApiException ex) when (!ex.IsOutcomeUnknown)
{
    Console.WriteLine($"refused: {ex.Code} {ex.BinanceMessage}");   // verbatim; nothing was placed
}
catch (WsApiException ex) when (ex.SendState == RequestSendState.Sent && ex.ClientOrderId is { } id)
{
    // Outcome unknown: the order may exist. Look it up by its client order id before placing anything again.
    var status = new SpotOrderStatusRequest("BTCUSDT") { OrigClientOrderId = id };
    SpotOrder found = (await client.GetSpotOrderStatusAsync(status)).Result;
    Console.WriteLine($"answer lost; reconciled: order {found.OrderId} ({id}) is {found.Status}");
}
#endregion

// The same lost answer again, settled by the client itself this time.
emulator.Faults.SwallowResponses(1, "order.place");

#region readme:reconciling
OrderOutcome<SpotOrderBase> outcome = await client.PlaceSpotOrderReconciledAsync(order);   // also futures and order lists
if (outcome.WasPlaced) Console.WriteLine($"{outcome.Order!.OrderId} (reconciled: {outcome.WasReconciled})");
else Console.WriteLine($"{outcome.ClientOrderId} was never placed: safe to place again");
// OrderOutcomeUnknownException (with ClientOrderId) when no lookup settles it within ReconcilePolicy.Deadline.
#endregion

return outcome.WasPlaced && outcome.WasReconciled ? 0 : 1;
