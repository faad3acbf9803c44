namespace Binance.WsApi.Emulator.Market;

/// <summary>
/// The one place that defines the tradable symbols of each market (values modelled on Binance's production
/// exchangeInfo). exchangeInfo reads it now; the matching engine will read the same filters later.
/// </summary>
internal sealed class SymbolCatalog
{
    private readonly Dictionary<string, SpotSymbol> _spotBySymbol;
    private readonly Dictionary<string, FuturesSymbol> _usdMBySymbol;
    private readonly Dictionary<string, FuturesSymbol> _coinMBySymbol;

    public SymbolCatalog(IReadOnlyList<SpotSymbol> spot, IReadOnlyList<FuturesSymbol> usdM, IReadOnlyList<FuturesSymbol> coinM)
    {
        Spot = spot;
        UsdM = usdM;
        CoinM = coinM;
        _spotBySymbol = spot.ToDictionary(s => s.Symbol, StringComparer.Ordinal);
        _usdMBySymbol = usdM.ToDictionary(s => s.Symbol, StringComparer.Ordinal);
        _coinMBySymbol = coinM.ToDictionary(s => s.Symbol, StringComparer.Ordinal);
    }

    public IReadOnlyList<SpotSymbol> Spot { get; }

    public IReadOnlyList<FuturesSymbol> UsdM { get; }

    public IReadOnlyList<FuturesSymbol> CoinM { get; }

    /// <summary>Smart-order-routing groups shown in spot exchangeInfo's <c>sors</c>.</summary>
    public IReadOnlyList<(string BaseAsset, IReadOnlyList<string> Symbols)> Sors { get; } =
        [("BTC", ["BTCUSDT", "BTCUSDC"])];

    public SpotSymbol? FindSpot(string symbol) => _spotBySymbol.GetValueOrDefault(symbol);

    public FuturesSymbol? FindUsdM(string symbol) => _usdMBySymbol.GetValueOrDefault(symbol);

    public FuturesSymbol? FindCoinM(string symbol) => _coinMBySymbol.GetValueOrDefault(symbol);

    public static SymbolCatalog CreateDefault() => new(CreateSpot(), CreateUsdM(), CreateCoinM());

    private static IReadOnlyList<SymbolFilter> SpotFilters(
        decimal tick, decimal minPrice, decimal maxPrice, decimal step, decimal minQty, decimal maxQty,
        decimal marketMaxQty, SymbolFilter notional) =>
    [
        new PriceFilter(minPrice, maxPrice, tick),
        LotSizeFilter.Lot(minQty, maxQty, step),
        new IcebergPartsFilter(100),
        LotSizeFilter.MarketLot(0m, marketMaxQty, 0m),
        new TrailingDeltaFilter(10, 2000, 10, 2000),
        new PercentPriceBySideFilter(5m, 0.2m, 5m, 0.2m, 5),
        notional,
        CountFilter.MaxNumOrders(200),
        CountFilter.MaxNumOrderLists(20),
        CountFilter.MaxNumAlgoOrders(5),
        CountFilter.MaxNumIcebergOrders(200),
        CountFilter.MaxNumOrderAmends(10),
    ];

