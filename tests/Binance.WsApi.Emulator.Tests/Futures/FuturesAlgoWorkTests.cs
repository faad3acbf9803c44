using Binance.WsApi.Emulator.Matching;
using Binance.WsApi.Emulator.Matching.Futures;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.Tests.Futures;

/// <summary>
/// TWAP and VP algo orders in the USD-M engine on a fake clock: the schedule (slice sizes and times), fills through
/// the book, position and wallet arithmetic, the end states, cancel midway, and what ends an algo early.
/// </summary>
public sealed class FuturesAlgoWorkTests : FuturesEngineTestBase
{
    private static WorkedAlgoRequest Twap(Side side, decimal quantity, long seconds, decimal? limitPrice = null, bool reduceOnly = false) =>
        new() { Kind = AlgoKind.Twap, Symbol = Btc, Side = side, Quantity = quantity, DurationSeconds = seconds, LimitPrice = limitPrice, ReduceOnly = reduceOnly };

    private static WorkedAlgoRequest Vp(Side side, decimal quantity, VpUrgency urgency) =>
        new() { Kind = AlgoKind.Vp, Symbol = Btc, Side = side, Quantity = quantity, Urgency = urgency };

    private AlgoOrder PlaceWorked(WorkedAlgoRequest request)
    {
        Outcome<AlgoOrder> outcome = UsdM.PlaceWorkedAlgo(Alice, request);
        Assert.True(outcome.Ok, outcome.Error?.Message);
        return outcome.Value!;
    }

    private AlgoOrder Algo(AlgoOrder placed) => UsdM.FindAlgo(placed.AlgoId)!;

    private void Advance(int seconds) => Time.Advance(TimeSpan.FromSeconds(seconds));

    [Fact]
    public void Twap_sends_equal_market_slices_each_minute_and_finishes_at_the_end_of_its_duration()
    {
        Place(Bob, Limit(Side.Sell, 60000m, 1m));
        AlgoOrder algo = PlaceWorked(Twap(Side.Buy, 0.010m, 300));
        Assert.Equal((AlgoStatus.New, 0m, 0m), (algo.Status, algo.Order.ExecutedQty, Position(Alice).Amount));

        Advance(59);
        Assert.Equal((AlgoStatus.New, 0m), (Algo(algo).Status, Position(Alice).Amount));
        Advance(1);
        Assert.Equal((AlgoStatus.Working, 0.002m, 0.002m), (Algo(algo).Status, Algo(algo).Order.ExecutedQty, Position(Alice).Amount));
        Advance(60);
        Assert.Equal(0.004m, Position(Alice).Amount);

        Advance(180);
        AlgoOrder done = Algo(algo);
        Assert.Equal((AlgoStatus.Finished, 0.010m, 5), (done.Status, done.Order.ExecutedQty, done.ChildOrderIds.Count));
        Assert.Equal((0.010m, 60000m), Position(Alice));
        Assert.All(done.ChildOrderIds, id =>
        {
            FuturesOrder child = UsdM.GetOrder(Alice, Btc, id, null).Value!;
            Assert.Equal((FuturesOrderType.Market, 0.002m, FuturesOrderStatus.Filled), (child.Type, child.OrigQty, child.Status));
        });

        // Taker commission on 600 USDT of fills; bob's resting ask paid maker commission on the same.
        Assert.Equal(100000m - (600m * FuturesExchange.TakerRate), UsdM.GetWallet(Alice, "USDT"));
        Assert.Equal(100000m - (600m * FuturesExchange.MakerRate), UsdM.GetWallet(Bob, "USDT"));
        Advance(600);
        Assert.Equal(0.010m, Position(Alice).Amount); // ended: nothing more goes out
    }

    [Fact]
    public void Twap_slices_respect_the_step_size_and_the_last_takes_the_remainder()
    {
        Place(Bob, Limit(Side.Sell, 60000m, 1m));
        AlgoOrder algo = PlaceWorked(Twap(Side.Buy, 0.011m, 330)); // 5 ticks of 66 s: 0.002 × 4, then 0.003
        Advance(65);
        Assert.Equal(0m, Position(Alice).Amount);
        Advance(1);
        Assert.Equal(0.002m, Position(Alice).Amount);
        Advance(264);
        AlgoOrder done = Algo(algo);
        Assert.Equal(AlgoStatus.Finished, done.Status);
        decimal[] slices = [.. done.ChildOrderIds.Select(id => UsdM.GetOrder(Alice, Btc, id, null).Value!.OrigQty)];
        Assert.Equal([0.002m, 0.002m, 0.002m, 0.002m, 0.003m], slices);
    }

