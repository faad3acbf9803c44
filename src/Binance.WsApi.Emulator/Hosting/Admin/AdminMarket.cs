using System.Text.Json;
using Binance.WsApi.Emulator.Matching.Futures;

namespace Binance.WsApi.Emulator.Hosting.Admin;

/// <summary>The <c>"market"</c> field of an admin body: which exchange a symbol name means (BTCUSDT is spot and USD-M).</summary>
internal enum AdminMarket
{
    Spot,
    UsdM,
    CoinM,
}

/// <summary>Resolves <c>"market"</c> and <c>"symbol"</c> of an admin body, with 400-worthy messages.</summary>
internal static class AdminMarkets
{
    public static AdminMarket Read(JsonElement body, AdminMarket fallback) => AdminBody.OptionalString(body, "market")?.ToUpperInvariant() switch
    {
        null => fallback,
        "SPOT" => AdminMarket.Spot,
        "USDM" => AdminMarket.UsdM,
        "COINM" => AdminMarket.CoinM,
        _ => throw new ArgumentException("'market' must be spot, usdm or coinm."),
    };

    /// <summary>A futures market from the body, or by the symbol's name (USD-M first) when none is given.</summary>
    public static (FuturesExchange Exchange, string Symbol) Futures(JsonElement body, EmulatorServices services)
    {
        string symbol = AdminBody.RequiredString(body, "symbol");
        AdminMarket market = Read(body, services.UsdM.Find(symbol) is not null ? AdminMarket.UsdM : AdminMarket.CoinM);
        FuturesExchange exchange = market switch
        {
            AdminMarket.UsdM => services.UsdM,
            AdminMarket.CoinM => services.CoinM,
            _ => throw new ArgumentException("'market' must be usdm or coinm here."),
        };
        return exchange.Find(symbol) is not null
            ? (exchange, symbol)
            : throw new ArgumentException($"Unknown {(market == AdminMarket.UsdM ? "USD-M" : "COIN-M")} symbol '{symbol}'.");
    }

    public static string Spot(JsonElement body, EmulatorServices services)
    {
        string symbol = AdminBody.RequiredString(body, "symbol");
        return services.Exchange.Find(symbol) is not null ? symbol : throw new ArgumentException($"Unknown spot symbol '{symbol}'.");
    }

    public static string Name(AdminMarket market) => market switch
    {
        AdminMarket.Spot => "spot",
        AdminMarket.UsdM => "usdm",
        _ => "coinm",
    };
}
