namespace Binance.WsApi;

/// <summary>The product a WS API endpoint serves.</summary>
public enum WsApiMarket
{
    /// <summary>Spot (<c>/ws-api/v3</c>).</summary>
    Spot,

    /// <summary>USD-M futures (<c>/ws-fapi/v1</c>).</summary>
    UsdM,

    /// <summary>COIN-M futures (<c>/ws-dapi/v1</c>).</summary>
    CoinM,
}
