using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Futures;

/// <summary>Futures market-data and account requests: golden params against Binance's examples and the pre-send checks.</summary>
public class FuturesMarketDataAndAccountRequestTests
{
    [Fact]
    public void Depth_matches_the_documented_example() =>
        GoldenRequest.AssertMatches("usdm-depth.request.json", new FuturesOrderBookRequest("BTCUSDT").ToParameters(), "depth");

    [Theory]
    [InlineData(5)]
    [InlineData(10)]
    [InlineData(20)]
    [InlineData(50)]
    [InlineData(100)]
    [InlineData(500)]
    [InlineData(1000)]
    public void Depth_accepts_the_futures_limits(int limit) =>
        Assert.Equal(2, new FuturesOrderBookRequest("BTCUSDT") { Limit = limit }.ToParameters().Count);

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(200)]
    [InlineData(5000)]
    public void Depth_rejects_other_limits(int limit) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new FuturesOrderBookRequest("BTCUSDT") { Limit = limit }.ToParameters());

    [Fact]
    public void Tickers_match_the_documented_examples()
    {
        GoldenRequest.AssertMatches("usdm-ticker.price.request.json", new FuturesSymbolPriceTickerRequest { Symbol = "BTCUSDT" }.ToParameters(), "ticker.price");
        GoldenRequest.AssertMatches("usdm-ticker.book.request.json", new FuturesSymbolOrderBookTickerRequest { Symbol = "BTCUSDT" }.ToParameters(), "ticker.book");
    }

    [Fact]
    public void Tickers_without_a_symbol_send_no_params()
    {
        Assert.Null(new FuturesSymbolPriceTickerRequest().ToParameters());
        Assert.Null(new FuturesSymbolOrderBookTickerRequest().ToParameters());
        Assert.Throws<ArgumentException>(() => new FuturesSymbolPriceTickerRequest { Symbol = " " }.ToParameters());
        Assert.Throws<ArgumentException>(() => new FuturesSymbolOrderBookTickerRequest { Symbol = "" }.ToParameters());
    }

    [Fact]
    public void Positions_match_the_documented_examples()
    {
        GoldenRequest.AssertMatches("usdm-account.position.request.json",
            new FuturesPositionRequest { Symbol = "BTCUSDT" }.ToParameters(FuturesMarket.UsdM), "account.position");
        GoldenRequest.AssertMatches("usdm-v2_account.position.request.json",
            new FuturesPositionRequest { Symbol = "BTCUSDT" }.ToParameters(FuturesMarket.UsdM), "v2/account.position");
        GoldenRequest.AssertMatches("coinm-account.position.request.json",
            new FuturesPositionRequest { Pair = "BTCUSD" }.ToParameters(FuturesMarket.CoinM), "account.position");
    }

    [Fact]
    public void Position_filters_belong_to_their_market()
    {
        Assert.Throws<ArgumentException>(() => new FuturesPositionRequest { Pair = "BTCUSD" }.ToParameters(FuturesMarket.UsdM));
        Assert.Throws<ArgumentException>(() => new FuturesPositionRequest { MarginAsset = "BTC" }.ToParameters(FuturesMarket.UsdM));
        Assert.Throws<ArgumentException>(() => new FuturesPositionRequest { Symbol = "BTCUSD_PERP" }.ToParameters(FuturesMarket.CoinM));
        Assert.Throws<ArgumentException>(() => new FuturesPositionRequest { Pair = " " }.ToParameters(FuturesMarket.CoinM));
        Assert.Equal(2, new FuturesPositionRequest { MarginAsset = "BTC", Pair = "BTCUSD" }.ToParameters(FuturesMarket.CoinM).Count);
    }

    [Theory]
    [InlineData("usdm-account.balance.request.json", "account.balance")]
    [InlineData("usdm-v2_account.balance.request.json", "v2/account.balance")]
    [InlineData("usdm-account.status.request.json", "account.status")]
    [InlineData("usdm-v2_account.status.request.json", "v2/account.status")]
    [InlineData("coinm-account.balance.request.json", "account.balance")]
    [InlineData("coinm-account.status.request.json", "account.status")]
    public void Account_queries_send_only_what_the_client_adds(string fixture, string method) =>
        GoldenRequest.AssertMatches(fixture, new FuturesAccountRequest().ToParameters(), method);

    [Fact]
    public void An_account_recv_window_is_whole_milliseconds()
    {
        Assert.Single(new FuturesAccountRequest { RecvWindow = TimeSpan.FromSeconds(10) }.ToParameters()!);
        Assert.Throws<ArgumentOutOfRangeException>(() => new FuturesAccountRequest { RecvWindow = TimeSpan.FromTicks(15) }.ToParameters());
    }
}
