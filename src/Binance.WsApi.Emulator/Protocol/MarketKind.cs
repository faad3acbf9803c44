namespace Binance.WsApi.Emulator.Protocol;

/// <summary>The three WS API products; each has its own path, limits, symbols and error dialect.</summary>
internal enum MarketKind
{
    Spot,
    UsdM,
    CoinM,
}

/// <summary>Set of markets a method is available on.</summary>
[Flags]
internal enum MarketSet
{
    None = 0,
    Spot = 1,
    UsdM = 2,
    CoinM = 4,
    Futures = UsdM | CoinM,
    All = Spot | UsdM | CoinM,
}

internal static class MarketKindExtensions
{
    public static MarketSet ToSet(this MarketKind market) => market switch
    {
        MarketKind.Spot => MarketSet.Spot,
        MarketKind.UsdM => MarketSet.UsdM,
        _ => MarketSet.CoinM,
    };

    public static bool IsFutures(this MarketKind market) => market != MarketKind.Spot;

    public static string Path(this MarketKind market) => market switch
    {
        MarketKind.Spot => "/ws-api/v3",
        MarketKind.UsdM => "/ws-fapi/v1",
        _ => "/ws-dapi/v1",
    };

    public static MarketKind? FromPath(string? path) => path switch
    {
        "/ws-api/v3" => MarketKind.Spot,
        "/ws-fapi/v1" => MarketKind.UsdM,
        "/ws-dapi/v1" => MarketKind.CoinM,
        _ => null,
    };
}