    [Fact]
    public void Twap_of_fewer_lots_than_minutes_sends_one_lot_per_slice()
    {
        Place(Bob, Limit(Side.Sell, 60000m, 1m));
        AlgoOrder algo = PlaceWorked(Twap(Side.Buy, 0.003m, 600)); // 3 lots over 10 minutes: 3 ticks of 200 s
        Advance(199);
        Assert.Equal(0m, Position(Alice).Amount);
        Advance(1);
        Assert.Equal(0.001m, Position(Alice).Amount);
        Advance(400);
        Assert.Equal((AlgoStatus.Finished, 3), (Algo(algo).Status, Algo(algo).ChildOrderIds.Count));
    }

    [Fact]
    public void A_jump_of_the_clock_runs_every_due_slice()
    {
        Place(Bob, Limit(Side.Sell, 60000m, 1m));
        AlgoOrder algo = PlaceWorked(Twap(Side.Buy, 0.010m, 300));
        Advance(3600);
        Assert.Equal((AlgoStatus.Finished, 5, 0.010m), (Algo(algo).Status, Algo(algo).ChildOrderIds.Count, Position(Alice).Amount));
    }

    [Fact]
    public void Cancel_midway_keeps_the_executed_part_and_stops_the_slices()
    {
        Place(Bob, Limit(Side.Sell, 60000m, 1m));
        AlgoOrder algo = PlaceWorked(Twap(Side.Buy, 0.010m, 600) with { ClientAlgoId = "twap-1" });
        Advance(180);
        Assert.Equal(0.003m, Position(Alice).Amount);

        AlgoOrder canceled = UsdM.CancelAlgo(Alice, null, "twap-1").Value!;
        Assert.Equal((AlgoStatus.Canceled, 0.003m), (canceled.Status, canceled.Order.ExecutedQty));
        Advance(1200);
        Assert.Equal((AlgoStatus.Canceled, 3, 0.003m), (Algo(algo).Status, Algo(algo).ChildOrderIds.Count, Position(Alice).Amount));
        Assert.Equal(-2011, UsdM.CancelAlgo(Alice, algo.AlgoId, null).Error!.Code);
        Assert.Equal(-2011, UsdM.CancelAlgo(Bob, null, "twap-1").Error!.Code);

        // The client id is free again once the algo has ended.
        Assert.True(UsdM.PlaceWorkedAlgo(Alice, Twap(Side.Sell, 0.003m, 300, reduceOnly: true) with { ClientAlgoId = "twap-1" }).Ok);
    }

    [Fact]
    public void A_live_client_algo_id_cannot_be_reused()
    {
        PlaceWorked(Twap(Side.Buy, 0.010m, 300) with { ClientAlgoId = "dup" });
        Assert.Equal(-4116, UsdM.PlaceWorkedAlgo(Alice, Vp(Side.Buy, 0.010m, VpUrgency.Low) with { ClientAlgoId = "dup" }).Error!.Code);
        Assert.Equal(-4015, UsdM.PlaceWorkedAlgo(Alice, Vp(Side.Buy, 0.010m, VpUrgency.Low) with { ClientAlgoId = "bad id" }).Error!.Code);
    }

    [Theory]
    [InlineData("LOW", 0.001, 10)]    // 5 % of 0.010 is below one lot: a lot a minute
    [InlineData("MEDIUM", 0.001, 10)] // 10 %
    [InlineData("HIGH", 0.002, 5)]    // 20 %
    public void Vp_sends_its_urgency_share_each_minute_until_done(string urgency, decimal slice, int ticks)
    {
        Place(Bob, Limit(Side.Sell, 60000m, 1m));
        Assert.True(Wire.TryParse(urgency, out VpUrgency parsed));
        AlgoOrder algo = PlaceWorked(Vp(Side.Buy, 0.010m, parsed));
        Advance(60);
        Assert.Equal((AlgoStatus.Working, slice), (Algo(algo).Status, Position(Alice).Amount));
        Advance(60 * (ticks - 2));
        Assert.Equal(AlgoStatus.Working, Algo(algo).Status);
        Advance(60);
        Assert.Equal((AlgoStatus.Finished, ticks, 0.010m), (Algo(algo).Status, Algo(algo).ChildOrderIds.Count, Position(Alice).Amount));
    }

    [Fact]
    public void Vp_sells_against_bids_and_the_position_goes_short()
    {
        Place(Bob, Limit(Side.Buy, 59900m, 1m));
        AlgoOrder algo = PlaceWorked(Vp(Side.Sell, 0.100m, VpUrgency.High));
        Advance(120);
        Assert.Equal((-0.040m, 59900m), Position(Alice));
        Advance(180);
        Assert.Equal((AlgoStatus.Finished, -0.100m), (Algo(algo).Status, Position(Alice).Amount));
        Assert.Equal((0.100m, 59900m), Position(Bob));
    }

