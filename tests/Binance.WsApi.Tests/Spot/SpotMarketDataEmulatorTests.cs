using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Spot;

/// <summary>Every spot market-data method end to end against the emulator, whose data comes from its own trades.</summary>
public class SpotMarketDataEmulatorTests
{
    [Fact]
    public async Task Depth_is_sorted_and_limited()
    {
        await using var h = await EmulatorHarness.StartAsync();
        SpotOrderBook book = (await h.Client.GetSpotOrderBookAsync(new SpotOrderBookRequest("BTCUSDT") { Limit = 5 })).Result;
        Assert.InRange(book.Bids.Count, 1, 5);
        Assert.InRange(book.Asks.Count, 1, 5);
        Assert.True(book.Bids[0].Price < book.Asks[0].Price);
        Assert.Equal(book.Bids.OrderByDescending(b => b.Price), book.Bids);
        Assert.Equal(book.Asks.OrderBy(a => a.Price), book.Asks);
    }

    [Fact]
    public async Task Trades_reflect_a_fill()
    {
        await using var h = await EmulatorHarness.StartAsync(EmulatorHarness.Hmac);
        SpotOrderResult fill = (await h.Client.SubmitNewSpotOrderAsync(new SpotOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Market) { Quantity = 0.001m })).Result;
        SpotOrderFill first = fill.Fills[0];

