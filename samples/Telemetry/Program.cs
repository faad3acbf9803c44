// The client publishes through System.Diagnostics only; here the OpenTelemetry SDK subscribes to it by name and prints
// every span and metric to the console. Run: dotnet run --project samples/Telemetry
using Binance.WsApi;
using Binance.WsApi.Emulator;
using Binance.WsApi.Models;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

ResourceBuilder resource = ResourceBuilder.CreateDefault().AddService("binance-wsapi-telemetry-sample");
using TracerProvider tracing = Sdk.CreateTracerProviderBuilder()
    .SetResourceBuilder(resource)
    .AddSource(WsApiDiagnostics.ActivitySourceName)
    .AddConsoleExporter()
    .Build();
using MeterProvider metrics = Sdk.CreateMeterProviderBuilder()
    .SetResourceBuilder(resource)
    .AddMeter(WsApiDiagnostics.MeterName)
    .AddConsoleExporter()
    .Build();

// An exchange emulator in this process, on a free loopback port, with its demo account.
await using ExchangeEmulator emulator = await ExchangeEmulator.StartNewAsync();
var options = new WebSocketApiClientOptions
{
    // Ed25519: the first signed request logs the socket on, which shows as its own session.logon span.
    Credentials = ApiCredentials.Ed25519(DemoAccount.Ed25519ApiKey, DemoAccount.Ed25519PrivateKeyPem),
};
options.EndpointUrls[WsApiEndpoint.Spot] = emulator.SpotUri;

await using (var client = new WebSocketApiClient(options))
{
    await client.TestSpotConnectivityAsync();
    WsApiResponse<SpotOrderResult> placed = await client.SubmitNewSpotOrderAsync(
        new SpotOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Market) { Quantity = 0.001m });
    Console.WriteLine($"Placed order {placed.Result.OrderId} ({placed.Result.ClientOrderId}), status {placed.Result.Status?.Value}");

    // A refusal: its span has error status, Binance's code and the exception event.
    try
    {
        await client.SubmitNewSpotOrderAsync(new SpotOrderRequest("NOSUCHPAIR", OrderSide.Buy, OrderType.Market) { Quantity = 0.001m });
    }
    catch (BinanceApiException ex)
    {
        Console.WriteLine($"Refused as expected: {ex.Code} {ex.BinanceMessage}");
    }

    // Collect the gauges (rate limits) while the client is alive; the providers print on dispose too.
    metrics.ForceFlush();
}

tracing.ForceFlush();