    [Fact]
    public void Limit_price_slices_are_ioc_a_shortfall_rolls_into_the_next_and_an_unfinished_schedule_expires()
    {
        Place(Bob, Limit(Side.Sell, 60000m, 0.003m));
        Place(Bob, Limit(Side.Sell, 60100m, 1m));
        AlgoOrder algo = PlaceWorked(Twap(Side.Buy, 0.010m, 300, limitPrice: 60000m));
        Advance(60);
        Assert.Equal(0.002m, Position(Alice).Amount);
        Advance(60); // wants 0.002 more, only 0.001 left at or under 60000
        Assert.Equal(0.003m, Position(Alice).Amount);
        Advance(60); // wants 0.003 (the shortfall rolled in): nothing at the limit, the IOC child expires
        AlgoOrder working = Algo(algo);
        FuturesOrder third = UsdM.GetOrder(Alice, Btc, working.ChildOrderIds[2], null).Value!;
        Assert.Equal((FuturesOrderType.Limit, FuturesTif.Ioc, 0.003m, FuturesOrderStatus.Expired), (third.Type, third.TimeInForce, third.OrigQty, third.Status));

        Advance(120);
        Assert.Equal((AlgoStatus.Expired, 0.003m, 5), (Algo(algo).Status, Algo(algo).Order.ExecutedQty, Algo(algo).ChildOrderIds.Count));
        Assert.Equal((0.003m, 60000m), Position(Alice));
    }

    [Fact]
    public void A_child_refused_for_margin_expires_the_algo_with_the_executed_part_kept()
    {
        UsdM.SetWallet(Alice, "USDT", 10m);
        Place(Bob, Limit(Side.Sell, 60000m, 1m));
        AlgoOrder algo = PlaceWorked(Twap(Side.Buy, 0.010m, 300)); // each slice needs 6 USDT of margin at 20x
        Advance(60);
        Assert.Equal(0.002m, Position(Alice).Amount);
        Advance(60);
        Assert.Equal((AlgoStatus.Expired, 0.002m, 1), (Algo(algo).Status, Algo(algo).Order.ExecutedQty, Algo(algo).ChildOrderIds.Count));
        Advance(600);
        Assert.Equal(0.002m, Position(Alice).Amount);
    }

    [Fact]
    public void Reduce_only_without_a_position_is_accepted_then_expires_at_the_first_slice()
    {
        Place(Bob, Limit(Side.Buy, 59900m, 1m));
        AlgoOrder algo = PlaceWorked(Twap(Side.Sell, 0.010m, 300, reduceOnly: true));
        Assert.Equal(AlgoStatus.New, algo.Status);
        Advance(60);
        Assert.Equal((AlgoStatus.Expired, 0m), (Algo(algo).Status, Position(Alice).Amount));
    }

    [Fact]
    public void Reduce_only_slices_close_the_position_and_stop_there()
    {
        Trade(Side.Buy, 0.004m, 60000m);
        Place(Bob, Limit(Side.Buy, 59900m, 1m));
        AlgoOrder algo = PlaceWorked(Twap(Side.Sell, 0.010m, 300, reduceOnly: true));
        Advance(120);
        Assert.Equal(0m, Position(Alice).Amount);
        Advance(60); // nothing left to reduce: the next child is refused (-2022) and the algo expires
        Assert.Equal((AlgoStatus.Expired, 0.004m), (Algo(algo).Status, Algo(algo).Order.ExecutedQty));
    }

    [Fact]
    public void Placement_checks_the_filters_and_the_position_side()
    {
        Assert.Equal(-4023, UsdM.PlaceWorkedAlgo(Alice, Twap(Side.Buy, 0.0015m, 300)).Error!.Code);
        Assert.Equal(-4003, UsdM.PlaceWorkedAlgo(Alice, Twap(Side.Buy, 0m, 300)).Error!.Code);
        Assert.Equal(-4005, UsdM.PlaceWorkedAlgo(Alice, Twap(Side.Buy, 5000m, 300)).Error!.Code);
        Assert.Equal(-4014, UsdM.PlaceWorkedAlgo(Alice, Twap(Side.Buy, 0.010m, 300, limitPrice: 60000.05m)).Error!.Code);
        Assert.Equal(-4061, UsdM.PlaceWorkedAlgo(Alice, Twap(Side.Buy, 0.010m, 300) with { PositionSide = "LONG" }).Error!.Code);
        Assert.Equal(-1121, UsdM.PlaceWorkedAlgo(Alice, Twap(Side.Buy, 0.010m, 300) with { Symbol = "NOPE" }).Error!.Code);
    }

    [Fact]
    public void Stopping_ends_working_algos_and_no_slice_runs_afterwards()
    {
        Place(Bob, Limit(Side.Sell, 60000m, 1m));
        AlgoOrder algo = PlaceWorked(Twap(Side.Buy, 0.010m, 300));
        Advance(60);
        Assert.Equal(1, UsdM.StopWorkedAlgos());
        Advance(600);
        Assert.Equal((AlgoStatus.Expired, 0.002m, 1), (Algo(algo).Status, Algo(algo).Order.ExecutedQty, Algo(algo).ChildOrderIds.Count));
        Assert.Equal(0, UsdM.StopWorkedAlgos());
    }
}