        IReadOnlyList<SpotTrade> recent = (await h.Client.GetSpotRecentTradesAsync(new SpotRecentTradesRequest("BTCUSDT") { Limit = 10 })).Result;
        Assert.Contains(recent, t => t.Id == first.TradeId && t.Price == first.Price);
        IReadOnlyList<SpotTrade> historical = (await h.Client.GetSpotHistoricalTradesAsync(new SpotHistoricalTradesRequest("BTCUSDT") { FromId = first.TradeId, Limit = 1 })).Result;
        Assert.Equal(first.TradeId, Assert.Single(historical).Id);
        IReadOnlyList<SpotAggregateTrade> aggregate = (await h.Client.GetSpotAggregateTradesAsync(new SpotAggregateTradesRequest("BTCUSDT") { Limit = 5 })).Result;
        Assert.NotEmpty(aggregate);
        Assert.All(aggregate, a => Assert.True(a.LastTradeId >= a.FirstTradeId));
        Assert.NotNull((await h.Client.GetSpotHistoricalBlockTradesAsync(new SpotHistoricalBlockTradesRequest("BTCUSDT", 0))).Result);
    }

    [Fact]
    public async Task Klines_and_ui_klines_cover_the_seeded_history()
    {
        await using var h = await EmulatorHarness.StartAsync();
        IReadOnlyList<SpotKline> klines = (await h.Client.GetSpotKlinesAsync(new SpotKlinesRequest("BTCUSDT", KlineInterval.OneHour) { Limit = 5 })).Result;
        Assert.InRange(klines.Count, 1, 5);
        Assert.All(klines, k =>
        {
            Assert.True(k.High >= Math.Max(k.Open, k.Close));
            Assert.True(k.Low <= Math.Min(k.Open, k.Close));
            Assert.True(k.CloseTime > k.OpenTime);
        });
        Assert.NotEmpty((await h.Client.GetSpotUiKlinesAsync(new SpotKlinesRequest("BTCUSDT", KlineInterval.OneMinute) { Limit = 3 })).Result);

        var bad = await Assert.ThrowsAsync<BinanceApiException>(() => h.Client.GetSpotKlinesAsync(new SpotKlinesRequest("BTCUSDT", new KlineInterval("7m"))));
        Assert.Equal(-1120, bad.Code);
    }

    [Fact]
    public async Task Tickers_in_every_shape()
    {
        await using var h = await EmulatorHarness.StartAsync();
        SpotTicker one = Assert.Single((await h.Client.GetSpot24hrTickerAsync(new SpotTicker24hrRequest { Symbol = "BTCUSDT" })).Result);
        Assert.False(one.IsMini);
        Assert.True(one.HighPrice >= one.LowPrice);
        IReadOnlyList<SpotTicker> two = (await h.Client.GetSpot24hrTickerAsync(new SpotTicker24hrRequest { Symbols = ["BTCUSDT", "ETHUSDT"], Type = TickerType.Mini })).Result;
        Assert.Equal(2, two.Count);
        Assert.All(two, t => Assert.True(t.IsMini));
        Assert.True((await h.Client.GetSpot24hrTickerAsync()).Result.Count >= 5);

        Assert.Single((await h.Client.GetSpotTradingDayTickerAsync(new SpotTradingDayTickerRequest { Symbol = "BTCUSDT" })).Result);
        Assert.Single((await h.Client.GetSpotTickerAsync(new SpotRollingWindowTickerRequest { Symbol = "BTCUSDT", WindowSize = "1h" })).Result);
        SpotPriceTicker price = Assert.Single((await h.Client.GetSpotSymbolPriceTickerAsync(new SpotSymbolPriceTickerRequest { Symbol = "BTCUSDT" })).Result);
        Assert.True(price.Price > 0);
        SpotBookTicker book = Assert.Single((await h.Client.GetSpotSymbolOrderBookTickerAsync(new SpotSymbolOrderBookTickerRequest { Symbol = "BTCUSDT" })).Result);
        Assert.True(book.BidPrice < book.AskPrice);
        Assert.True((await h.Client.GetSpotSymbolOrderBookTickerAsync()).Result.Count >= 5);
    }

    [Fact]
    public async Task Average_price_reference_price_and_execution_rules()
    {
        await using var h = await EmulatorHarness.StartAsync();
        SpotAveragePrice avg = (await h.Client.GetSpotAveragePriceAsync(new SpotAveragePriceRequest("BTCUSDT"))).Result;
        Assert.True(avg.Price > 0);
        Assert.True(avg.Mins > 0);
        Assert.NotNull((await h.Client.GetSpotExecutionRulesAsync(new SpotExecutionRulesRequest { Symbol = "BTCUSDT" })).Result);
    }

    [Fact]
    public async Task Reference_price_never_set_is_a_typed_outcome_not_a_success_or_a_throw()
    {
        await using var h = await EmulatorHarness.StartAsync();

        // The docs' example: status 200 with {"code":-2043,"msg":…} as the result.
        WsApiResponse<SpotReferencePrice> never = await h.Client.GetSpotReferencePriceAsync(new SpotReferencePriceRequest("BTCUSDT"));
        Assert.Equal(200, never.Status);
        Assert.Equal(SpotReferencePriceStatus.NeverSet, never.Result.Status);
        Assert.Equal(-2043, never.Result.Code);
        Assert.Equal("This symbol doesn't have a reference price.", never.Result.Message);
        Assert.Equal("BTCUSDT", never.Result.Symbol);
        Assert.Null(never.Result.Price);
        // referencePrice.calculation documents the same code as an error (status 400).
        var refused = await Assert.ThrowsAsync<BinanceApiException>(
            () => h.Client.GetSpotReferencePriceCalculationAsync(new SpotReferencePriceCalculationRequest("BTCUSDT")));
        Assert.Equal(-2043, refused.Code);

        h.Emulator.SetReferencePrice("BTCUSDT", 60000.5m);
        SpotReferencePrice set = (await h.Client.GetSpotReferencePriceAsync(new SpotReferencePriceRequest("BTCUSDT"))).Result;
        Assert.Equal(SpotReferencePriceStatus.Available, set.Status);
        Assert.Equal(60000.5m, set.Price);
        Assert.Null(set.Code);
        Assert.NotNull(set.Timestamp);
        SpotReferencePriceCalculation calc = (await h.Client.GetSpotReferencePriceCalculationAsync(new SpotReferencePriceCalculationRequest("BTCUSDT"))).Result;
        Assert.Equal(ReferencePriceCalculationType.ArithmeticMean, calc.CalculationType);

        h.Emulator.SetReferencePrice("BTCUSDT", null);
        SpotReferencePrice notSet = (await h.Client.GetSpotReferencePriceAsync(new SpotReferencePriceRequest("BTCUSDT"))).Result;
        Assert.Equal(SpotReferencePriceStatus.NotSet, notSet.Status);
        Assert.Null(notSet.Price);
        Assert.Null(notSet.Code);
    }

    [Fact]
    public async Task Unknown_symbol_is_refused_with_binance_code()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var ex = await Assert.ThrowsAsync<BinanceApiException>(() => h.Client.GetSpotOrderBookAsync(new SpotOrderBookRequest("NOPE")));
        Assert.Equal(-1121, ex.Code);
        Assert.Equal("Invalid symbol.", ex.BinanceMessage);
    }
}