    private static IReadOnlyList<SpotSymbol> CreateSpot() =>
    [
        new SpotSymbol
        {
            Symbol = "BTCUSDT", BaseAsset = "BTC", QuoteAsset = "USDT",
            Filters = SpotFilters(0.01m, 0.01m, 1000000m, 0.00001m, 0.00001m, 9000m, 100m,
                new NotionalFilter(5m, true, 9000000m, false, 5)),
            PermissionSets = [["SPOT", "MARGIN", "TRD_GRP_004", "TRD_GRP_005"]],
        },
        new SpotSymbol
        {
            Symbol = "ETHUSDT", BaseAsset = "ETH", QuoteAsset = "USDT",
            Filters = SpotFilters(0.01m, 0.01m, 1000000m, 0.0001m, 0.0001m, 9000m, 1500m,
                new NotionalFilter(5m, true, 9000000m, false, 5)),
            PermissionSets = [["SPOT", "MARGIN", "TRD_GRP_004", "TRD_GRP_005"]],
        },
        new SpotSymbol
        {
            Symbol = "BNBUSDT", BaseAsset = "BNB", QuoteAsset = "USDT",
            Filters = SpotFilters(0.01m, 0.01m, 100000m, 0.001m, 0.001m, 9000m, 3000m,
                new NotionalFilter(5m, true, 9000000m, false, 5)),
            PermissionSets = [["SPOT", "MARGIN", "TRD_GRP_004"]],
        },
        new SpotSymbol
        {
            Symbol = "ETHBTC", BaseAsset = "ETH", QuoteAsset = "BTC",
            Filters = SpotFilters(0.00001m, 0.00001m, 922327m, 0.0001m, 0.0001m, 100000m, 2000m,
                new NotionalFilter(0.0001m, true, 9000000m, false, 1)),
            PermissionSets = [["SPOT", "MARGIN", "TRD_GRP_004"]],
        },
        new SpotSymbol
        {
            // Shaped like the docs' exchangeInfo example (fixture spot-exchangeInfo.response.json), with the older MIN_NOTIONAL filter.
            Symbol = "BNBBTC", BaseAsset = "BNB", QuoteAsset = "BTC",
            AmendAllowed = false,
            DefaultSelfTradePreventionMode = "NONE",
            AllowedSelfTradePreventionModes = ["NONE", "EXPIRE_TAKER", "EXPIRE_MAKER", "EXPIRE_BOTH"],
            Filters = SpotFilters(0.000001m, 0.000001m, 100000m, 0.001m, 0.001m, 100000m, 9000m,
                new MinNotionalFilter(0.0001m, true, 5)),
            PermissionSets = [["SPOT", "MARGIN", "TRD_GRP_004"]],
        },
        new SpotSymbol
        {
            Symbol = "BTCUSDC", BaseAsset = "BTC", QuoteAsset = "USDC",
            Filters = SpotFilters(0.01m, 0.01m, 1000000m, 0.00001m, 0.00001m, 9000m, 50m,
                new NotionalFilter(5m, true, 9000000m, false, 5)),
            PermissionSets = [["SPOT", "MARGIN", "TRD_GRP_004"]],
        },
        new SpotSymbol
        {
            // A symbol that is not trading, so symbolStatus filters and non-TRADING paths have something to find.
            Symbol = "LTCBTC", Status = "BREAK", BaseAsset = "LTC", QuoteAsset = "BTC",
            IsMarginTradingAllowed = false,
            Filters = SpotFilters(0.000001m, 0.000001m, 100000m, 0.001m, 0.001m, 100000m, 5000m,
                new NotionalFilter(0.0001m, true, 9000000m, false, 5)),
            PermissionSets = [["SPOT"]],
        },
    ];

    private static IReadOnlyList<SymbolFilter> FuturesFilters(
        decimal minPrice, decimal maxPrice, decimal tick, decimal minQty, decimal maxQty, decimal step,
        decimal marketMaxQty, decimal? minNotional) =>
    [
        new PriceFilter(minPrice, maxPrice, tick, PlainText: true),
        LotSizeFilter.Lot(minQty, maxQty, step, plain: true),
        LotSizeFilter.MarketLot(minQty, marketMaxQty, step, plain: true),
        new CountFilter("MAX_NUM_ORDERS", "limit", 200),
        new CountFilter("MAX_NUM_ALGO_ORDERS", "limit", 10),
        .. minNotional is { } n ? [new FuturesMinNotionalFilter(n)] : Array.Empty<SymbolFilter>(),
        new FuturesPercentPriceFilter(1.05m, 0.95m, 4),
    ];

    private static IReadOnlyList<FuturesSymbol> CreateUsdM() =>
    [
        new FuturesSymbol
        {
            Symbol = "BTCUSDT", Pair = "BTCUSDT", BaseAsset = "BTC", QuoteAsset = "USDT", MarginAsset = "USDT",
            PricePrecision = 2, QuantityPrecision = 3,
            Filters = FuturesFilters(556.80m, 4529764m, 0.10m, 0.001m, 1000m, 0.001m, 120m, 100m),
        },
        new FuturesSymbol
        {
            Symbol = "ETHUSDT", Pair = "ETHUSDT", BaseAsset = "ETH", QuoteAsset = "USDT", MarginAsset = "USDT",
            PricePrecision = 2, QuantityPrecision = 3,
            Filters = FuturesFilters(39.86m, 306177m, 0.01m, 0.001m, 10000m, 0.001m, 2000m, 20m),
        },
    ];

    private static IReadOnlyList<FuturesSymbol> CreateCoinM() =>
    [
        new FuturesSymbol
        {
            Symbol = "BTCUSD_PERP", Pair = "BTCUSD", BaseAsset = "BTC", QuoteAsset = "USD", MarginAsset = "BTC",
            PricePrecision = 1, QuantityPrecision = 0, ContractSize = 100,
            TimeInForce = ["GTC", "IOC", "FOK", "GTX"],
            Filters = FuturesFilters(1000m, 4520958m, 0.1m, 1m, 1000000m, 1m, 60000m, null),
        },
        new FuturesSymbol
        {
            Symbol = "ETHUSD_PERP", Pair = "ETHUSD", BaseAsset = "ETH", QuoteAsset = "USD", MarginAsset = "ETH",
            PricePrecision = 2, QuantityPrecision = 0, ContractSize = 10,
            TimeInForce = ["GTC", "IOC", "FOK", "GTX"],
            Filters = FuturesFilters(50m, 306177m, 0.01m, 1m, 1000000m, 1m, 60000m, null),
        },
    ];
}
