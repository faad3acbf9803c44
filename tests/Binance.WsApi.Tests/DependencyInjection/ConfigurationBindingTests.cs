using Binance.WsApi.Emulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Binance.WsApi.Tests.DependencyInjection;

/// <summary>Every option binds from plain configuration keys, and a bad key or value fails naming the key, never the secret.</summary>
public sealed class ConfigurationBindingTests
{
    [Fact]
    public void Configuration_binds_every_kind_of_option_without_custom_code()
    {
        IConfiguration config = DiSupport.Build(new()
        {
            ["ApiKey"] = DemoAccount.HmacApiKey,
            ["ApiSecret"] = DemoAccount.HmacSecret,
            ["Environment"] = "Testnet",
            ["RequestTimeout"] = "00:00:07",
            ["ConnectTimeout"] = "00:00:04",
            ["RecvWindow"] = "00:00:03",
            ["EndpointUrls:Spot"] = "ws://127.0.0.1:1/ws-api/v3",
            ["EndpointUrls:CoinMTestnet"] = "ws://127.0.0.1:2/ws-dapi/v1",
            ["FuturesUserDataStreamUrls:UsdM"] = "ws://127.0.0.1:3/ws",
            ["ReconnectPolicy:InitialDelay"] = "00:00:01",
            ["ReconnectPolicy:MaxAttempts"] = "5",
            ["ClientOrderIdPrefix"] = "bot1",
            ["EventBufferSize"] = "100",
        });
        var options = new WebSocketApiClientOptions();
        config.Bind(options);

        Assert.Equal(WsApiEnvironment.Testnet, options.Environment);
        Assert.Equal(TimeSpan.FromSeconds(7), options.RequestTimeout);
        Assert.Equal(TimeSpan.FromSeconds(3), options.RecvWindow);
        Assert.Equal(new Uri("ws://127.0.0.1:1/ws-api/v3"), options.EndpointUrls[WsApiEndpoint.Spot]);
        Assert.Equal(new Uri("ws://127.0.0.1:3/ws"), options.FuturesUserDataStreamUrls[FuturesMarket.UsdM]);
        Assert.Equal(TimeSpan.FromSeconds(1), options.ReconnectPolicy.InitialDelay);
        Assert.Equal(5, options.ReconnectPolicy.MaxAttempts);
        Assert.Equal("bot1", options.ClientOrderIdPrefix);

        using var client = new WebSocketApiClient(options);
        Assert.Equal(ApiKeyType.Hmac, client.KeyType);
        Assert.Equal(new Uri("ws://127.0.0.1:2/ws-dapi/v1"), client.GetWsClient()[WsApiEndpoint.CoinMTestnet].Uri);
    }

    [Fact]
    public async Task Testnet_uses_the_Spot_override_for_the_endpoint_it_selects()
    {
        await using ExchangeEmulator emulator = await ExchangeEmulator.StartNewAsync();
        var options = new WebSocketApiClientOptions { Environment = WsApiEnvironment.Testnet };
        options.EndpointUrls[WsApiEndpoint.Spot] = emulator.SpotUri;
        await using var client = new WebSocketApiClient(options);

        // Spot methods go to SpotTestnet under Testnet; the Spot override used to be ignored there.
        Assert.Equal(emulator.SpotUri, client.GetWsClient()[WsApiEndpoint.SpotTestnet].Uri);
        await client.TestSpotConnectivityAsync();

        // An override of the selected endpoint itself still wins, and other environments' endpoints keep their URLs.
        var both = new WebSocketApiClientOptions { Environment = WsApiEnvironment.Testnet };
        both.EndpointUrls[WsApiEndpoint.Spot] = new Uri("ws://127.0.0.1:1/a");
        both.EndpointUrls[WsApiEndpoint.SpotTestnet] = new Uri("ws://127.0.0.1:2/b");
        await using var explicitClient = new WebSocketApiClient(both);
        Assert.Equal(new Uri("ws://127.0.0.1:2/b"), explicitClient.GetWsClient()[WsApiEndpoint.SpotTestnet].Uri);
        Assert.Equal(WsApiEndpoints.GetDefaultUri(WsApiEndpoint.SpotDemo), explicitClient.GetWsClient()[WsApiEndpoint.SpotDemo].Uri);
    }

