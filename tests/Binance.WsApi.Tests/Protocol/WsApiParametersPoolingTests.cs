using System.Text.Json;
using Binance.WsApi.Emulator;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Protocol;

/// <summary>
/// Pooled parameter storage (order placement): it keeps every entry as it grows, is empty once recycled, and a set
/// the caller made is never recycled, so the caller can send it again.
/// </summary>
public class WsApiParametersPoolingTests
{
    [Fact]
    public void Growth_past_the_rented_size_keeps_every_entry_in_order()
    {
        WsApiParameters p = WsApiParameters.Rent(2);
        for (int i = 0; i < 40; i++)
        {
            p.Add("p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), (long)i);
        }

        p.Add("price", 1.50m).Add("flag", true).Add("symbol", "BTCUSDT");
        Assert.Equal(43, p.Count);
        for (int i = 0; i < 40; i++)
        {
            Assert.Equal((long)i, p.Entries[i].Integer);
            Assert.Equal("p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Entries[i].Name);
        }

        Assert.Equal("p0=0&p1=1", string.Join('&', p.ToString().Split('&').Take(2)));
        Assert.EndsWith("price=1.50&flag=True&symbol=BTCUSDT", p.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Recycle_leaves_it_empty_and_still_usable()
    {
        WsApiParameters p = WsApiParameters.Rent(4).Add("symbol", "BTCUSDT").Add("quantity", 1m);
        p.Recycle();
        Assert.Empty(p);
        Assert.False(p.Contains("symbol"));
        p.Recycle(); // twice is harmless: the storage went back once

        // Used again by mistake, it is an ordinary (unpooled) set, not a view of an array someone else now rents.
        p.Add("side", "BUY");
        Assert.Equal("side=BUY", p.ToString());
    }

    [Fact]
    public void A_set_made_by_the_caller_is_never_recycled()
    {
        var p = new WsApiParameters().Add("symbol", "BTCUSDT").Add("limit", 5);
        p.Recycle();
        Assert.Equal(2, p.Count);
        Assert.Equal("symbol=BTCUSDT&limit=5", p.ToString());
    }

    [Fact]
    public async Task A_caller_set_sent_twice_through_the_public_SendAsync_carries_its_params_both_times()
    {
        await using var h = await EmulatorHarness.StartAsync(EmulatorHarness.Hmac);
        var parameters = new WsApiParameters().Add("symbol", "BTCUSDT").Add("limit", 5);
        var signed = new WsApiParameters().Add("symbol", "BTCUSDT").Add("side", "BUY").Add("type", "MARKET").Add("quantity", 0.001m);

        for (int round = 0; round < 2; round++)
        {
            WsApiResponse<JsonElement> depth = await h.Client.SendAsync(WsApiEndpoint.Spot, "depth", parameters);
            Assert.Equal(5, depth.Result.GetProperty("bids").GetArrayLength());
            WsApiResponse<JsonElement> test = await h.Client.SendAsync(WsApiEndpoint.Spot, "order.test", signed, WsApiSecurity.Signed);
            Assert.Equal(200, test.Status);
        }

        Assert.Equal("symbol=BTCUSDT&limit=5", parameters.ToString());
        Assert.Equal(4, signed.Count);
        ReceivedRequest[] depths = h.Emulator.ReceivedRequests.Where(r => r.Method == "depth").ToArray();
        Assert.Equal(2, depths.Length);
        Assert.All(depths, r => Assert.Equal(5, Params(r).GetProperty("limit").GetInt32()));
        ReceivedRequest[] tests = h.Emulator.ReceivedRequests.Where(r => r.Method == "order.test").ToArray();
        Assert.Equal(2, tests.Length);
        Assert.All(tests, r => Assert.Equal("0.001", Params(r).GetProperty("quantity").GetString()));
    }

    [Fact]
    public async Task Pooled_placement_params_are_written_whole_send_after_send()
    {
        // Each placement rents storage, returned once its frame is written: the next one (same thread, likely the
        // same array) must carry only its own values.
        await using var h = await EmulatorHarness.StartAsync(EmulatorHarness.Hmac);
        for (int i = 0; i < 5; i++)
        {
            string id = "pool-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var order = new SpotOrderRequest("BTCUSDT", OrderSide.Buy, i % 2 == 0 ? OrderType.Limit : OrderType.LimitMaker)
            {
                TimeInForce = i % 2 == 0 ? TimeInForce.Gtc : null,
                Quantity = 0.001m,
                Price = 40000m + i,
                NewClientOrderId = id,
            };
            SpotOrderResult placed = (await h.Client.SubmitNewSpotOrderAsync(order)).Result;
            Assert.Equal(id, placed.ClientOrderId);
        }

        ReceivedRequest[] placed5 = h.Emulator.ReceivedRequests.Where(r => r.Method == "order.place").ToArray();
        Assert.Equal(5, placed5.Length);
        for (int i = 0; i < 5; i++)
        {
            JsonElement p = Params(placed5[i]);
            Assert.Equal((40000m + i).ToString(System.Globalization.CultureInfo.InvariantCulture), p.GetProperty("price").GetString());
            Assert.Equal(i % 2 == 0, p.TryGetProperty("timeInForce", out _));
        }
    }

    internal static JsonElement Params(ReceivedRequest r) => JsonDocument.Parse(r.Text).RootElement.GetProperty("params").Clone();
}
