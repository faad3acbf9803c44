using System.Text.Json;
using Binance.WsApi.Emulator.Tests.Infrastructure;

namespace Binance.WsApi.Emulator.Tests.Futures;

/// <summary>USD-M ALGO_UPDATE on the listen-key stream: every documented algo status, in order, with the docs' fields.</summary>
public sealed class FuturesAlgoUpdateTests : FuturesWsTestBase
{
    private async Task<RawWsClient> OpenStreamAsync()
    {
        string key = Ok(await Stream(UsdM, "userDataStream.start")).GetProperty("listenKey").GetString()!;
        return await RawWsClient.ConnectAsync(new Uri(Emulator.UsdMUri, $"/private/ws/{key}"));
    }

    private static async Task<JsonElement> NextAlgoUpdateAsync(RawWsClient stream)
    {
        while (true)
        {
            JsonElement frame = await stream.ReceiveJsonAsync();
            if (frame.GetProperty("e").GetString() == "ALGO_UPDATE")
            {
                Fixtures.AssertHasAllFields(Fixtures.Json("usdm-ALGO_UPDATE.event.json"), frame);
                return frame.GetProperty("o");
            }
        }
    }

    [Fact]
    public async Task A_conditional_algo_reports_new_triggering_triggered_finished_and_a_cancel_reports_canceled()
    {
        await using RawWsClient stream = await OpenStreamAsync();
        Emulator.SetMarkPrice("BTCUSDT", 60000m);
        Emulator.RecordFuturesTrade("BTCUSDT", 60000m);

        JsonElement placed = Ok(await Signed(UsdM, "algoOrder.place", S("algoType", "CONDITIONAL"), S("symbol", "BTCUSDT"), S("side", "SELL"),
            S("type", "STOP_MARKET"), S("triggerPrice", "59000"), S("quantity", "0.1"), S("clientAlgoId", "stop-1")));
        long algoId = placed.GetProperty("algoId").GetInt64();

        JsonElement created = await NextAlgoUpdateAsync(stream);
        Assert.Equal(("stop-1", algoId, "CONDITIONAL", "STOP_MARKET", "NEW", "", "0"),
            (created.GetProperty("caid").GetString(), created.GetProperty("aid").GetInt64(), created.GetProperty("at").GetString(),
             created.GetProperty("o").GetString(), created.GetProperty("X").GetString(), created.GetProperty("ai").GetString(), created.GetProperty("act").GetString()));
        Assert.Equal(("59000", "0.1", 0L), (created.GetProperty("tp").GetString(), created.GetProperty("q").GetString(), created.GetProperty("tt").GetInt64()));

        Emulator.AddFuturesLiquidity("BTCUSDT", isBuy: true, 58900m, 1m);
        Emulator.RecordFuturesTrade("BTCUSDT", 58950m); // the last price crosses the trigger

        Assert.Equal("TRIGGERING", (await NextAlgoUpdateAsync(stream)).GetProperty("X").GetString());
        JsonElement triggered = await NextAlgoUpdateAsync(stream);
        Assert.Equal(("TRIGGERED", "MARKET"), (triggered.GetProperty("X").GetString(), triggered.GetProperty("act").GetString()));
        Assert.NotEqual("", triggered.GetProperty("ai").GetString());
        Assert.True(triggered.GetProperty("tt").GetInt64() > 0);
        JsonElement finished = await NextAlgoUpdateAsync(stream);
        Assert.Equal(("FINISHED", "0.1", "58900"), (finished.GetProperty("X").GetString(), finished.GetProperty("aq").GetString(), finished.GetProperty("ap").GetString()));

        Ok(await Signed(UsdM, "algoOrder.place", S("algoType", "CONDITIONAL"), S("symbol", "BTCUSDT"), S("side", "BUY"),
            S("type", "TAKE_PROFIT"), S("timeInForce", "GTC"), S("price", "50000"), S("triggerPrice", "50000"), S("quantity", "0.1"), S("clientAlgoId", "tp-1")));
        Assert.Equal("NEW", (await NextAlgoUpdateAsync(stream)).GetProperty("X").GetString());
        Ok(await Signed(UsdM, "algoOrder.cancel", S("clientAlgoId", "tp-1")));
        JsonElement canceled = await NextAlgoUpdateAsync(stream);
        Assert.Equal(("tp-1", "CANCELED"), (canceled.GetProperty("caid").GetString(), canceled.GetProperty("X").GetString()));
    }
}
