namespace Binance.WsApi;

/// <summary>Which Binance environment the default endpoints point at.</summary>
public enum WsApiEnvironment
{
    /// <summary>Production: real money.</summary>
    Live,

    /// <summary>The testnets (spot testnet, futures testnet): test funds, separate keys.</summary>
    Testnet,

    /// <summary>Spot demo trading (futures fall back to their testnets, which is where Binance's demo runs).</summary>
    Demo,
}
