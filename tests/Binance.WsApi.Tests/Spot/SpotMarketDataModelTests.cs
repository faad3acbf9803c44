using System.Text.Json;
using Binance.WsApi.Protocol;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Spot;

/// <summary>Spot market data: exact params per method (golden) and documented responses → models.</summary>
public class SpotMarketDataModelTests
{
    private static T Parse<T>(string fixture, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        JsonSerializer.Deserialize(Fixtures.Result(fixture), type)!;

    // ---- depth (the template) ----

    [Fact]
    public void Depth_request_matches_the_documented_example() =>
        GoldenRequest.AssertMatches("spot-depth.request.json", new SpotOrderBookRequest("BNBBTC") { Limit = 5 }.ToParameters(), "depth");

    [Fact]
    public void Depth_response_parses_price_levels()
    {
        SpotOrderBook book = JsonSerializer.Deserialize(Fixtures.Result("spot-depth.response.json"), SpotMarketDataJsonContext.Default.SpotOrderBook)!;
        Assert.Equal(2731179239, book.LastUpdateId);
        Assert.Equal(5, book.Bids.Count);
        Assert.Equal(new PriceLevel(0.01379900m, 3.43200000m), book.Bids[0]);
        Assert.Equal(new PriceLevel(0.01380000m, 5.91700000m), book.Asks[0]);
    }

    [Fact]
    public void Depth_limit_out_of_range_is_rejected_before_sending() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpotOrderBookRequest("BTCUSDT") { Limit = 5001 }.ToParameters());

    // ---- trades.recent / trades.historical / blockTrades.historical / trades.aggregate ----

    [Fact]
    public void Recent_trades_request_matches_the_documented_example() =>
        GoldenRequest.AssertMatches("spot-trades.recent.request.json", new SpotRecentTradesRequest("BNBBTC") { Limit = 1 }.ToParameters(), "trades.recent");

