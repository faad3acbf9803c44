using Binance.WsApi.Emulator;
using Binance.WsApi.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Binance.WsApi.Tests.DependencyInjection;

/// <summary>AddBinanceWsApi against a real emulator: configured keys sign, named clients are separate accounts, containers dispose cleanly.</summary>
public sealed class ServiceRegistrationTests
{
    [Fact]
    public async Task An_hmac_client_from_configuration_reaches_the_emulator()
    {
        await using ExchangeEmulator emulator = await ExchangeEmulator.StartNewAsync();
        Dictionary<string, string?> keys = DiSupport.EmulatorKeys(emulator);
        keys["Binance:ApiKey"] = DemoAccount.HmacApiKey;
        keys["Binance:ApiSecret"] = DemoAccount.HmacSecret;
        await using ServiceProvider provider = DiSupport.Provider(s => s.AddBinanceWsApi(DiSupport.Build(keys).GetSection("Binance")));

        WebSocketApiClient client = provider.GetRequiredService<WebSocketApiClient>();
        Assert.Same(client, provider.GetRequiredService<WebSocketApiClient>());
        Assert.Same(client, provider.GetRequiredService<IWebSocketApiClientFactory>().Get(string.Empty));
        await client.TestSpotConnectivityAsync();
        WsApiResponse<SpotAccountInformation> account = await client.GetSpotAccountInformationAsync();
        Assert.NotEmpty(account.Result.Balances);
    }

    [Fact]
    public async Task An_ed25519_client_reads_its_key_file_and_logs_on()
    {
        await using ExchangeEmulator emulator = await ExchangeEmulator.StartNewAsync();
        using DiSupport.TempKeyFile keyFile = DiSupport.WriteEd25519KeyFile();
        Dictionary<string, string?> keys = DiSupport.EmulatorKeys(emulator);
        keys["Binance:ApiKey"] = DemoAccount.Ed25519ApiKey;
        keys["Binance:PrivateKeyFile"] = keyFile.Path;
        await using ServiceProvider provider = DiSupport.Provider(s => s.AddBinanceWsApi(DiSupport.Build(keys).GetSection("Binance")));

        WebSocketApiClient client = provider.GetRequiredService<WebSocketApiClient>();
        await client.TestSpotConnectivityAsync();
        await client.ConnectAsync(WsApiEndpoint.Spot);
        Assert.True(client.GetWsClient()[WsApiEndpoint.Spot].IsLoggedOn);
        await client.GetSpotAccountInformationAsync();
    }

