namespace Binance.WsApi.Emulator.Market;

/// <summary>A USD-M or COIN-M contract. The field set is the common core of fapi/dapi exchangeInfo.</summary>
internal sealed record FuturesSymbol
{
    public required string Symbol { get; init; }

    public required string Pair { get; init; }

    public string ContractType { get; init; } = "PERPETUAL";

    /// <summary>Perpetuals carry Binance's far-future placeholder date (2100-12-25).</summary>
    public long DeliveryDate { get; init; } = 4133404800000;

    public long OnboardDate { get; init; } = 1569398400000;

    public string Status { get; init; } = "TRADING";

    public required string BaseAsset { get; init; }

    public required string QuoteAsset { get; init; }

    public required string MarginAsset { get; init; }

    public int PricePrecision { get; init; } = 2;

    public int QuantityPrecision { get; init; } = 3;

    public int BaseAssetPrecision { get; init; } = 8;

    public int QuotePrecision { get; init; } = 8;

    /// <summary>COIN-M only: USD value of one contract (100 for BTC, 10 for others); 0 on USD-M.</summary>
    public int ContractSize { get; init; }

    public required IReadOnlyList<SymbolFilter> Filters { get; init; }

    public IReadOnlyList<string> OrderTypes { get; init; } =
        ["LIMIT", "MARKET", "STOP", "STOP_MARKET", "TAKE_PROFIT", "TAKE_PROFIT_MARKET", "TRAILING_STOP_MARKET"];

    public IReadOnlyList<string> TimeInForce { get; init; } = ["GTC", "IOC", "FOK", "GTX", "GTD"];
}
