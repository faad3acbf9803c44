using System.Globalization;
using Binance.WsApi;
using Binance.WsApi.Models;

// Usage: AotSmoke <spot ws url> <hmac api key> <hmac secret> [<ed25519 api key> <ed25519 private key pem file>]
// Exit code 0 when every step answered as expected; the script prints what each step returned.
if (args.Length is not (3 or 5))
{
    Console.Error.WriteLine("usage: AotSmoke <spot-url> <hmac-key> <hmac-secret> [<ed25519-key> <ed25519-pem-file>]");
    return 2;
}

var url = new Uri(args[0]);
int failures = await RunAsync("HMAC", ApiCredentials.Hmac(args[1], args[2]));
if (args.Length == 5)
{
    failures += await RunAsync("Ed25519", ApiCredentials.Ed25519(args[3], await File.ReadAllTextAsync(args[4])));
}

Console.WriteLine(failures == 0 ? "aot smoke: ok" : $"aot smoke: {failures} step(s) failed");
return failures == 0 ? 0 : 1;

async Task<int> RunAsync(string label, ApiCredentials credentials)
{
    var options = new WebSocketApiClientOptions { Credentials = credentials, RequestTimeout = TimeSpan.FromSeconds(5) };
    options.EndpointUrls[WsApiEndpoint.Spot] = url;
    await using var client = new WebSocketApiClient(options);
    int failed = 0;
    try
    {
        await client.ConnectAsync(WsApiEndpoint.Spot, CancellationToken.None);
        await client.TestSpotConnectivityAsync(cancellationToken: CancellationToken.None);
        Console.WriteLine($"[{label}] ping: ok");

        ServerTime time = (await client.GetSpotServerTimeAsync(cancellationToken: CancellationToken.None)).Result;
        Console.WriteLine($"[{label}] time: {time.ServerTimeMs.ToString(CultureInfo.InvariantCulture)}");

        var order = new SpotOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Limit)
        {
            TimeInForce = TimeInForce.Gtc, Quantity = 0.001m, Price = 55000m,   // below the demo market: it rests, then is cancelled
        };
        SpotOrderResult placed = (await client.SubmitNewSpotOrderAsync(order, cancellationToken: CancellationToken.None)).Result;
        Console.WriteLine($"[{label}] order.place: {placed.OrderId} {placed.ClientOrderId} {placed.Status}");

        var cancel = new SpotCancelOrderRequest("BTCUSDT") { OrderId = placed.OrderId };
        var cancelled = (await client.CancelSpotOrderAsync(cancel, cancellationToken: CancellationToken.None)).Result;
        Console.WriteLine($"[{label}] order.cancel: {cancelled.Order?.OrderId} {cancelled.Order?.Status}");
    }
    catch (WsApiException ex)
    {
        Console.WriteLine($"[{label}] failed: {ex.GetType().Name}: {ex.Message}");
        failed++;
    }

    return failed;
}