    [Fact]
    public async Task Named_clients_are_separate_accounts()
    {
        await using ExchangeEmulator emulator = await ExchangeEmulator.StartNewAsync();
        Dictionary<string, string?> keys = DiSupport.EmulatorKeys(emulator, "Accounts:Main");
        foreach ((string key, string? value) in DiSupport.EmulatorKeys(emulator, "Accounts:Sub1"))
        {
            keys[key] = value;
        }

        keys["Accounts:Main:ApiKey"] = DemoAccount.HmacApiKey;
        keys["Accounts:Main:ApiSecret"] = DemoAccount.HmacSecret;
        keys["Accounts:Sub1:ApiKey"] = DemoAccount.Ed25519ApiKey;
        keys["Accounts:Sub1:ApiSecret"] = DemoAccount.Ed25519PrivateKeyPem;
        var configuration = DiSupport.Build(keys);
        await using ServiceProvider provider = DiSupport.Provider(s =>
        {
            s.AddBinanceWsApi(configuration.GetSection("Accounts:Main"));
            IBinanceWsApiBuilder sub = s.AddBinanceWsApi("sub1", configuration.GetSection("Accounts:Sub1"));
            Assert.Equal("sub1", sub.Name);
            s.AddBinanceWsApi("sub2", o =>
            {
                o.Credentials = ApiCredentials.Rsa(DemoAccount.RsaApiKey, DemoAccount.RsaPrivateKeyPem);
                o.EndpointUrls[WsApiEndpoint.Spot] = emulator.SpotUri;
                o.MuteLatencyWarning = true;
            });
        });

        IWebSocketApiClientFactory factory = provider.GetRequiredService<IWebSocketApiClientFactory>();
        WebSocketApiClient main = provider.GetRequiredService<WebSocketApiClient>();
        WebSocketApiClient sub1 = factory.Get("sub1");
        WebSocketApiClient sub2 = factory.Get("sub2");
        Assert.Same(sub1, factory.Get("sub1"));
        Assert.Equal([ApiKeyType.Hmac, ApiKeyType.Ed25519, ApiKeyType.Rsa], new[] { main.KeyType, sub1.KeyType, sub2.KeyType }.Select(k => k!.Value));

        foreach ((WebSocketApiClient client, string apiKey) in new[] { (main, DemoAccount.HmacApiKey), (sub1, DemoAccount.Ed25519ApiKey), (sub2, DemoAccount.RsaApiKey) })
        {
            await client.GetSpotAccountInformationAsync();
            // Each account's own key reached the server (on the request, or on the session's logon).
            await emulator.WaitForRequestAsync(r => r.Text.Contains(apiKey, StringComparison.Ordinal), EmulatorHarness.Wait);
        }

        Assert.Throws<InvalidOperationException>(() => factory.Get("sub3"));
        Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddBinanceWsApi("sub1", _ => { }).Services.AddBinanceWsApi("sub1", _ => { }));
    }

    [Fact]
    public async Task The_container_supplies_logging_and_clock_unless_the_options_set_them()
    {
        var containerClock = new FakeTimeProvider();
        var ownClock = new FakeTimeProvider();
        using var loggers = new LoggerFactory();
        await using ServiceProvider provider = DiSupport.Provider(s =>
        {
            s.AddSingleton<TimeProvider>(containerClock);
            s.AddSingleton<ILoggerFactory>(loggers);
            s.AddBinanceWsApi(_ => { });
            s.AddBinanceWsApi("own", o =>
            {
                o.TimeProvider = ownClock;
                o.LoggerFactory = NullLoggerFactory.Instance;
            });
        });

        IOptionsMonitor<WebSocketApiClientOptions> options = provider.GetRequiredService<IOptionsMonitor<WebSocketApiClientOptions>>();
        Assert.Same(containerClock, options.Get(string.Empty).TimeProvider);
        Assert.Same(loggers, options.Get(string.Empty).LoggerFactory);
        Assert.Same(ownClock, options.Get("own").TimeProvider);
        Assert.Same(NullLoggerFactory.Instance, options.Get("own").LoggerFactory);
        Assert.NotNull(provider.GetRequiredService<WebSocketApiClient>());
    }

    [Fact]
    public async Task A_container_disposed_synchronously_closes_its_clients()
    {
        await using ExchangeEmulator emulator = await ExchangeEmulator.StartNewAsync();
        ServiceProvider provider = DiSupport.Provider(s =>
        {
            s.AddBinanceWsApi(DiSupport.Build(DiSupport.EmulatorKeys(emulator)).GetSection("Binance"));
            s.AddBinanceWsApi("other", o => o.EndpointUrls[WsApiEndpoint.Spot] = emulator.SpotUri);
        });
        WebSocketApiClient client = provider.GetRequiredService<WebSocketApiClient>();
        WebSocketApiClient other = provider.GetRequiredService<IWebSocketApiClientFactory>().Get("other");
        await client.TestSpotConnectivityAsync();
        await other.TestSpotConnectivityAsync();

        provider.Dispose();

        Assert.Equal(ConnectionState.Closed, client.GetWsClient()[WsApiEndpoint.Spot].State);
        Assert.Equal(ConnectionState.Closed, other.GetWsClient()[WsApiEndpoint.Spot].State);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => client.TestSpotConnectivityAsync());
    }

    [Fact]
    public async Task A_container_disposed_asynchronously_closes_its_clients()
    {
        await using ExchangeEmulator emulator = await ExchangeEmulator.StartNewAsync();
        ServiceProvider provider = DiSupport.Provider(s => s.AddBinanceWsApi(DiSupport.Build(DiSupport.EmulatorKeys(emulator)).GetSection("Binance")));
        WebSocketApiClient client = provider.GetRequiredService<WebSocketApiClient>();
        await client.TestSpotConnectivityAsync();

        await provider.DisposeAsync();

        Assert.Equal(ConnectionState.Closed, client.GetWsClient()[WsApiEndpoint.Spot].State);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => client.TestSpotConnectivityAsync());
    }

    [Fact]
    public async Task Dispose_returns_promptly_on_a_context_that_never_runs_posted_work()
    {
        await using ExchangeEmulator emulator = await ExchangeEmulator.StartNewAsync();
        var client = new WebSocketApiClient(new WebSocketApiClientOptions { EndpointUrls = { [WsApiEndpoint.Spot] = emulator.SpotUri } });
        await client.TestSpotConnectivityAsync();

        // A UI-like context whose queue is never pumped: anything the close posted to it would never run.
        SynchronizationContext? previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(new NeverPumpedContext());
        try
        {
            client.Dispose();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }

        Assert.Equal(ConnectionState.Closed, client.GetWsClient()[WsApiEndpoint.Spot].State);
    }

    private sealed class NeverPumpedContext : SynchronizationContext
    {
        public override void Post(SendOrPostCallback d, object? state)
        {
        }
    }
}
