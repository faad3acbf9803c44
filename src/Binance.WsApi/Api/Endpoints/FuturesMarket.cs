namespace Binance.WsApi;

/// <summary>Which futures product a futures method targets (the reference's <c>'usdm' | 'coinm'</c>).</summary>
public enum FuturesMarket
{
    /// <summary>USD-M futures, quoted and margined in USDT/USDC.</summary>
    UsdM,

    /// <summary>COIN-M futures, margined in the base coin, sized in contracts.</summary>
    CoinM,
}
