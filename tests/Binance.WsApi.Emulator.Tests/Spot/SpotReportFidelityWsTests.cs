using System.Text.Json;

namespace Binance.WsApi.Emulator.Tests.Spot;

/// <summary>Fields of order reports inside list and cancel-replace answers: fills on FULL, origClientOrderId on list cancels.</summary>
public sealed class SpotReportFidelityWsTests : SpotWsTestBase
{
    [Fact]
    public async Task Oto_full_reports_carry_fills_for_each_leg()
    {
        Emulator.AddLiquidity("BTCUSDT", isBuy: false, 60000m, 0.01m);

        JsonElement oto = Ok(await Signed("orderList.place.oto",
            S("symbol", "BTCUSDT"), S("workingType", "LIMIT"), S("workingSide", "BUY"), S("workingPrice", "60000"),
            S("workingQuantity", "0.01"), S("workingTimeInForce", "GTC"), S("pendingType", "LIMIT_MAKER"), S("pendingSide", "SELL"),
            S("pendingPrice", "61000"), S("pendingQuantity", "0.01"), S("newOrderRespType", "FULL")));

        JsonElement working = oto.GetProperty("orderReports")[0];
        JsonElement fill = Assert.Single(working.GetProperty("fills").EnumerateArray().ToArray());
        Assert.Equal("60000.00000000", fill.GetProperty("price").GetString());
        Assert.Equal("0.01000000", fill.GetProperty("qty").GetString());
        Assert.Equal("BTC", fill.GetProperty("commissionAsset").GetString());
        Assert.True(fill.TryGetProperty("tradeId", out _));
        Assert.True(fill.TryGetProperty("commission", out _));
        Assert.Equal(0, oto.GetProperty("orderReports")[1].GetProperty("fills").GetArrayLength()); // activated, resting
    }

    [Fact]
    public async Task Oco_default_response_is_full_with_empty_fills_and_result_has_none()
    {
        (string, string)[] oco =
        [
            S("symbol", "BTCUSDT"), S("side", "SELL"), S("quantity", "0.01"), S("aboveType", "LIMIT_MAKER"), S("abovePrice", "62000"),
            S("belowType", "STOP_LOSS"), S("belowStopPrice", "58000"),
        ];
        Emulator.RecordTrade("BTCUSDT", 60000m, 0.001m);

        JsonElement full = Ok(await Signed("orderList.place.oco", oco));
        JsonElement result = Ok(await Signed("orderList.place.oco", [.. oco, S("newOrderRespType", "RESULT")]));

        Assert.All(full.GetProperty("orderReports").EnumerateArray(), r => Assert.Equal(0, r.GetProperty("fills").GetArrayLength()));
        Assert.All(result.GetProperty("orderReports").EnumerateArray(), r => Assert.False(r.TryGetProperty("fills", out _)));
    }

    [Fact]
    public async Task Cancel_replace_new_order_response_carries_fills()
    {
        long resting = Ok(await Signed("order.place", S("symbol", "BTCUSDT"), S("side", "BUY"), S("type", "LIMIT"), S("timeInForce", "GTC"),
            S("price", "55000"), S("quantity", "0.01"))).GetProperty("orderId").GetInt64();
        Emulator.AddLiquidity("BTCUSDT", isBuy: false, 60000m, 0.01m);

        JsonElement replaced = Ok(await Signed("order.cancelReplace", S("symbol", "BTCUSDT"), S("cancelReplaceMode", "STOP_ON_FAILURE"),
            N("cancelOrderId", resting), S("side", "BUY"), S("type", "LIMIT"), S("timeInForce", "GTC"), S("price", "60000"), S("quantity", "0.01")));

        JsonElement fill = Assert.Single(replaced.GetProperty("newOrderResponse").GetProperty("fills").EnumerateArray().ToArray());
        Assert.Equal("60000.00000000", fill.GetProperty("price").GetString());
        Assert.Equal("0.01000000", fill.GetProperty("qty").GetString());
    }

    [Fact]
    public async Task Order_list_cancel_reports_name_each_legs_original_client_id()
    {
        Emulator.RecordTrade("BTCUSDT", 60000m, 0.001m);
        JsonElement placed = Ok(await Signed("orderList.place.oco", S("symbol", "BTCUSDT"), S("side", "SELL"), S("quantity", "0.01"),
            S("aboveType", "LIMIT_MAKER"), S("abovePrice", "62000"), S("aboveClientOrderId", "upper"),
            S("belowType", "STOP_LOSS"), S("belowStopPrice", "58000"), S("belowClientOrderId", "lower")));

        JsonElement response = await Signed("orderList.cancel", S("symbol", "BTCUSDT"), N("orderListId", placed.GetProperty("orderListId").GetInt64()));
        JsonElement canceled = Ok(response);

        AssertFields("spot-order.cancel.response-orderlist.json", response, "stopPrice");
        string[] originals = canceled.GetProperty("orderReports").EnumerateArray().Select(r => r.GetProperty("origClientOrderId").GetString()!).ToArray();
        Assert.Equal(["upper", "lower"], originals.Order().Reverse().ToArray());
        Assert.All(canceled.GetProperty("orderReports").EnumerateArray(),
            r => Assert.NotEqual(r.GetProperty("origClientOrderId").GetString(), r.GetProperty("clientOrderId").GetString()));
    }
}
