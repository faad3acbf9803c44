using Binance.WsApi.Emulator.MarketData;
using Binance.WsApi.Emulator.Matching;

namespace Binance.WsApi.Emulator.Tests.MarketData;

/// <summary>Klines, aggregate trades and window statistics from known trades, without a server.</summary>
public sealed class MarketStatsTests
{
    private static readonly long T0 = new DateTimeOffset(2026, 1, 15, 12, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    private static SpotTrade Trade(long id, long time, decimal price, decimal qty, bool isBuyerMaker = false, long buyer = 0, long seller = 0) =>
        new("BTCUSDT", id, price, qty, price * qty, time, isBuyerMaker, buyer, seller);

    private static readonly SpotTrade[] Known =
    [
        Trade(1, T0 + 1_000, 100m, 1m),
        Trade(2, T0 + 21_000, 110m, 2m, isBuyerMaker: true),
        Trade(3, T0 + 41_000, 90m, 1m),
        Trade(4, T0 + 71_000, 95m, 3m),
    ];

    [Fact]
    public void One_minute_klines_have_ohlcv_taker_volumes_and_flat_gaps()
    {
        var klines = MarketStats.Klines(Known, KlineInterval.Parse("1m")!, null, null, 500, 0, T0 + 191_000);

        Assert.Equal([T0, T0 + 60_000, T0 + 120_000, T0 + 180_000], klines.Select(k => k.OpenTime));
        Assert.Equal(new Kline(T0, 100m, 110m, 90m, 90m, 4m, T0 + 59_999, 410m, 3, 2m, 190m), klines[0]);
        Assert.Equal(new Kline(T0 + 60_000, 95m, 95m, 95m, 95m, 3m, T0 + 119_999, 285m, 1, 3m, 285m), klines[1]);
        Assert.Equal(new Kline(T0 + 120_000, 95m, 95m, 95m, 95m, 0m, T0 + 179_999, 0m, 0, 0m, 0m), klines[2]);
    }

    [Fact]
    public void Limit_start_end_and_longer_intervals()
    {
        long now = T0 + 191_000;
        Assert.Equal([T0 + 120_000, T0 + 180_000], MarketStats.Klines(Known, KlineInterval.Parse("1m")!, null, null, 2, 0, now).Select(k => k.OpenTime));
        Assert.Equal([T0 + 60_000], MarketStats.Klines(Known, KlineInterval.Parse("1m")!, T0 + 30_000, T0 + 60_000, 500, 0, now).Select(k => k.OpenTime));
        Assert.Equal([T0], MarketStats.Klines(Known, KlineInterval.Parse("1m")!, null, T0 + 59_999, 500, 0, now).Select(k => k.OpenTime));

        Kline hour = Assert.Single(MarketStats.Klines(Known, KlineInterval.Parse("1h")!, null, null, 500, 0, now));
        Assert.Equal((T0, 100m, 110m, 90m, 95m, 7m, 4), (hour.OpenTime, hour.Open, hour.High, hour.Low, hour.Close, hour.Volume, hour.TradeCount));
    }

    [Theory]
    [InlineData("1d", "0", "2026-01-15T00:00:00Z")]
    [InlineData("1d", "-12:00", "2026-01-15T12:00:00Z")]
    [InlineData("1d", "05:45", "2026-01-14T18:15:00Z")]
    [InlineData("1w", "0", "2026-01-12T00:00:00Z")] // a Monday
    [InlineData("3d", "0", "2026-01-13T00:00:00Z")] // epoch-aligned: day 20466 = 3 × 6822
    [InlineData("1M", "0", "2026-01-01T00:00:00Z")]
    [InlineData("1M", "-12:00", "2026-01-01T12:00:00Z")]
    [InlineData("4h", "05:45", "2026-01-15T10:15:00Z")]
    [InlineData("4h", "8", "2026-01-15T12:00:00Z")]
    public void Buckets_follow_the_interval_and_time_zone(string interval, string zone, string open)
    {
        long offset = TimeZoneOffset.Parse(zone)!.Value;
        Kline k = Assert.Single(MarketStats.Klines([Trade(1, T0 + 1_000, 1m, 1m)], KlineInterval.Parse(interval)!, null, null, 1, offset, T0 + 2_000));
        Assert.Equal(DateTimeOffset.Parse(open, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeMilliseconds(), k.OpenTime);
    }

    [Theory]
    [InlineData("2m")]
    [InlineData("1H")]
    [InlineData("")]
    public void Unknown_intervals_are_rejected(string text) => Assert.Null(KlineInterval.Parse(text));

    [Theory]
    [InlineData("14:01")]
    [InlineData("-12:30")]
    [InlineData("1:60")]
    [InlineData("UTC")]
    public void Time_zones_outside_the_range_are_rejected(string text) => Assert.Null(TimeZoneOffset.Parse(text));

    [Fact]
    public void Aggregates_join_one_taker_order_at_one_price()
    {
        SpotTrade[] trades =
        [
            Trade(1, T0, 100m, 1m, buyer: 7, seller: 1),
            Trade(2, T0, 100m, 2m, buyer: 7, seller: 2),
            Trade(3, T0, 101m, 1m, buyer: 7, seller: 3),
            Trade(4, T0 + 5, 101m, 1m, buyer: 8, seller: 3),
            Trade(5, T0 + 9, 101m, 1m),
            Trade(6, T0 + 9, 101m, 1m),
        ];

        var aggregates = MarketStats.Aggregate(trades);

        Assert.Equal(
            [new AggregateTrade(0, 100m, 3m, 1, 2, T0, false), new AggregateTrade(1, 101m, 1m, 3, 3, T0, false), new AggregateTrade(2, 101m, 1m, 4, 4, T0 + 5, false),
             new AggregateTrade(3, 101m, 1m, 5, 5, T0 + 9, false), new AggregateTrade(4, 101m, 1m, 6, 6, T0 + 9, false)],
            aggregates);
    }

    [Fact]
    public void Window_statistics_and_an_empty_window()
    {
        WindowStats stats = MarketStats.Window(Known, T0 + 10_000, T0 + 60_000);
        Assert.Equal((110m, 110m, 90m, 90m, 1m, 100m, 3m, 310m, 2L, 3L, 2), (stats.Open, stats.High, stats.Low, stats.Last, stats.LastQty, stats.PrevClose, stats.Volume, stats.QuoteVolume, stats.FirstId, stats.LastId, stats.Count));
        Assert.Equal((-20m, -18.182m, 103.33333333m), (stats.PriceChange, stats.PriceChangePercent, stats.WeightedAvgPrice));

        WindowStats empty = MarketStats.Window(Known, T0 + 100_000, T0 + 200_000);
        Assert.Equal((95m, 95m, 0, -1L, -1L, 0m), (empty.Open, empty.Last, empty.Count, empty.FirstId, empty.LastId, empty.PriceChangePercent));
    }
}
