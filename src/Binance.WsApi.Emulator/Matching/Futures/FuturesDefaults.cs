namespace Binance.WsApi.Emulator.Matching.Futures;

/// <summary>Futures wallets every account starts with (the demo account's documented balances).</summary>
internal static class FuturesDefaults
{
    public static readonly IReadOnlyDictionary<string, decimal> UsdMWallets = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        ["USDT"] = 100_000m,
    };

    public static readonly IReadOnlyDictionary<string, decimal> CoinMWallets = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        ["BTC"] = 1m,
        ["ETH"] = 10m,
    };
}