    [Fact]
    public void Recent_trades_response_parses()
    {
        SpotTrade trade = Assert.Single(Parse("spot-trades.recent.response.json", SpotMarketDataJsonContext.Default.IReadOnlyListSpotTrade));
        Assert.Equal(194686783, trade.Id);
        Assert.Equal(0.01361000m, trade.Price);
        Assert.Equal(0.01400000m, trade.Qty);
        Assert.Equal(0.00019054m, trade.QuoteQty);
        Assert.Equal(1660009530807, trade.Time);
        Assert.Equal(2022, trade.TimeUtc.Year);
        Assert.True(trade.IsBuyerMaker);
        Assert.True(trade.IsBestMatch);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1001)]
    public void Recent_trades_limit_out_of_range_is_rejected(int limit) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpotRecentTradesRequest("BNBBTC") { Limit = limit }.ToParameters());

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_missing_symbol_is_rejected_by_every_symbol_request(string? symbol)
    {
        Assert.Throws<ArgumentException>(() => new SpotRecentTradesRequest(symbol!).ToParameters());
        Assert.Throws<ArgumentException>(() => new SpotHistoricalTradesRequest(symbol!).ToParameters());
        Assert.Throws<ArgumentException>(() => new SpotHistoricalBlockTradesRequest(symbol!, 1).ToParameters());
        Assert.Throws<ArgumentException>(() => new SpotAggregateTradesRequest(symbol!).ToParameters());
        Assert.Throws<ArgumentException>(() => new SpotKlinesRequest(symbol!, KlineInterval.OneHour).ToParameters());
        Assert.Throws<ArgumentException>(() => new SpotAveragePriceRequest(symbol!).ToParameters());
        Assert.Throws<ArgumentException>(() => new SpotReferencePriceRequest(symbol!).ToParameters());
        Assert.Throws<ArgumentException>(() => new SpotReferencePriceCalculationRequest(symbol!).ToParameters());
    }

    [Fact]
    public void Historical_trades_request_matches_the_documented_example() =>
        GoldenRequest.AssertMatches("spot-trades.historical.request.json",
            new SpotHistoricalTradesRequest("BNBBTC") { FromId = 0, Limit = 1 }.ToParameters(), "trades.historical");

    [Fact]
    public void Historical_trades_response_parses()
    {
        SpotTrade trade = Assert.Single(Parse("spot-trades.historical.response.json", SpotMarketDataJsonContext.Default.IReadOnlyListSpotTrade));
        Assert.Equal(0, trade.Id);
        Assert.Equal(0.00005000m, trade.Price);
        Assert.Equal(40.00000000m, trade.Qty);
        Assert.Equal(1500004800376, trade.Time);
    }

    [Fact]
    public void Historical_trades_reject_a_negative_from_id_and_bad_limit()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpotHistoricalTradesRequest("BNBBTC") { FromId = -1 }.ToParameters());
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpotHistoricalTradesRequest("BNBBTC") { Limit = 1001 }.ToParameters());
    }

    [Fact]
    public void Historical_block_trades_request_matches_the_documented_example() =>
        GoldenRequest.AssertMatches("spot-blockTrades.historical.request.json",
            new SpotHistoricalBlockTradesRequest("BNBBTC", 582) { Limit = 1 }.ToParameters(), "blockTrades.historical");

    [Fact]
    public void Historical_block_trades_response_parses()
    {
        SpotBlockTrade trade = Assert.Single(Parse("spot-blockTrades.historical.response.json", SpotMarketDataJsonContext.Default.IReadOnlyListSpotBlockTrade));
        Assert.Equal(582, trade.Id);
        Assert.Equal(0.052m, trade.Price);
        Assert.Equal(5838m, trade.Qty);
        Assert.Equal(303.576m, trade.QuoteQty);
        Assert.Equal(1772506983321, trade.Time);
        Assert.True(trade.IsBuyerMaker);
    }

    [Fact]
    public void Historical_block_trades_reject_bad_arguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpotHistoricalBlockTradesRequest("BNBBTC", -1).ToParameters());
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpotHistoricalBlockTradesRequest("BNBBTC", 1) { Limit = 0 }.ToParameters());
    }

    [Fact]
    public void Aggregate_trades_request_matches_the_documented_example() =>
        GoldenRequest.AssertMatches("spot-trades.aggregate.request.json",
            new SpotAggregateTradesRequest("BNBBTC") { FromId = 50000000, Limit = 1 }.ToParameters(), "trades.aggregate");

    [Fact]
    public void Aggregate_trades_response_spells_out_the_one_letter_fields()
    {
        SpotAggregateTrade trade = Assert.Single(Parse("spot-trades.aggregate.response.json", SpotMarketDataJsonContext.Default.IReadOnlyListSpotAggregateTrade));
        Assert.Equal(50000000, trade.AggregateTradeId);
        Assert.Equal(0.00274100m, trade.Price);
        Assert.Equal(57.19000000m, trade.Quantity);
        Assert.Equal(59120167, trade.FirstTradeId);
        Assert.Equal(59120170, trade.LastTradeId);
        Assert.Equal(1565877971222, trade.Time);
        Assert.True(trade.IsBuyerMaker);
        Assert.True(trade.IsBestMatch);
    }

    [Fact]
    public void Aggregate_trades_keep_m_and_M_apart()
    {
        const string json = """[{"a":1,"p":"1","q":"1","f":1,"l":1,"T":1,"m":true,"M":false}]""";
        SpotAggregateTrade trade = JsonSerializer.Deserialize(json, SpotMarketDataJsonContext.Default.IReadOnlyListSpotAggregateTrade)![0];
        Assert.True(trade.IsBuyerMaker);
        Assert.False(trade.IsBestMatch);
    }

    [Fact]
    public void Aggregate_trades_time_range_is_sent_and_checked()
    {
        Assert.Equal("""{"symbol":"BNBBTC","startTime":1000,"endTime":2000}""",
            GoldenRequest.Params(new SpotAggregateTradesRequest("BNBBTC") { StartTime = 1000, EndTime = 2000 }.ToParameters()));
        Assert.Throws<ArgumentException>(() => new SpotAggregateTradesRequest("BNBBTC") { FromId = 1, StartTime = 1000 }.ToParameters());
        Assert.Throws<ArgumentException>(() => new SpotAggregateTradesRequest("BNBBTC") { FromId = 1, EndTime = 1000 }.ToParameters());
        Assert.Throws<ArgumentException>(() => new SpotAggregateTradesRequest("BNBBTC") { StartTime = 2000, EndTime = 1000 }.ToParameters());
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpotAggregateTradesRequest("BNBBTC") { Limit = 1001 }.ToParameters());
    }

    // ---- klines / uiKlines ----

    [Fact]
    public void Klines_request_matches_the_documented_example() =>
        GoldenRequest.AssertMatches("spot-klines.request.json",
            new SpotKlinesRequest("BNBBTC", KlineInterval.OneHour) { StartTime = 1655969280000, Limit = 1 }.ToParameters(), "klines");

    [Fact]
    public void UI_klines_request_matches_the_documented_example() =>
        GoldenRequest.AssertMatches("spot-uiKlines.request.json",
            new SpotKlinesRequest("BNBBTC", KlineInterval.OneHour) { StartTime = 1655969280000, Limit = 1 }.ToParameters(), "uiKlines");

    [Theory]
    [InlineData("spot-klines.response.json")]
    [InlineData("spot-uiKlines.response.json")]
    public void Klines_parse_the_twelve_element_array(string fixture)
    {
        SpotKline k = Assert.Single(Parse(fixture, SpotMarketDataJsonContext.Default.IReadOnlyListSpotKline));
        Assert.Equal(1655971200000, k.OpenTime);
        Assert.Equal(0.01086000m, k.Open);
        Assert.Equal(0.01086600m, k.High);
        Assert.Equal(0.01083600m, k.Low);
        Assert.Equal(0.01083800m, k.Close);
        Assert.Equal(2290.53800000m, k.Volume);
        Assert.Equal(1655974799999, k.CloseTime);
        Assert.Equal(24.85074442m, k.QuoteVolume);
        Assert.Equal(2283, k.TradeCount);
        Assert.Equal(1171.64000000m, k.TakerBuyBaseVolume);
        Assert.Equal(12.71225884m, k.TakerBuyQuoteVolume);
        Assert.Equal(new DateTimeOffset(2022, 6, 23, 8, 0, 0, TimeSpan.Zero), k.OpenTimeUtc);
    }

    [Fact]
    public void A_kline_round_trips_and_a_short_one_is_refused()
    {
        string json = Fixtures.Json("spot-klines.response.json").GetProperty("result").GetRawText();
        IReadOnlyList<SpotKline> klines = JsonSerializer.Deserialize(json, SpotMarketDataJsonContext.Default.IReadOnlyListSpotKline)!;
        string written = JsonSerializer.Serialize(klines, SpotMarketDataJsonContext.Default.IReadOnlyListSpotKline);
        Assert.Equal(JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement), written);

        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""[[1,"1","1"]]""", SpotMarketDataJsonContext.Default.IReadOnlyListSpotKline));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""[{"openTime":1}]""", SpotMarketDataJsonContext.Default.IReadOnlyListSpotKline));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("8")]
    [InlineData("-1")]
    [InlineData("+3")]
    [InlineData("-1:00")]
    [InlineData("05:45")]
    [InlineData("-12:00")]
    [InlineData("14:00")]
    public void Klines_accept_the_documented_time_zone_forms(string timeZone) =>
        Assert.Contains($"\"timeZone\":\"{timeZone}\"", GoldenRequest.Params(new SpotKlinesRequest("BNBBTC", KlineInterval.OneDay) { TimeZone = timeZone }.ToParameters()),
            StringComparison.Ordinal);

    [Theory]
    [InlineData("")]
    [InlineData("UTC")]
    [InlineData("14:30")]
    [InlineData("-12:01")]
    [InlineData("15")]
    [InlineData("5:7")]
    [InlineData("05:60")]
    [InlineData("123")]
    public void Klines_reject_time_zones_outside_the_documented_forms(string timeZone) =>
        Assert.Throws<ArgumentException>(() => new SpotKlinesRequest("BNBBTC", KlineInterval.OneDay) { TimeZone = timeZone }.ToParameters());

    [Fact]
    public void Klines_reject_other_bad_arguments()
    {
        Assert.Throws<ArgumentException>(() => new SpotKlinesRequest("BNBBTC", default).ToParameters());
        Assert.Throws<ArgumentException>(() => new SpotKlinesRequest("BNBBTC", KlineInterval.OneHour) { StartTime = 2, EndTime = 1 }.ToParameters());
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpotKlinesRequest("BNBBTC", KlineInterval.OneHour) { Limit = 1001 }.ToParameters());
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpotKlinesRequest("BNBBTC", KlineInterval.OneHour) { StartTime = -1 }.ToParameters());
    }

    // ---- avgPrice / executionRules / referencePrice / referencePrice.calculation ----

    [Fact]
    public void Average_price_request_matches_the_documented_example() =>
        GoldenRequest.AssertMatches("spot-avgPrice.request.json", new SpotAveragePriceRequest("BNBBTC").ToParameters(), "avgPrice");

    [Fact]
    public void Average_price_response_parses()
    {
        SpotAveragePrice avg = Parse("spot-avgPrice.response.json", SpotMarketDataJsonContext.Default.SpotAveragePrice);
        Assert.Equal(5, avg.Mins);
        Assert.Equal(9.35751834m, avg.Price);
        Assert.Equal(1694061154503, avg.CloseTime);
    }

    [Fact]
    public void Execution_rules_request_matches_the_documented_example() =>
        GoldenRequest.AssertMatches("spot-executionRules.request.json", new SpotExecutionRulesRequest { Symbol = "BAZUSD" }.ToParameters(), "executionRules");

    [Fact]
    public void Execution_rules_response_parses_the_price_range()
    {
        SpotExecutionRules rules = Parse("spot-executionRules.response.json", SpotMarketDataJsonContext.Default.SpotExecutionRules);
        SpotSymbolExecutionRules baz = Assert.Single(rules.SymbolRules);
        Assert.Equal("BAZUSD", baz.Symbol);
        SpotExecutionRule range = baz.GetRule("PRICE_RANGE")!;
        Assert.Equal(1.0001m, range.BidLimitMultUp);
        Assert.Equal(0.9999m, range.BidLimitMultDown);
        Assert.Equal(1.0001m, range.AskLimitMultUp);
        Assert.Equal(0.9999m, range.AskLimitMultDown);
        Assert.Null(baz.GetRule("NOPE"));
    }

    [Fact]
    public void Execution_rules_keep_unknown_rule_fields()
    {
        const string json = """{"symbolRules":[{"symbol":"X","rules":[{"ruleType":"NEW_RULE","foo":"2"}]}]}""";
        SpotExecutionRule rule = JsonSerializer.Deserialize(json, SpotMarketDataJsonContext.Default.SpotExecutionRules)!.SymbolRules[0].Rules[0];
        Assert.Equal("NEW_RULE", rule.RuleType);
        Assert.Equal("2", rule.ExtensionData!["foo"].GetString());
    }

    [Fact]
    public void Execution_rules_take_one_selector_at_most()
    {
        Assert.Equal("{}", GoldenRequest.Params(new SpotExecutionRulesRequest().ToParameters()));
        Assert.Equal("""{"symbols":["A","B"]}""", GoldenRequest.Params(new SpotExecutionRulesRequest { Symbols = ["A", "B"] }.ToParameters()));
        Assert.Equal("""{"symbolStatus":"HALT"}""", GoldenRequest.Params(new SpotExecutionRulesRequest { SymbolStatus = SymbolStatus.Halt }.ToParameters()));
        Assert.Throws<ArgumentException>(() => new SpotExecutionRulesRequest { Symbol = "A", Symbols = ["B"] }.ToParameters());
        Assert.Throws<ArgumentException>(() => new SpotExecutionRulesRequest { Symbol = "A", SymbolStatus = SymbolStatus.Trading }.ToParameters());
        Assert.Throws<ArgumentException>(() => new SpotExecutionRulesRequest { Symbols = ["A", "A"] }.ToParameters());
        Assert.Throws<ArgumentException>(() => new SpotExecutionRulesRequest { Symbols = [] }.ToParameters());
    }

    [Fact]
    public void Reference_price_request_matches_the_documented_example() =>
        GoldenRequest.AssertMatches("spot-referencePrice.request.json", new SpotReferencePriceRequest("BAZUSD").ToParameters(), "referencePrice");

    [Fact]
    public void Reference_price_set()
    {
        SpotReferencePrice price = Parse("spot-referencePrice.response-set.json", SpotMarketDataJsonContext.Default.SpotReferencePrice);
        Assert.Equal(SpotReferencePriceStatus.Available, price.Status);
        Assert.Equal("BAZUSD", price.Symbol);
        Assert.Equal(0.00501900m, price.Price);
        Assert.Equal(1770946889251, price.Timestamp);
        Assert.Null(price.Code);
    }

    [Fact]
    public void Reference_price_null_means_not_set()
    {
        SpotReferencePrice price = Parse("spot-referencePrice.response-null.json", SpotMarketDataJsonContext.Default.SpotReferencePrice);
        Assert.Equal(SpotReferencePriceStatus.NotSet, price.Status);
        Assert.Null(price.Price);
        Assert.Equal(1770946889251, price.Timestamp);
    }

    [Fact]
    public void Reference_price_never_set_is_the_error_object_inside_a_200_result()
    {
        SpotReferencePrice price = Parse("spot-referencePrice.response-never-set.json", SpotMarketDataJsonContext.Default.SpotReferencePrice);
        Assert.Equal(SpotReferencePriceStatus.NeverSet, price.Status);
        Assert.Equal(-2043, price.Code);
        Assert.Equal("This symbol doesn't have a reference price.", price.Message);
        Assert.Null(price.Price);
        Assert.Null(price.Timestamp);
    }

    [Fact]
    public void Reference_price_calculation_request_matches_the_documented_example() =>
        GoldenRequest.AssertMatches("spot-referencePrice.calculation.request.json",
            new SpotReferencePriceCalculationRequest("BAZUSD").ToParameters(), "referencePrice.calculation");

    [Fact]
    public void Reference_price_calculation_sends_the_symbol_status() =>
        Assert.Equal("""{"symbol":"BAZUSD","symbolStatus":"TRADING"}""",
            GoldenRequest.Params(new SpotReferencePriceCalculationRequest("BAZUSD") { SymbolStatus = SymbolStatus.Trading }.ToParameters()));

    [Fact]
    public void Reference_price_calculation_arithmetic_mean()
    {
        SpotReferencePriceCalculation calc = Parse("spot-referencePrice.calculation.response-arithmetic-mean.json",
            SpotMarketDataJsonContext.Default.SpotReferencePriceCalculation);
        Assert.Equal("BAZUSD", calc.Symbol);
        Assert.Equal(ReferencePriceCalculationType.ArithmeticMean, calc.CalculationType);
        Assert.Equal(10, calc.BucketCount);
        Assert.Equal(1000, calc.BucketWidthMs);
        Assert.Null(calc.ExternalCalculationId);
    }

    [Fact]
    public void Reference_price_calculation_external()
    {
        SpotReferencePriceCalculation calc = Parse("spot-referencePrice.calculation.response-external.json",
            SpotMarketDataJsonContext.Default.SpotReferencePriceCalculation);
        Assert.Equal(ReferencePriceCalculationType.External, calc.CalculationType);
        Assert.Equal(42, calc.ExternalCalculationId);
        Assert.Null(calc.BucketCount);
    }

    [Fact]
    public void Reference_price_calculation_without_one_is_a_400_error()
    {
        JsonElement error = Fixtures.Json("spot-referencePrice.calculation.response-error-2043.json");
        Assert.Equal(400, error.GetProperty("status").GetInt32());
        Assert.Equal(-2043, error.GetProperty("error").GetProperty("code").GetInt32());
    }

    // ---- ticker.24hr / ticker.tradingDay / ticker / ticker.price / ticker.book ----

    [Fact]
    public void Ticker_24hr_request_matches_the_documented_example() =>
        GoldenRequest.AssertMatches("spot-ticker.24hr.request.json", new SpotTicker24hrRequest { Symbol = "BNBBTC" }.ToParameters(), "ticker.24hr");

    [Fact]
    public void Ticker_24hr_full_single_is_a_list_of_one()
    {
        SpotTicker t = Assert.Single(Parse("spot-ticker.24hr.response-full-single.json", SpotMarketDataJsonContext.Default.IReadOnlyListSpotTicker));
        Assert.False(t.IsMini);
        Assert.Equal("BNBBTC", t.Symbol);
        Assert.Equal(0.00013900m, t.PriceChange);
        Assert.Equal(1.020m, t.PriceChangePercent);
        Assert.Equal(0.01382453m, t.WeightedAvgPrice);
        Assert.Equal(0.01362800m, t.PrevClosePrice);
        Assert.Equal(0.01376700m, t.LastPrice);
        Assert.Equal(1.78800000m, t.LastQty);
        Assert.Equal(0.01376700m, t.BidPrice);
        Assert.Equal(4.64600000m, t.BidQty);
        Assert.Equal(0.01376800m, t.AskPrice);
        Assert.Equal(14.31400000m, t.AskQty);
        Assert.Equal(0.01362800m, t.OpenPrice);
        Assert.Equal(0.01414900m, t.HighPrice);
        Assert.Equal(0.01346600m, t.LowPrice);
        Assert.Equal(69412.40500000m, t.Volume);
        Assert.Equal(959.59411487m, t.QuoteVolume);
        Assert.Equal(1660014164909, t.OpenTime);
        Assert.Equal(1660100564909, t.CloseTime);
        Assert.Equal(194696115, t.FirstId);
        Assert.Equal(194968287, t.LastId);
        Assert.Equal(272173, t.Count);
    }

    [Fact]
    public void Ticker_24hr_full_multi_is_a_list()
    {
        IReadOnlyList<SpotTicker> tickers = Parse("spot-ticker.24hr.response-full-multi.json", SpotMarketDataJsonContext.Default.IReadOnlyListSpotTicker);
        Assert.Equal(2, tickers.Count);
        Assert.Equal("BNBBTC", tickers[0].Symbol);
        Assert.Equal(0.01377200m, tickers[0].AskPrice);
        Assert.All(tickers, t => Assert.False(t.IsMini));
    }

    [Fact]
    public void Ticker_24hr_mini_has_no_price_change_fields()
    {
        SpotTicker t = Assert.Single(Parse("spot-ticker.24hr.response-mini-single.json", SpotMarketDataJsonContext.Default.IReadOnlyListSpotTicker));
        Assert.True(t.IsMini);
        Assert.Null(t.PriceChange);
        Assert.Null(t.BidPrice);
        Assert.Equal(0.01376700m, t.LastPrice);
        Assert.Equal(272173, t.Count);
    }

    [Fact]
    public void Ticker_24hr_selectors_and_type()
    {
        Assert.Equal("{}", GoldenRequest.Params(new SpotTicker24hrRequest().ToParameters()));
        Assert.Equal("""{"symbols":["BNBBTC","BTCUSDT"],"type":"MINI","symbolStatus":"TRADING"}""",
            GoldenRequest.Params(new SpotTicker24hrRequest { Symbols = ["BNBBTC", "BTCUSDT"], Type = TickerType.Mini, SymbolStatus = SymbolStatus.Trading }.ToParameters()));
        Assert.Throws<ArgumentException>(() => new SpotTicker24hrRequest { Symbol = "BNBBTC", Symbols = ["BTCUSDT"] }.ToParameters());
        Assert.Throws<ArgumentException>(() => new SpotTicker24hrRequest { Symbols = ["BNBBTC", "BNBBTC"] }.ToParameters());
        Assert.Throws<ArgumentException>(() => new SpotTicker24hrRequest { Symbol = "" }.ToParameters());
    }

    [Fact]
    public void Trading_day_ticker_request_matches_the_documented_example() =>
        GoldenRequest.AssertMatches("spot-ticker.tradingDay.request.json",
            new SpotTradingDayTickerRequest { Symbols = ["BNBBTC", "BTCUSDT"], TimeZone = "00:00" }.ToParameters(), "ticker.tradingDay");

    [Theory]
    [InlineData("spot-ticker.tradingDay.response-full-single.json", 1, false)]
    [InlineData("spot-ticker.tradingDay.response-full-multi.json", 2, false)]
    [InlineData("spot-ticker.tradingDay.response-mini-single.json", 1, true)]
    [InlineData("spot-ticker.tradingDay.response-mini-multi.json", 2, true)]
    public void Trading_day_ticker_variants_parse(string fixture, int count, bool mini)
    {
        IReadOnlyList<SpotTicker> tickers = Parse(fixture, SpotMarketDataJsonContext.Default.IReadOnlyListSpotTicker);
        Assert.Equal(count, tickers.Count);
        SpotTicker t = tickers[0];
        Assert.Equal(mini, t.IsMini);
        Assert.Equal("BTCUSDT", t.Symbol);
        Assert.Equal(26221.67000000m, t.LastPrice);
        Assert.Equal(485217905.04210480m, t.QuoteVolume);
        Assert.Equal(1695772799999, t.CloseTime);
        Assert.Equal(697727, t.Count);
        if (!mini)
        {
            Assert.Equal(-83.13000000m, t.PriceChange);
            Assert.Equal(-0.317m, t.PriceChangePercent);
            Assert.Null(t.PrevClosePrice); // ticker.24hr only
        }
    }

    [Fact]
    public void Trading_day_ticker_needs_exactly_one_selector()
    {
        Assert.Throws<ArgumentException>(() => new SpotTradingDayTickerRequest().ToParameters());
        Assert.Throws<ArgumentException>(() => new SpotTradingDayTickerRequest { Symbol = "A", Symbols = ["B"] }.ToParameters());
        Assert.Throws<ArgumentException>(() => new SpotTradingDayTickerRequest { Symbol = "A", TimeZone = "UTC+1" }.ToParameters());
        Assert.Equal("""{"symbol":"A","type":"FULL"}""", GoldenRequest.Params(new SpotTradingDayTickerRequest { Symbol = "A", Type = TickerType.Full }.ToParameters()));
    }

    [Fact]
    public void Rolling_window_ticker_request_matches_the_documented_example() =>
        GoldenRequest.AssertMatches("spot-ticker.request.json",
            new SpotRollingWindowTickerRequest { Symbols = ["BNBBTC", "BTCUSDT"], WindowSize = "7d" }.ToParameters(), "ticker");

    [Theory]
    [InlineData("spot-ticker.response-full-single.json", 1, false)]
    [InlineData("spot-ticker.response-full-multi.json", 2, false)]
    [InlineData("spot-ticker.response-mini-single.json", 1, true)]
    public void Rolling_window_ticker_variants_parse(string fixture, int count, bool mini)
    {
        IReadOnlyList<SpotTicker> tickers = Parse(fixture, SpotMarketDataJsonContext.Default.IReadOnlyListSpotTicker);
        Assert.Equal(count, tickers.Count);
        SpotTicker t = tickers[0];
        Assert.Equal(mini, t.IsMini);
        Assert.Equal("BNBBTC", t.Symbol);
        Assert.Equal(0.01298900m, t.OpenPrice);
        Assert.Equal(1659580020000, t.OpenTime);
        Assert.Equal(192977765, t.FirstId);
        Assert.Equal(mini ? null : 4.735m, t.PriceChangePercent);
    }

    [Theory]
    [InlineData("1m")]
    [InlineData("59m")]
    [InlineData("1h")]
    [InlineData("23h")]
    [InlineData("1d")]
    [InlineData("7d")]
    public void Rolling_window_accepts_the_documented_window_sizes(string windowSize) =>
        Assert.Contains($"\"windowSize\":\"{windowSize}\"", GoldenRequest.Params(new SpotRollingWindowTickerRequest { Symbol = "A", WindowSize = windowSize }.ToParameters()),
            StringComparison.Ordinal);

    [Theory]
    [InlineData("")]
    [InlineData("0m")]
    [InlineData("60m")]
    [InlineData("24h")]
    [InlineData("8d")]
    [InlineData("1w")]
    [InlineData("1d2h")]
    [InlineData("01m")]
    [InlineData("d")]
    public void Rolling_window_rejects_other_window_sizes(string windowSize) =>
        Assert.Throws<ArgumentException>(() => new SpotRollingWindowTickerRequest { Symbol = "A", WindowSize = windowSize }.ToParameters());

    [Fact]
    public void Rolling_window_needs_one_selector_and_at_most_200_symbols()
    {
        Assert.Throws<ArgumentException>(() => new SpotRollingWindowTickerRequest().ToParameters());
        Assert.Throws<ArgumentException>(() => new SpotRollingWindowTickerRequest { Symbol = "A", Symbols = ["B"] }.ToParameters());
        string[] many = Enumerable.Range(0, 201).Select(i => $"S{i}").ToArray();
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpotRollingWindowTickerRequest { Symbols = many }.ToParameters());
        new SpotRollingWindowTickerRequest { Symbols = many[..200] }.ToParameters();
    }

    [Fact]
    public void Symbol_price_ticker_request_matches_the_documented_example() =>
        GoldenRequest.AssertMatches("spot-ticker.price.request.json", new SpotSymbolPriceTickerRequest { Symbol = "BNBBTC" }.ToParameters(), "ticker.price");

    [Fact]
    public void Symbol_price_ticker_single_and_multi()
    {
        SpotPriceTicker one = Assert.Single(Parse("spot-ticker.price.response-single.json", SpotMarketDataJsonContext.Default.IReadOnlyListSpotPriceTicker));
        Assert.Equal(new SpotPriceTicker { Symbol = "BNBBTC", Price = 0.01361900m }, one);
        IReadOnlyList<SpotPriceTicker> many = Parse("spot-ticker.price.response-multi.json", SpotMarketDataJsonContext.Default.IReadOnlyListSpotPriceTicker);
        Assert.Equal(3, many.Count);
        Assert.Equal(0.01363700m, many[0].Price);
    }

    [Fact]
    public void Symbol_price_ticker_selectors()
    {
        Assert.Equal("{}", GoldenRequest.Params(new SpotSymbolPriceTickerRequest().ToParameters()));
        Assert.Throws<ArgumentException>(() => new SpotSymbolPriceTickerRequest { Symbol = "A", Symbols = ["B"] }.ToParameters());
        Assert.Throws<ArgumentException>(() => new SpotSymbolPriceTickerRequest { Symbols = ["A", "A"] }.ToParameters());
    }

    [Fact]
    public void Symbol_order_book_ticker_request_matches_the_documented_example() =>
        GoldenRequest.AssertMatches("spot-ticker.book.request.json",
            new SpotSymbolOrderBookTickerRequest { Symbols = ["BNBBTC", "BTCUSDT"] }.ToParameters(), "ticker.book");

    [Fact]
    public void Symbol_order_book_ticker_single_and_multi()
    {
        SpotBookTicker one = Assert.Single(Parse("spot-ticker.book.response-single.json", SpotMarketDataJsonContext.Default.IReadOnlyListSpotBookTicker));
        Assert.Equal("BNBBTC", one.Symbol);
        Assert.Equal(0.01358000m, one.BidPrice);
        Assert.Equal(12.53400000m, one.BidQty);
        Assert.Equal(0.01358100m, one.AskPrice);
        Assert.Equal(17.83700000m, one.AskQty);
        IReadOnlyList<SpotBookTicker> many = Parse("spot-ticker.book.response-multi.json", SpotMarketDataJsonContext.Default.IReadOnlyListSpotBookTicker);
        Assert.Equal(2, many.Count);
    }

    [Fact]
    public void Symbol_order_book_ticker_selectors()
    {
        Assert.Equal("{}", GoldenRequest.Params(new SpotSymbolOrderBookTickerRequest().ToParameters()));
        Assert.Throws<ArgumentException>(() => new SpotSymbolOrderBookTickerRequest { Symbol = "A", Symbols = ["B"] }.ToParameters());
    }

    [Fact]
    public void A_ticker_result_that_is_neither_object_nor_array_is_refused() =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"x\"", SpotMarketDataJsonContext.Default.IReadOnlyListSpotTicker));
}
