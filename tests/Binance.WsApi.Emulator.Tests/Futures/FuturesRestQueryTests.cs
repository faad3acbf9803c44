using System.Net;
using System.Text.Json;
using Binance.WsApi.Emulator.Tests.Infrastructure;

namespace Binance.WsApi.Emulator.Tests.Futures;

/// <summary>REST reads with no WS API method: Query Algo Order (signed) and premiumIndex (mark and index price).</summary>
public sealed class FuturesRestQueryTests : FuturesWsTestBase
{
    private async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string pathAndQuery, string? apiKey = DemoAccount.HmacApiKey)
    {
        using var http = new HttpClient { BaseAddress = Emulator.HttpBaseUri };
        if (apiKey is not null)
        {
            http.DefaultRequestHeaders.Add("X-MBX-APIKEY", apiKey);
        }

        using HttpResponseMessage response = await http.GetAsync(pathAndQuery);
        using JsonDocument body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, body.RootElement.Clone());
    }

    private string Signed(string query) => $"{query}&signature={TestSigner.Hmac(query)}";

    [Fact]
    public async Task Query_algo_order_by_either_id_answers_the_documented_fields()
    {
        JsonElement placed = Ok(await Signed(UsdM, "algoOrder.place", S("algoType", "CONDITIONAL"), S("symbol", "BTCUSDT"), S("side", "SELL"),
            S("type", "TAKE_PROFIT"), S("timeInForce", "GTC"), S("price", "160000"), S("triggerPrice", "120000"), S("quantity", "1"),
            S("clientAlgoId", "tp-rest"), S("selfTradePreventionMode", "EXPIRE_MAKER")));
        long algoId = placed.GetProperty("algoId").GetInt64();

        var (status, byId) = await GetAsync("fapi/v1/algoOrder?" + Signed($"algoId={algoId}&timestamp={Time.Ms()}"));
        Assert.Equal(HttpStatusCode.OK, status);
        Fixtures.AssertHasAllFields(Fixtures.Json("usdm-rest-algoOrder.response.json"), byId);
        Assert.Equal(("tp-rest", "NEW", "TAKE_PROFIT", "", "120000.00"), (byId.GetProperty("clientAlgoId").GetString(), byId.GetProperty("algoStatus").GetString(),
            byId.GetProperty("orderType").GetString(), byId.GetProperty("actualOrderId").GetString(), byId.GetProperty("triggerPrice").GetString()));

        Ok(await Signed(UsdM, "algoOrder.cancel", N("algoId", algoId)));
        var (_, byClientId) = await GetAsync("fapi/v1/algoOrder?" + Signed($"clientAlgoId=tp-rest&timestamp={Time.Ms()}&recvWindow=5000"));
        Assert.Equal((algoId, "CANCELED"), (byClientId.GetProperty("algoId").GetInt64(), byClientId.GetProperty("algoStatus").GetString()));
    }

    [Fact]
    public async Task Query_algo_order_refuses_like_binance()
    {
        long now = Time.Ms();
        Assert.Equal(-2013, (await GetAsync("fapi/v1/algoOrder?" + Signed($"algoId=999&timestamp={now}"))).Body.GetProperty("code").GetInt32());
        Assert.Equal(-1102, (await GetAsync("fapi/v1/algoOrder?" + Signed($"timestamp={now}"))).Body.GetProperty("code").GetInt32());
        Assert.Equal(-1022, (await GetAsync($"fapi/v1/algoOrder?algoId=1&timestamp={now}&signature=00")).Body.GetProperty("code").GetInt32());
        Assert.Equal(-1021, (await GetAsync("fapi/v1/algoOrder?" + Signed($"algoId=1&timestamp={now - 10_000}"))).Body.GetProperty("code").GetInt32());
        var (status, body) = await GetAsync("fapi/v1/algoOrder?" + Signed($"algoId=1&timestamp={now}"), apiKey: null);
        Assert.Equal((HttpStatusCode.Unauthorized, -2014), (status, body.GetProperty("code").GetInt32()));
    }

    [Fact]
    public async Task Index_price_set_over_http_shows_in_premium_index_and_follows_the_mark_until_then()
    {
        Emulator.SetMarkPrice("BTCUSDT", 61000m);
        var (_, before) = await GetAsync("fapi/v1/premiumIndex?symbol=BTCUSDT", apiKey: null);
        Assert.Equal(("61000.00000000", "61000.00000000"), (before.GetProperty("markPrice").GetString(), before.GetProperty("indexPrice").GetString()));

        using var http = new HttpClient { BaseAddress = Emulator.HttpBaseUri };
        using HttpResponseMessage set = await http.PostAsync("admin/index-price", new StringContent("""{"symbol":"BTCUSDT","price":"60990.5"}"""));
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var (_, after) = await GetAsync("fapi/v1/premiumIndex?symbol=BTCUSDT", apiKey: null);
        Assert.Equal(("61000.00000000", "60990.50000000"), (after.GetProperty("markPrice").GetString(), after.GetProperty("indexPrice").GetString()));
        Assert.Equal(60990.5m, Emulator.GetIndexPrice("BTCUSDT"));

        var (_, coinm) = await GetAsync("dapi/v1/premiumIndex?symbol=BTCUSD_PERP", apiKey: null);
        Assert.Equal("BTCUSD", Assert.Single(coinm.EnumerateArray()).GetProperty("pair").GetString());
        using HttpResponseMessage bad = await http.PostAsync("admin/index-price", new StringContent("""{"symbol":"BTCUSDT","price":"-1"}"""));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
