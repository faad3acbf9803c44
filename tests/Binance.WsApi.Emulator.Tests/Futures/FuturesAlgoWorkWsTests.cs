using System.Text.Json;

namespace Binance.WsApi.Emulator.Tests.Futures;

/// <summary>TWAP / VP over <c>algoOrder.place</c> / <c>algoOrder.cancel</c> (our extension): the response, the work on the fake clock, the codes.</summary>
public sealed class FuturesAlgoWorkWsTests : FuturesWsTestBase
{
    private Task<JsonElement> PlaceTwap(params (string, string)[] extra) =>
        Signed(UsdM, "algoOrder.place", [S("algoType", "TWAP"), S("symbol", "BTCUSDT"), S("side", "BUY"), S("quantity", "0.010"), .. extra]);

    private Task<JsonElement> PlaceVp(params (string, string)[] extra) =>
        Signed(UsdM, "algoOrder.place", [S("algoType", "VP"), S("symbol", "BTCUSDT"), S("side", "BUY"), S("quantity", "0.010"), .. extra]);

    [Fact]
    public async Task Twap_is_answered_with_the_algo_fields_worked_over_time_and_cancelled_midway()
    {
        Emulator.AddFuturesLiquidity("BTCUSDT", isBuy: false, 60000m, 1m);
        JsonElement response = await PlaceTwap(N("duration", 600), S("clientAlgoId", "myTwap"), S("reduceOnly", "false"));

        // Every field of the documented CONDITIONAL answer, plus executedQty and duration.
        AssertFields("usdm-algoOrder.place.response.json", response);
        JsonElement algo = Ok(response);
        Assert.Equal(("TWAP", "MARKET", "NEW", "0.010", "0.000", 600), (algo.GetProperty("algoType").GetString(), algo.GetProperty("orderType").GetString(),
            algo.GetProperty("algoStatus").GetString(), algo.GetProperty("quantity").GetString(), algo.GetProperty("executedQty").GetString(),
            algo.GetProperty("duration").GetInt32()));
        Assert.Equal("myTwap", algo.GetProperty("clientAlgoId").GetString());
        Assert.False(algo.TryGetProperty("urgency", out _));
        long algoId = algo.GetProperty("algoId").GetInt64();

        Time.Advance(TimeSpan.FromSeconds(120)); // 10 slices of 0.001, one a minute
        Assert.Equal(("WORKING", 0.002m, 2), Emulator.GetAlgoOrder(algoId));
        Assert.Equal((0.002m, 60000m), Emulator.GetPosition(DemoAccount.HmacApiKey, "BTCUSDT"));

        JsonElement canceled = Ok(await Signed(UsdM, "algoOrder.cancel", N("algoId", algoId)));
        Assert.Equal((algoId, "myTwap", "200"), (canceled.GetProperty("algoId").GetInt64(), canceled.GetProperty("clientAlgoId").GetString(),
            canceled.GetProperty("code").GetString()));
        Time.Advance(TimeSpan.FromSeconds(600));
        Assert.Equal(("CANCELED", 0.002m, 2), Emulator.GetAlgoOrder(algoId));
        Assert.Equal(0.002m, Emulator.GetPosition(DemoAccount.HmacApiKey, "BTCUSDT").Amount);
        AssertError(await Signed(UsdM, "algoOrder.cancel", S("clientAlgoId", "myTwap")), -2011, "Unknown order sent.");
        Assert.Equal(100000m - (120m * 0.0005m), Emulator.GetFuturesBalance(DemoAccount.HmacApiKey, coinMargined: false, "USDT"));
    }

