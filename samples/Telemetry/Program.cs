// The .NET way end to end: the client registered in a generic host from configuration (AddBinanceWsApi), used by a
// hosted service, its traces and metrics exported by the OpenTelemetry SDK to the console. The client itself publishes
// through System.Diagnostics only; OpenTelemetry subscribes to it by name.
// Run: dotnet run --project samples/Telemetry
using Binance.WsApi;
using Binance.WsApi.Emulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

// An exchange emulator in this process stands in for Binance; its URL and demo keys go into configuration exactly as
// an appsettings.json section "Binance" with ApiKey, ApiSecret and EndpointUrls:Spot would.
await using ExchangeEmulator emulator = await ExchangeEmulator.StartNewAsync();

HostApplicationBuilder builder = Host.CreateApplicationBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["Binance:ApiKey"] = DemoAccount.HmacApiKey,
    ["Binance:ApiSecret"] = DemoAccount.HmacSecret,   // a public test key of the emulator; real secrets come from a secret store
    ["Binance:EndpointUrls:Spot"] = emulator.SpotUri.ToString(),
    ["Binance:MuteLatencyWarning"] = "true",
});
builder.Services.AddBinanceWsApi(builder.Configuration.GetSection("Binance"));
builder.Services.AddOpenTelemetry()
    .ConfigureResource(resource => resource.AddService("binance-wsapi-sample"))
    .WithTracing(tracing => tracing.AddSource(WsApiDiagnostics.ActivitySourceName).AddConsoleExporter())
    .WithMetrics(metrics => metrics.AddMeter(WsApiDiagnostics.MeterName).AddConsoleExporter());
builder.Services.AddHostedService<Trader>();

using IHost host = builder.Build();
await host.RunAsync();
return Environment.ExitCode;

/// <summary>The application's own work: a ping, an order and a refusal, then it stops the host.</summary>
internal sealed class Trader(WebSocketApiClient client, IHostApplicationLifetime lifetime) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await client.TestSpotConnectivityAsync(cancellationToken: stoppingToken);
            var order = new Binance.WsApi.Models.SpotOrderRequest("BTCUSDT", Binance.WsApi.Models.OrderSide.Buy, Binance.WsApi.Models.OrderType.Market)
            {
                Quantity = 0.001m,
            };
            Binance.WsApi.Models.SpotOrderResult placed = (await client.SubmitNewSpotOrderAsync(order, cancellationToken: stoppingToken)).Result;
            Console.WriteLine($"Placed order {placed.OrderId} ({placed.ClientOrderId}), status {placed.Status?.Value}");

            // A refusal: its span has error status, Binance's code and the exception event.
            try
            {
                await client.SubmitNewSpotOrderAsync(order with { Symbol = "NOSUCHPAIR" }, cancellationToken: stoppingToken);
            }
            catch (BinanceApiException ex)
            {
                Console.WriteLine($"Refused as expected: {ex.Code} {ex.BinanceMessage}");
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            Environment.ExitCode = 1;
        }
        finally
        {
            // The providers export what is left when the host stops.
            lifetime.StopApplication();
        }
    }
}
