using Binance.WsApi.Emulator;
using Binance.WsApi.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Binance.WsApi.Tests.DependencyInjection;

/// <summary>The health check follows the connection through emulator faults: dropped, refused, given up.</summary>
public sealed class HealthCheckTests
{
    [Fact]
    public async Task Healthy_when_logged_on_degraded_while_reconnecting_healthy_again_after()
    {
        await using ExchangeEmulator emulator = await ExchangeEmulator.StartNewAsync();
        Dictionary<string, string?> keys = DiSupport.EmulatorKeys(emulator);
        keys["Binance:ApiKey"] = DemoAccount.Ed25519ApiKey;
        keys["Binance:ApiSecret"] = DemoAccount.Ed25519PrivateKeyPem;
        await using ServiceProvider provider = DiSupport.Provider(s =>
        {
            s.AddBinanceWsApi(DiSupport.Build(keys).GetSection("Binance"));
            s.AddLogging();
            s.AddHealthChecks().AddBinanceWsApiHealthCheck();
        });
        var health = provider.GetRequiredService<HealthCheckService>();
        WebSocketApiClient client = provider.GetRequiredService<WebSocketApiClient>();
        var events = new EventRecorder(client);

        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(health)).Status);
        await client.ConnectAsync(WsApiEndpoint.Spot);
        HealthReportEntry ready = await CheckAsync(health);
        Assert.Equal(HealthStatus.Healthy, ready.Status);
        Assert.Equal("Ready", ready.Data["Spot"]);

        emulator.Faults.RefuseConnections = true;
        await emulator.Faults.DropConnectionsAsync();
        await WaitForStatusAsync(events, health, HealthStatus.Degraded);
        await events.WaitForErrorAsync(_ => true);
        await WaitForAsync(events, health, e => e.Data.ContainsKey("lastError"), "the last error in the data");

        emulator.Faults.RefuseConnections = false;
        await events.WaitForLifecycleAsync("reconnected");
        await WaitForStatusAsync(events, health, HealthStatus.Healthy);
        Assert.True(client.GetWsClient()[WsApiEndpoint.Spot].IsLoggedOn);
        Assert.DoesNotContain(DemoAccount.Ed25519PrivateKeyPem, string.Join(" ", (await CheckAsync(health)).Data.Values), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unhealthy_after_reconnecting_gives_up_and_after_a_refused_connect()
    {
        await using ExchangeEmulator emulator = await ExchangeEmulator.StartNewAsync();
        Dictionary<string, string?> keys = DiSupport.EmulatorKeys(emulator);
        keys["Binance:ReconnectPolicy:MaxAttempts"] = "2";
        await using ServiceProvider provider = DiSupport.Provider(s =>
        {
            s.AddBinanceWsApi("sub1", DiSupport.Build(keys).GetSection("Binance"));
            s.AddLogging();
            s.AddHealthChecks().AddBinanceWsApiHealthCheck("sub1");
        });
        var health = provider.GetRequiredService<HealthCheckService>();
        WebSocketApiClient client = provider.GetRequiredService<IWebSocketApiClientFactory>().Get("sub1");
        var events = new EventRecorder(client);
        await client.TestSpotConnectivityAsync();
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(health, "binance-wsapi-sub1")).Status);

        emulator.Faults.RefuseConnections = true;
        await emulator.Faults.DropConnectionsAsync();
        await events.WaitForStateAsync(ConnectionState.Closed);
        HealthReportEntry gaveUp = await WaitForStatusAsync(events, health, HealthStatus.Unhealthy, "binance-wsapi-sub1");
        Assert.Equal("Closed", gaveUp.Data["Spot"]);
        Assert.Contains("gave up", gaveUp.Description, StringComparison.Ordinal);

        // The next request opens it again; refused, the connection stays down after a failure.
        await Assert.ThrowsAnyAsync<WsApiException>(() => client.TestSpotConnectivityAsync());
        Assert.Equal(HealthStatus.Unhealthy, (await WaitForStatusAsync(events, health, HealthStatus.Unhealthy, "binance-wsapi-sub1")).Status);

        emulator.Faults.RefuseConnections = false;
        await client.TestSpotConnectivityAsync();
        await WaitForStatusAsync(events, health, HealthStatus.Healthy, "binance-wsapi-sub1");

        // A close the application asks for is not a failure.
        await client.DisconnectAllAsync();
        await WaitForStatusAsync(events, health, HealthStatus.Healthy, "binance-wsapi-sub1");
    }

    [Fact]
    public async Task The_data_carries_rate_limit_usage_and_a_429_back_off_is_degraded()
    {
        await using ExchangeEmulator emulator = await ExchangeEmulator.StartNewAsync(new EmulatorOptions { SpotRequestWeightPerMinute = 100 });
        Dictionary<string, string?> keys = DiSupport.EmulatorKeys(emulator);
        keys["Binance:RateLimitPolicy"] = "Fail"; // bound from configuration like every option
        await using ServiceProvider provider = DiSupport.Provider(s =>
        {
            s.AddBinanceWsApi(DiSupport.Build(keys).GetSection("Binance"));
            s.AddLogging();
            s.AddHealthChecks().AddBinanceWsApiHealthCheck();
        });
        var health = provider.GetRequiredService<HealthCheckService>();
        WebSocketApiClient client = provider.GetRequiredService<WebSocketApiClient>();

        WsApiResponse<EmptyResult> ping = await client.TestSpotConnectivityAsync();
        HealthReportEntry entry = await CheckAsync(health);
        Assert.Equal(HealthStatus.Healthy, entry.Status);
        RateLimit weight = ping.RateLimits.Single();
        Assert.Equal($"{weight.Count}/100", entry.Data["Spot.rateLimit.REQUEST_WEIGHT.1MINUTE"]);
        Assert.Equal("0/50", entry.Data["Spot.rateLimit.ORDERS.10SECOND"]);

        emulator.Faults.ForceRateLimit(1, 429, TimeSpan.FromMinutes(5));
        await Assert.ThrowsAsync<BinanceRateLimitException>(() => client.TestSpotConnectivityAsync());
        entry = await CheckAsync(health);
        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.IsType<DateTimeOffset>(entry.Data["Spot.rateLimit.retryAfter"]);
        Assert.Contains("rate limited (429)", entry.Description, StringComparison.Ordinal);
        BinanceRateLimitException local = await Assert.ThrowsAsync<BinanceRateLimitException>(() => client.TestSpotConnectivityAsync());
        Assert.True(local.RefusedByClient);
    }

    private static async Task<HealthReportEntry> CheckAsync(HealthCheckService health, string name = "binance-wsapi") =>
        (await health.CheckHealthAsync()).Entries[name];

    private static Task<HealthReportEntry> WaitForStatusAsync(EventRecorder events, HealthCheckService health, HealthStatus status, string name = "binance-wsapi") =>
        WaitForAsync(events, health, e => e.Status == status, $"health {status}", name);

    /// <summary>Re-checks on every client event (the tracker hears the same events), up to the harness deadline.</summary>
    private static async Task<HealthReportEntry> WaitForAsync(EventRecorder events, HealthCheckService health, Func<HealthReportEntry, bool> condition,
        string what, string name = "binance-wsapi")
    {
        HealthReportEntry last = default;
        await events.WaitForAsync(() =>
        {
            last = health.CheckHealthAsync().GetAwaiter().GetResult().Entries[name];
            return condition(last);
        }, () => $"{what} (last: {last.Status} '{last.Description}')");
        return last;
    }
}
