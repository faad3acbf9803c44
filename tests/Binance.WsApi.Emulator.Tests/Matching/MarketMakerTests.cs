using Binance.WsApi.Emulator.Matching;

namespace Binance.WsApi.Emulator.Tests.Matching;

/// <summary>The deterministic market maker: ladder, refill after trades, seeded history.</summary>
public sealed class MarketMakerTests : EngineTestBase
{
    [Fact]
    public void Quotes_a_two_sided_ladder_and_refills_after_a_trade()
    {
        Exchange.MarketMaker.Initialize(quote: true, seedHistory: true, Time.GetUtcNow().ToUnixTimeMilliseconds());
        var depth = Exchange.Depth(Btc, 10);
        Assert.Equal([59995m, 59990m, 59985m, 59980m, 59975m], depth.Bids.Select(b => b.Price));
        Assert.Equal([60005m, 60010m, 60015m, 60020m, 60025m], depth.Asks.Select(b => b.Price));
        Assert.All(depth.Asks, a => Assert.Equal(0.5m, a.Qty));

        PlaceOutcome buy = Place(Alice, Market(Side.Buy, qty: 0.7m));

        Assert.Equal(OrderStatus.Filled, buy.Order.Status);
        Assert.Equal([60005m, 60010m], buy.Fills.Select(f => f.Price));
        Assert.All(Exchange.Depth(Btc, 10).Asks, a => Assert.Equal(0.5m, a.Qty)); // refilled
        Place(Alice, Market(Side.Sell, qty: 0.7m)); // and the other side works too
    }

    [Fact]
    public void Seeded_history_is_deterministic_and_ends_at_the_reference_price()
    {
        Exchange.MarketMaker.Initialize(quote: false, seedHistory: true, Time.GetUtcNow().ToUnixTimeMilliseconds());
        var other = new SpotExchange(Binance.WsApi.Emulator.Market.SymbolCatalog.CreateDefault().Spot, Time, []);
        other.MarketMaker.Initialize(quote: false, seedHistory: true, Time.GetUtcNow().ToUnixTimeMilliseconds());

        var trades = Exchange.Trades(Btc);
        Assert.Equal(720, trades.Count);
        Assert.Equal(60000m, trades[^1].Price);
        Assert.Equal(trades, other.Trades(Btc));
        Assert.True(trades.Zip(trades.Skip(1)).All(p => p.First.Time <= p.Second.Time));
    }
}