    [Fact]
    public async Task Vp_with_a_limit_price_sends_limit_ioc_slices_and_finishes()
    {
        Emulator.AddFuturesLiquidity("BTCUSDT", isBuy: false, 60000m, 1m);
        JsonElement algo = Ok(await PlaceVp(S("urgency", "HIGH"), S("limitPrice", "60000")));
        Assert.Equal(("VP", "LIMIT", "IOC", "60000.00", "HIGH"), (algo.GetProperty("algoType").GetString(), algo.GetProperty("orderType").GetString(),
            algo.GetProperty("timeInForce").GetString(), algo.GetProperty("price").GetString(), algo.GetProperty("urgency").GetString()));
        Assert.False(algo.TryGetProperty("duration", out _));

        Time.Advance(TimeSpan.FromMinutes(5)); // HIGH: a fifth of the quantity a minute
        Assert.Equal(("FINISHED", 0.010m, 5), Emulator.GetAlgoOrder(algo.GetProperty("algoId").GetInt64()));
        Assert.Equal((0.010m, 60000m), Emulator.GetPosition(DemoAccount.HmacApiKey, "BTCUSDT"));
        AssertError(await Signed(UsdM, "algoOrder.cancel", N("algoId", algo.GetProperty("algoId").GetInt64())), -2011);
    }

    [Fact]
    public async Task Twap_and_vp_parameters_are_checked_with_binance_codes()
    {
        AssertError(await PlaceTwap(), -1102, "Mandatory parameter 'duration' was not sent, was empty/null, or malformed.");
        AssertError(await PlaceTwap(N("duration", 299)), -1130, "Data sent for parameter 'duration' is not valid.");
        AssertError(await PlaceTwap(N("duration", 86401)), -1130);
        AssertError(await PlaceTwap(S("duration", "300.5")), -1130);
        AssertError(await PlaceTwap(N("duration", 300), S("urgency", "LOW")), -1106, "Parameter 'urgency' sent when not required.");
        AssertError(await PlaceTwap(N("duration", 300), S("type", "MARKET")), -1106, "Parameter 'type' sent when not required.");
        AssertError(await PlaceTwap(N("duration", 300), S("triggerPrice", "1")), -1106);
        AssertError(await PlaceVp(), -1102, "Mandatory parameter 'urgency' was not sent, was empty/null, or malformed.");
        AssertError(await PlaceVp(S("urgency", "low")), -1130, "Data sent for parameter 'urgency' is not valid.");
        AssertError(await PlaceVp(S("urgency", "LOW"), N("duration", 300)), -1106);
        AssertError(await Signed(UsdM, "algoOrder.place", S("algoType", "VP"), S("symbol", "BTCUSDT"), S("side", "BUY"), S("urgency", "LOW")), -1102);
        AssertError(await PlaceVp(S("urgency", "LOW"), S("positionSide", "LONG")), -4061);
        AssertError(await PlaceTwap(N("duration", 300), S("limitPrice", "60000.05")), -4014);
        AssertError(await Signed(UsdM, "algoOrder.place", S("algoType", "TWAP"), S("symbol", "BTCUSDT"), S("side", "BUY"), S("quantity", "0.0015"),
            N("duration", 300)), -4023);
        AssertError(await Signed(UsdM, "algoOrder.place", S("algoType", "ICEBERG"), S("symbol", "BTCUSDT"), S("side", "BUY")), -1130,
            "Data sent for parameter 'algoType' is not valid.");
        AssertError(await Signed(CoinM, "algoOrder.place", S("algoType", "TWAP")), -1020);

        Ok(await PlaceTwap(N("duration", 300), S("clientAlgoId", "same")));
        AssertError(await PlaceVp(S("urgency", "LOW"), S("clientAlgoId", "same")), -4116);
    }

    [Fact]
    public async Task Stopping_the_emulator_ends_a_working_twap()
    {
        Emulator.AddFuturesLiquidity("BTCUSDT", isBuy: false, 60000m, 1m);
        long algoId = Ok(await PlaceTwap(N("duration", 300))).GetProperty("algoId").GetInt64();
        Time.Advance(TimeSpan.FromSeconds(60));
        await Emulator.StopAsync();
        Time.Advance(TimeSpan.FromSeconds(600));
        Assert.Equal(("EXPIRED", 0.002m, 1), Emulator.GetAlgoOrder(algoId));
    }
}
