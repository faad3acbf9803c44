namespace Binance.WsApi;

/// <summary>
/// A WS API connection target, one per wsKey of the reference client. Each endpoint has its own connection; a
/// method can be sent to any endpoint of its market.
/// </summary>
public enum WsApiEndpoint
{
    /// <summary>Spot production, <c>wss://ws-api.binance.com:443/ws-api/v3</c> (wsKey <c>mainWSAPI</c>).</summary>
    Spot,

    /// <summary>Spot production on port 9443, <c>wss://ws-api.binance.com:9443/ws-api/v3</c> (wsKey <c>mainWSAPI2</c>).</summary>
    SpotAlternatePort,

    /// <summary>Spot testnet, <c>wss://ws-api.testnet.binance.vision/ws-api/v3</c> (wsKey <c>mainWSAPITestnet</c>).</summary>
    SpotTestnet,

    /// <summary>Spot demo trading, <c>wss://demo-ws-api.binance.com/ws-api/v3</c>.</summary>
    SpotDemo,

    /// <summary>USD-M futures production, <c>wss://ws-fapi.binance.com/ws-fapi/v1</c> (wsKey <c>usdmWSAPI</c>).</summary>
    UsdM,

    /// <summary>USD-M futures testnet, <c>wss://testnet.binancefuture.com/ws-fapi/v1</c> (wsKey <c>usdmWSAPITestnet</c>).</summary>
    UsdMTestnet,

    /// <summary>COIN-M futures production, <c>wss://ws-dapi.binance.com/ws-dapi/v1</c> (wsKey <c>coinmWSAPI</c>).</summary>
    CoinM,

    /// <summary>COIN-M futures testnet, <c>wss://testnet.binancefuture.com/ws-dapi/v1</c> (wsKey <c>coinmWSAPITestnet</c>).</summary>
    CoinMTestnet,
}