    [Theory]
    [InlineData("ConnectTimeout", "-00:00:01", "Binance:ConnectTimeout: must be positive")]
    [InlineData("EndpointUrls:Spot", "http://127.0.0.1/ws-api/v3", "Binance:EndpointUrls:Spot:")]
    [InlineData("ReconnectPolicy:Multiplier", "0.5", "Binance:ReconnectPolicy: ReconnectPolicy: Multiplier must be")]
    [InlineData("ReconnectPolicy:MaxDelay", "60.00:00:00", "Binance:ReconnectPolicy:MaxDelay: must be at most")]
    [InlineData("RecvWindow", "00:02:00", "Binance:RecvWindow:")]
    public void An_invalid_value_fails_at_first_resolve_naming_the_key(string key, string value, string expected)
    {
        Dictionary<string, string?> keys = new() { ["Binance:" + key] = value };
        using ServiceProvider provider = DiSupport.Provider(s => s.AddBinanceWsApi(DiSupport.Build(keys).GetSection("Binance")));

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<WebSocketApiClient>());
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ConectTimeout", "00:00:01", "ConectTimeout")]
    [InlineData("RequestTimeout", "soon", "Binance:RequestTimeout")]
    [InlineData("EndpointUrls:Spott", "ws://127.0.0.1/ws-api/v3", "Spott")]
    public void A_misspelt_key_or_an_unreadable_value_fails_naming_it(string key, string value, string expected)
    {
        Dictionary<string, string?> keys = new() { ["Binance:" + key] = value };
        using ServiceProvider provider = DiSupport.Provider(s => s.AddBinanceWsApi(DiSupport.Build(keys).GetSection("Binance")));

        var ex = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<WebSocketApiClient>());
        Assert.Contains(expected, ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_key_names_the_key_and_never_shows_the_secret()
    {
        const string secretBody = "MC4CAQAwBQYDK2VwBCIEIJ1hsZ3v-not-a-real-key-material";
        Dictionary<string, string?> keys = new()
        {
            ["Binance:ApiKey"] = DemoAccount.Ed25519ApiKey,
            ["Binance:ApiSecret"] = $"-----BEGIN PRIVATE KEY-----\n{secretBody}\n-----END PRIVATE KEY-----",
        };
        using ServiceProvider provider = DiSupport.Provider(s => s.AddBinanceWsApi(DiSupport.Build(keys).GetSection("Binance")));

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<WebSocketApiClient>());
        Assert.Contains("Binance:ApiSecret:", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(secretBody, ex.ToString(), StringComparison.Ordinal);

        Dictionary<string, string?> missing = new() { ["Binance:ApiKey"] = DemoAccount.HmacApiKey, ["Binance:PrivateKeyFile"] = "/nonexistent/key.pem" };
        using ServiceProvider second = DiSupport.Provider(s => s.AddBinanceWsApi(DiSupport.Build(missing).GetSection("Binance")));
        var noFile = Assert.Throws<OptionsValidationException>(() => second.GetRequiredService<WebSocketApiClient>());
        Assert.Contains("Binance:PrivateKeyFile:", noFile.Message, StringComparison.Ordinal);

        Dictionary<string, string?> noKey = new() { ["Binance:ApiSecret"] = DemoAccount.HmacSecret };
        using ServiceProvider third = DiSupport.Provider(s => s.AddBinanceWsApi(DiSupport.Build(noKey).GetSection("Binance")));
        var keyMissing = Assert.Throws<OptionsValidationException>(() => third.GetRequiredService<WebSocketApiClient>());
        Assert.Contains("Binance:ApiKey:", keyMissing.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoAccount.HmacSecret, keyMissing.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_credentials_section_is_refused_with_the_keys_to_use()
    {
        Dictionary<string, string?> keys = new() { ["Binance:Credentials:ApiKey"] = DemoAccount.HmacApiKey, ["Binance:Credentials:ApiSecret"] = DemoAccount.HmacSecret };
        using ServiceProvider provider = DiSupport.Provider(s => s.AddBinanceWsApi(DiSupport.Build(keys).GetSection("Binance")));

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<WebSocketApiClient>());
        Assert.Contains("Binance:Credentials: not a configuration key; put ApiKey with ApiSecret or PrivateKeyFile", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoAccount.HmacSecret, ex.ToString(), StringComparison.Ordinal);
    }
}
