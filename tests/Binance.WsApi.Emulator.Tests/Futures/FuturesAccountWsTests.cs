using System.Text.Json;
using Binance.WsApi.Emulator.Tests.Infrastructure;

namespace Binance.WsApi.Emulator.Tests.Futures;

/// <summary>Futures account queries, USD-M market data and listen keys over the WebSocket.</summary>
public sealed class FuturesAccountWsTests : FuturesWsTestBase
{
    private async Task OpenUsdMLong()
    {
        Emulator.AddFuturesLiquidity("BTCUSDT", isBuy: false, 60000m, 1m);
        Ok(await Signed(UsdM, "order.place", S("symbol", "BTCUSDT"), S("side", "BUY"), S("type", "MARKET"), S("quantity", "0.1")));
    }

    [Fact]
    public async Task Usdm_positions_v1_and_v2_have_the_documented_fields()
    {
        await OpenUsdMLong();
        Emulator.SetMarkPrice("BTCUSDT", 61000m);
        JsonElement v1 = await Signed(UsdM, "account.position", S("symbol", "BTCUSDT"));
        AssertFields("usdm-account.position.response-one-way.json", v1);
        JsonElement row = Ok(v1)[0];
        Assert.Equal(("0.100", "60000.00000", "100.00000000", "20"), (row.GetProperty("positionAmt").GetString(), row.GetProperty("entryPrice").GetString(),
            row.GetProperty("unRealizedProfit").GetString(), row.GetProperty("leverage").GetString()));

        JsonElement v2 = await Signed(UsdM, "v2/account.position");
        AssertFields("usdm-v2_account.position.response-one-way.json", v2);
        Assert.Equal(["BTCUSDT"], Ok(v2).EnumerateArray().Select(r => r.GetProperty("symbol").GetString()));
        Assert.Equal("305.00000000", Ok(v2)[0].GetProperty("positionInitialMargin").GetString()); // 0.1 × 61000 / 20
    }

    [Fact]
    public async Task Usdm_balance_and_status_have_the_documented_fields()
    {
        await OpenUsdMLong();
        foreach (string method in new[] { "account.balance", "v2/account.balance" })
        {
            JsonElement balance = await Signed(UsdM, method);
            AssertFields(method == "account.balance" ? "usdm-account.balance.response.json" : "usdm-v2_account.balance.response.json", balance);
            decimal wallet = 100000m - (6000m * 0.0005m);
            Assert.Equal(wallet.ToString("0.00000000", System.Globalization.CultureInfo.InvariantCulture), Ok(balance)[0].GetProperty("balance").GetString());
        }

        AssertFields("usdm-account.status.response-single-asset-mode.json", await Signed(UsdM, "account.status"));
        JsonElement v2 = await Signed(UsdM, "v2/account.status");
        AssertFields("usdm-v2_account.status.response-single-asset-mode.json", v2);
        Assert.Single(Ok(v2).GetProperty("positions").EnumerateArray());
    }

    [Fact]
    public async Task Coinm_position_balance_status_have_the_documented_fields()
    {
        JsonElement position = await Signed(CoinM, "account.position", S("pair", "BTCUSD"));
        AssertFields("coinm-account.position.response.json", position);
        Assert.Equal(["BTCUSD_PERP"], Ok(position).EnumerateArray().Select(r => r.GetProperty("symbol").GetString()));
        Assert.Equal(["ETHUSD_PERP"], Ok(await Signed(CoinM, "account.position", S("marginAsset", "ETH"))).EnumerateArray().Select(r => r.GetProperty("symbol").GetString()));

        JsonElement balance = await Signed(CoinM, "account.balance");
        AssertFields("coinm-account.balance.response.json", balance);
        Assert.Equal(["BTC:1.00000000", "ETH:10.00000000"], Ok(balance).EnumerateArray().Select(b => b.GetProperty("asset").GetString() + ":" + b.GetProperty("balance").GetString()));

        AssertFields("coinm-account.status.response.json", await Signed(CoinM, "account.status"));
        AssertError(await Signed(CoinM, "v2/account.status"), -1020);
    }

    [Fact]
    public async Task Usdm_market_data_has_the_documented_fields_and_coinm_has_none()
    {
        Emulator.AddFuturesLiquidity("BTCUSDT", isBuy: true, 59990m, 0.5m);
        Emulator.AddFuturesLiquidity("BTCUSDT", isBuy: true, 59990m, 0.25m);
        Emulator.AddFuturesLiquidity("BTCUSDT", isBuy: false, 60010m, 1m);

        JsonElement depth = await Public(UsdM, "depth", S("symbol", "BTCUSDT"), N("limit", 5));
        AssertFields("usdm-depth.response.json", depth);
        Assert.Equal("59990.00:0.750", string.Join(":", Ok(depth).GetProperty("bids")[0].EnumerateArray().Select(v => v.GetString())));
        Assert.Equal(7, depth.GetProperty("rateLimits")[0].GetProperty("count").GetInt32()); // handshake 5 + 2
        AssertError(await Public(UsdM, "depth", S("symbol", "BTCUSDT"), N("limit", 7)), -1130);

        AssertFields("usdm-ticker.price.response.json", await Public(UsdM, "ticker.price", S("symbol", "BTCUSDT")));
        AssertFields("usdm-ticker.price.response-all-symbols.json", await Public(UsdM, "ticker.price"));
        JsonElement book = await Public(UsdM, "ticker.book", S("symbol", "BTCUSDT"));
        AssertFields("usdm-ticker.book.response.json", book);
        Assert.Equal(("59990.00", "60010.00"), (Ok(book).GetProperty("bidPrice").GetString(), Ok(book).GetProperty("askPrice").GetString()));
        JsonElement all = await Public(UsdM, "ticker.book");
        AssertFields("usdm-ticker.book.response-all-symbols.json", all);
        Assert.Equal(2, Ok(all).GetArrayLength());

        AssertError(await Public(CoinM, "depth", S("symbol", "BTCUSD_PERP")), -1020);
    }

    [Fact]
    public async Task Listen_keys_start_ping_stop_and_expire_after_an_hour()
    {
        foreach (RawWsClient client in new[] { UsdM, CoinM })
        {
            JsonElement started = await Stream(client, "userDataStream.start");
            AssertFields("usdm-userDataStream.start.response.json", started);
            string key = Ok(started).GetProperty("listenKey").GetString()!;
            Assert.Equal(64, key.Length);
            Assert.Equal(key, Ok(await Stream(client, "userDataStream.start")).GetProperty("listenKey").GetString()); // the active key

            Time.Advance(TimeSpan.FromMinutes(59));
            JsonElement pinged = await Stream(client, "userDataStream.ping");
            AssertFields("coinm-userDataStream.ping.response.json", pinged);
            Assert.Equal(key, Ok(pinged).GetProperty("listenKey").GetString());

            Time.Advance(TimeSpan.FromMinutes(59));                      // still valid: the ping extended it
            Ok(await Stream(client, "userDataStream.ping"));
            Time.Advance(TimeSpan.FromMinutes(61));
            AssertError(await Stream(client, "userDataStream.ping"), -1125, "This listenKey does not exist.");

            string fresh = Ok(await Stream(client, "userDataStream.start")).GetProperty("listenKey").GetString()!;
            Assert.NotEqual(key, fresh);
            JsonElement stopped = await Stream(client, "userDataStream.stop");
            AssertFields("usdm-userDataStream.stop.response.json", stopped);
            AssertError(await Stream(client, "userDataStream.ping"), -1125);
            AssertError(await Stream(client, "userDataStream.stop"), -1125);
        }
    }
}
