using Binance.WsApi;
using Binance.WsApi.Emulator;
using Binance.WsApi.Models;

await using ExchangeEmulator emulator = await ExchangeEmulator.StartNewAsync();
var options = new WebSocketApiClientOptions { Credentials = ApiCredentials.Ed25519(DemoAccount.Ed25519ApiKey, DemoAccount.Ed25519PrivateKeyPem) };
options.EndpointUrls[WsApiEndpoint.UsdM] = emulator.UsdMUri;
options.EndpointUrls[WsApiEndpoint.CoinM] = emulator.CoinMUri;
await using var client = new WebSocketApiClient(options);

#region readme:futures
var contract = new FuturesOrderRequest("BTCUSDT", OrderSide.Buy, FuturesOrderType.Limit)
{
    TimeInForce = TimeInForce.Gtc, Quantity = 0.01m, Price = 50000m,
};
FuturesOrder futuresOrder = (await client.SubmitNewFuturesOrderAsync(FuturesMarket.UsdM, contract)).Result;
var query = new FuturesOrderStatusRequest("BTCUSDT") { OrderId = futuresOrder.OrderId };
FuturesOrder current = (await client.GetFuturesOrderStatusAsync(FuturesMarket.UsdM, query)).Result;

// TWAP: 0.05 BTC bought evenly over 5 minutes (VP: FuturesAlgoOrderRequest.Vp with an urgency).
var twap = FuturesAlgoOrderRequest.Twap("BTCUSDT", OrderSide.Buy, 0.05m, TimeSpan.FromMinutes(5));
FuturesAlgoOrder algo = (await client.SubmitNewFuturesAlgoOrderAsync(twap)).Result;
#endregion

Console.WriteLine($"order {current.OrderId}: {current.Status}; TWAP {algo.AlgoId}: {algo.AlgoStatus}");
return 0;
