namespace Binance.WsApi.Tests.Api;

public class OptionsValidationTests
{
    [Fact]
    public async Task Defaults_are_valid()
    {
        await using var client = new WebSocketApiClient();
        Assert.Equal(WsApiEnvironment.Live, client.Environment);
    }

    [Fact]
    public void Recv_window_over_60_seconds_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new WebSocketApiClient(new WebSocketApiClientOptions { RecvWindow = TimeSpan.FromMilliseconds(60001) }));

    [Fact]
    public void Non_positive_timeouts_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new WebSocketApiClient(new WebSocketApiClientOptions { RequestTimeout = TimeSpan.Zero }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new WebSocketApiClient(new WebSocketApiClientOptions { ConnectTimeout = TimeSpan.FromSeconds(-1) }));
    }

    public static TheoryData<string> TimerOptions => new()
    {
        "RequestTimeout", "ConnectTimeout", "KeepAliveInterval", "KeepAliveTimeout", "ResubscribeUserDataStreamDelay",
        "ReconnectPolicy.InitialDelay", "ReconnectPolicy.MaxDelay",
    };

    [Theory]
    [MemberData(nameof(TimerOptions))]
    public void A_duration_longer_than_the_runtime_timers_take_is_refused_at_construction_naming_the_option(string option)
    {
        var options = new WebSocketApiClientOptions();
        TimeSpan tooLong = TimeSpan.MaxValue;
        switch (option)
        {
            case "RequestTimeout": options.RequestTimeout = tooLong; break;
            case "ConnectTimeout": options.ConnectTimeout = tooLong; break;
            case "KeepAliveInterval": options.KeepAliveInterval = tooLong; break;
            case "KeepAliveTimeout": options.KeepAliveTimeout = tooLong; break;
            case "ResubscribeUserDataStreamDelay": options.ResubscribeUserDataStreamDelay = tooLong; break;
            case "ReconnectPolicy.InitialDelay": options.ReconnectPolicy = new ReconnectPolicy { InitialDelay = tooLong, MaxDelay = tooLong }; break;
            default: options.ReconnectPolicy = new ReconnectPolicy { MaxDelay = tooLong }; break;
        }

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new WebSocketApiClient(options));
        Assert.Equal(option, ex.ParamName);
        Assert.Contains("longest timer", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_longest_timer_the_runtime_takes_is_accepted_and_a_longer_per_call_timeout_is_refused()
    {
        await using var client = new WebSocketApiClient(new WebSocketApiClientOptions
        {
            RequestTimeout = TimeSpan.FromMilliseconds(uint.MaxValue - 1.0),
            ConnectTimeout = TimeSpan.FromDays(49),
        });
        // Refused before anything is sent (synchronously, like every argument check).
        Assert.Throws<ArgumentOutOfRangeException>(() =>
        {
            _ = client.SendAsync(WsApiEndpoint.Spot, "ping", null, WsApiSecurity.None, timeout: TimeSpan.MaxValue);
        });
    }

    [Fact]
    public void Plain_ws_is_refused_off_loopback()
    {
        var options = new WebSocketApiClientOptions();
        options.EndpointUrls[WsApiEndpoint.Spot] = new Uri("ws://example.com/ws-api/v3");
        Assert.Throws<ArgumentException>(() => new WebSocketApiClient(options));
        options.AllowInsecureTransport = true;
        _ = new WebSocketApiClient(options);
    }

    [Fact]
    public void Bad_reconnect_policy_is_rejected() =>
        Assert.Throws<ArgumentException>(() => new WebSocketApiClient(new WebSocketApiClientOptions { ReconnectPolicy = new ReconnectPolicy { Multiplier = 0.5 } }));

    [Fact]
    public void Endpoint_urls_follow_the_documentation()
    {
        Assert.Equal("wss://ws-api.binance.com/ws-api/v3", WsApiEndpoints.GetDefaultUri(WsApiEndpoint.Spot).AbsoluteUri);
        Assert.Equal(9443, WsApiEndpoints.GetDefaultUri(WsApiEndpoint.SpotAlternatePort).Port);
        Assert.Equal("wss://ws-api.testnet.binance.vision/ws-api/v3", WsApiEndpoints.GetDefaultUri(WsApiEndpoint.SpotTestnet).AbsoluteUri);
        Assert.Equal("wss://demo-ws-api.binance.com/ws-api/v3", WsApiEndpoints.GetDefaultUri(WsApiEndpoint.SpotDemo).AbsoluteUri);
        Assert.Equal("wss://ws-fapi.binance.com/ws-fapi/v1", WsApiEndpoints.GetDefaultUri(WsApiEndpoint.UsdM).AbsoluteUri);
        Assert.Equal("wss://testnet.binancefuture.com/ws-dapi/v1", WsApiEndpoints.GetDefaultUri(WsApiEndpoint.CoinMTestnet).AbsoluteUri);
        Assert.Equal(WsApiEndpoint.SpotTestnet, WsApiEndpoints.GetDefaultEndpoint(WsApiMarket.Spot, WsApiEnvironment.Testnet));
    }

    [Fact]
    public async Task A_spot_method_cannot_be_routed_to_a_futures_endpoint()
    {
        await using var client = new WebSocketApiClient();
        await Assert.ThrowsAsync<ArgumentException>(() => client.GetSpotServerTimeAsync(WsApiEndpoint.UsdM));
    }

    [Fact]
    public async Task Bad_arguments_fail_before_anything_is_sent()
    {
        await using var client = new WebSocketApiClient();
        await Assert.ThrowsAsync<ArgumentException>(() => client.GetSpotExchangeInfoAsync(new SpotExchangeInfoRequest { Symbol = " " }));
        await Assert.ThrowsAsync<ArgumentException>(() => client.GetSpotExchangeInfoAsync(new SpotExchangeInfoRequest { Symbols = ["A", "A"] }));
        await Assert.ThrowsAsync<ArgumentException>(() => client.GetSpotExchangeInfoAsync(new SpotExchangeInfoRequest { Symbol = "A", Symbols = ["B"] }));
        Assert.DoesNotContain(client.GetWsClient().Connections, c => c.State != ConnectionState.Disconnected);
    }
}
