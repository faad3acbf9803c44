namespace Binance.WsApi;

/// <summary>Binance's documented WS API URLs (docs/protocol.md §0) and the facts derived from an endpoint.</summary>
public static class WsApiEndpoints
{
    /// <summary>The documented URL of an endpoint.</summary>
    public static Uri GetDefaultUri(WsApiEndpoint endpoint) => endpoint switch
    {
        WsApiEndpoint.Spot => new Uri("wss://ws-api.binance.com:443/ws-api/v3"),
        WsApiEndpoint.SpotAlternatePort => new Uri("wss://ws-api.binance.com:9443/ws-api/v3"),
        WsApiEndpoint.SpotTestnet => new Uri("wss://ws-api.testnet.binance.vision/ws-api/v3"),
        WsApiEndpoint.SpotDemo => new Uri("wss://demo-ws-api.binance.com/ws-api/v3"),
        WsApiEndpoint.UsdM => new Uri("wss://ws-fapi.binance.com/ws-fapi/v1"),
        WsApiEndpoint.UsdMTestnet => new Uri("wss://testnet.binancefuture.com/ws-fapi/v1"),
        WsApiEndpoint.CoinM => new Uri("wss://ws-dapi.binance.com/ws-dapi/v1"),
        WsApiEndpoint.CoinMTestnet => new Uri("wss://testnet.binancefuture.com/ws-dapi/v1"),
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint)),
    };

    /// <summary>The market an endpoint serves.</summary>
    public static WsApiMarket GetMarket(WsApiEndpoint endpoint) => endpoint switch
    {
        WsApiEndpoint.Spot or WsApiEndpoint.SpotAlternatePort or WsApiEndpoint.SpotTestnet or WsApiEndpoint.SpotDemo => WsApiMarket.Spot,
        WsApiEndpoint.UsdM or WsApiEndpoint.UsdMTestnet => WsApiMarket.UsdM,
        WsApiEndpoint.CoinM or WsApiEndpoint.CoinMTestnet => WsApiMarket.CoinM,
        _ => throw new ArgumentOutOfRangeException(nameof(endpoint)),
    };

    /// <summary>The endpoint a market's methods use by default in an environment.</summary>
    public static WsApiEndpoint GetDefaultEndpoint(WsApiMarket market, WsApiEnvironment environment) => (market, environment) switch
    {
        (WsApiMarket.Spot, WsApiEnvironment.Live) => WsApiEndpoint.Spot,
        (WsApiMarket.Spot, WsApiEnvironment.Testnet) => WsApiEndpoint.SpotTestnet,
        (WsApiMarket.Spot, WsApiEnvironment.Demo) => WsApiEndpoint.SpotDemo,
        (WsApiMarket.UsdM, WsApiEnvironment.Live) => WsApiEndpoint.UsdM,
        (WsApiMarket.UsdM, _) => WsApiEndpoint.UsdMTestnet,
        (WsApiMarket.CoinM, WsApiEnvironment.Live) => WsApiEndpoint.CoinM,
        (WsApiMarket.CoinM, _) => WsApiEndpoint.CoinMTestnet,
        _ => throw new ArgumentOutOfRangeException(nameof(market)),
    };

    /// <summary>The futures market as a WS API market.</summary>
    public static WsApiMarket ToMarket(this FuturesMarket market) =>
        market == FuturesMarket.UsdM ? WsApiMarket.UsdM : WsApiMarket.CoinM;
}
