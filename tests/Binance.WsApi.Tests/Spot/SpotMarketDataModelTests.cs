using System.Text.Json;
using Binance.WsApi.Protocol;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Spot;

/// <summary>Spot market data: exact params per method (golden) and documented responses → models.</summary>
public class SpotMarketDataModelTests
{
    [Fact]
    public void Depth_request_matches_the_documented_example() =>
        GoldenRequest.AssertMatches("spot-depth.request.json", new OrderBookRequest("BNBBTC") { Limit = 5 }.ToParameters(), "depth");

    [Fact]
    public void Depth_response_parses_price_levels()
    {
        OrderBook book = JsonSerializer.Deserialize(Fixtures.Result("spot-depth.response.json"), SpotMarketDataJsonContext.Default.OrderBook)!;
        Assert.Equal(2731179239, book.LastUpdateId);
        Assert.Equal(5, book.Bids.Count);
        Assert.Equal(new PriceLevel(0.01379900m, 3.43200000m), book.Bids[0]);
        Assert.Equal(new PriceLevel(0.01380000m, 5.91700000m), book.Asks[0]);
    }

    [Fact]
    public void Depth_limit_out_of_range_is_rejected_before_sending() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new OrderBookRequest("BTCUSDT") { Limit = 5001 }.ToParameters());
}
