using System.Text.Json;

namespace Binance.WsApi.Emulator.Tests.Futures;

/// <summary>TRAILING_STOP_MARKET orders report activatePrice and priceRate in order.status and order.cancel, as the docs' examples.</summary>
public sealed class FuturesTrailingFieldsWsTests : FuturesWsTestBase
{
    [Fact]
    public async Task Coinm_status_and_cancel_of_a_trailing_stop_carry_activatePrice_and_priceRate()
    {
        long orderId = Ok(await Signed(CoinM, "order.place", S("symbol", "BTCUSD_PERP"), S("side", "BUY"), S("type", "TRAILING_STOP_MARKET"),
            S("quantity", "1"), S("activationPrice", "59000"), S("callbackRate", "0.3"))).GetProperty("orderId").GetInt64();

        JsonElement status = await Signed(CoinM, "order.status", S("symbol", "BTCUSD_PERP"), N("orderId", orderId));
        JsonElement canceled = await Signed(CoinM, "order.cancel", S("symbol", "BTCUSD_PERP"), N("orderId", orderId));

        foreach (JsonElement reply in new[] { status, canceled })
        {
            Assert.Equal("TRAILING_STOP_MARKET", Ok(reply).GetProperty("type").GetString());
            Assert.Equal("59000", Ok(reply).GetProperty("activatePrice").GetString());
            Assert.Equal("0.3", Ok(reply).GetProperty("priceRate").GetString());
        }

        Assert.Equal("CANCELED", Ok(canceled).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Usdm_status_of_a_triggered_trailing_algo_order_carries_the_documented_fields()
    {
        JsonElement algo = Ok(await Signed(UsdM, "algoOrder.place", S("algoType", "CONDITIONAL"), S("symbol", "BTCUSDT"), S("side", "BUY"),
            S("type", "TRAILING_STOP_MARKET"), S("quantity", "0.01"), S("activatePrice", "59000"), S("callbackRate", "1")));
        Emulator.AddFuturesLiquidity("BTCUSDT", isBuy: false, 59700m, 0.01m);

        Emulator.RecordFuturesTrade("BTCUSDT", 59000m); // activates: lowest 59000
        Emulator.RecordFuturesTrade("BTCUSDT", 59600m); // 1 % above the lowest: fires a market BUY

        var order = Emulator.Services.UsdM.FindAlgo(algo.GetProperty("algoId").GetInt64())!.Order;
        Assert.True(order.Triggered);

        JsonElement status = Ok(await Signed(UsdM, "order.status", S("symbol", "BTCUSDT"), N("orderId", order.OrderId)));
        Assert.Equal("TRAILING_STOP_MARKET", status.GetProperty("type").GetString());
        Assert.Equal("59000.00", status.GetProperty("activatePrice").GetString());
        Assert.Equal("1", status.GetProperty("priceRate").GetString());
        AssertFields("usdm-order.status.response.json", await Signed(UsdM, "order.status", S("symbol", "BTCUSDT"), N("orderId", order.OrderId)));
    }
}
