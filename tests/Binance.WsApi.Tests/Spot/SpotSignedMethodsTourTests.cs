using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Spot;

/// <summary>
/// Every signed spot method, once, end to end against the emulator, for each key type: HMAC and RSA sign every
/// request, Ed25519 logs the session on and sends only timestamps. One flow per key type, so no method is covered
/// for one key type only.
/// </summary>
public class SpotSignedMethodsTourTests
{
    public static TheoryData<string> Keys => new() { "HMAC", "RSA", "Ed25519" };

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task Every_signed_spot_method(string key)
    {
        ApiCredentials credentials = key switch { "HMAC" => EmulatorHarness.Hmac, "RSA" => EmulatorHarness.Rsa, _ => EmulatorHarness.Ed25519 };
        await using var h = await EmulatorHarness.StartAsync(credentials);
        WebSocketApiClient c = h.Client;
        const string s = "BTCUSDT";
        var resting = new SpotOrderRequest(s, OrderSide.Buy, OrderType.Limit) { TimeInForce = TimeInForce.Gtc, Quantity = 0.01m, Price = 50000m };

        // Orders
        SpotOrderResult placed = (await c.SubmitNewSpotOrderAsync(resting)).Result;
        await c.TestSpotOrderAsync(new SpotOrderTestRequest(resting));
        await c.GetSpotOrderStatusAsync(new SpotOrderStatusRequest(s) { OrderId = placed.OrderId });
        SpotAmendOrderResult amended = (await c.AmendSpotOrderKeepPriorityAsync(new SpotAmendOrderRequest(s, 0.005m) { OrderId = placed.OrderId })).Result;
        await c.GetSpotOrderAmendmentsAsync(new SpotOrderAmendmentsRequest(s, placed.OrderId));
        SpotCancelReplaceResult replaced = (await c.CancelReplaceSpotOrderAsync(
            new SpotCancelReplaceRequest(CancelReplaceMode.StopOnFailure, resting with { Price = 49000m }) { CancelOrderId = amended.AmendedOrder.OrderId })).Result;
        Assert.Single((await c.GetSpotOpenOrdersAsync(new SpotOpenOrdersRequest { Symbol = s })).Result);
        await c.CancelSpotOrderAsync(new SpotCancelOrderRequest(s) { OrderId = replaced.NewOrderResponse!.OrderId });
        await c.SubmitNewSpotOrderAsync(resting);
        Assert.Single((await c.CancelAllSpotOpenOrdersAsync(new SpotCancelAllOpenOrdersRequest(s))).Result);

        // Order lists
        var oco = new SpotOcoOrderListRequest(s, OrderSide.Sell, 0.01m, new SpotOcoLeg(OrderType.LimitMaker) { Price = 66000m },
            new SpotOcoLeg(OrderType.StopLoss) { StopPrice = 55000m });
        SpotOrderListResult list = (await c.PlaceSpotOcoOrderListAsync(oco)).Result;
        await c.PlaceSpotOrderListAsync(new SpotOrderListRequest(s, OrderSide.Sell, 0.01m, 66000m) { StopPrice = 55000m });
        var working = new SpotWorkingOrder(OrderType.Limit, OrderSide.Buy, 50000m, 0.01m) { TimeInForce = TimeInForce.Gtc };
        await c.PlaceSpotOtoOrderListAsync(new SpotOtoOrderListRequest(s, working, new SpotPendingOrder(OrderType.LimitMaker, OrderSide.Sell) { Quantity = 0.01m, Price = 66000m }));
        await c.PlaceSpotOtocoOrderListAsync(new SpotOtocoOrderListRequest(s, working, OrderSide.Sell, 0.01m,
            new SpotOcoLeg(OrderType.LimitMaker) { Price = 66000m }, new SpotOcoLeg(OrderType.StopLoss) { StopPrice = 45000m }));
        await c.PlaceSpotOpoOrderListAsync(new SpotOpoOrderListRequest(s, working, new SpotPendingOrder(OrderType.LimitMaker, OrderSide.Sell) { Price = 66000m }));
        await c.PlaceSpotOpocoOrderListAsync(new SpotOpocoOrderListRequest(s, working, OrderSide.Sell,
            new SpotOcoLeg(OrderType.LimitMaker) { Price = 66000m }, new SpotOcoLeg(OrderType.StopLoss) { StopPrice = 45000m }));
        await c.GetSpotOrderListStatusAsync(new SpotOrderListStatusRequest { OrderListId = list.OrderListId });
        Assert.Equal(6, (await c.GetSpotOpenOrderListsAsync(new SpotOpenOrderListsRequest())).Result.Count);
        await c.CancelSpotOrderListAsync(new SpotCancelOrderListRequest(s) { OrderListId = list.OrderListId });
        Assert.NotEmpty((await c.GetSpotAllOrderListsAsync(new SpotAllOrderListsRequest())).Result);

        // SOR
        SpotOrderResult sor = (await c.PlaceSpotSorOrderAsync(new SpotSorOrderRequest(s, OrderSide.Buy, OrderType.Market, 0.001m))).Result[0];
        await c.TestSpotSorOrderAsync(new SpotSorOrderTestRequest(new SpotSorOrderRequest(s, OrderSide.Buy, OrderType.Market, 0.001m)));

        // Account (SOR fills are allocations, not trades: a market order makes a trade for myTrades)
        await c.SubmitNewSpotOrderAsync(new SpotOrderRequest(s, OrderSide.Sell, OrderType.Market) { Quantity = 0.001m });
        await c.GetSpotAccountInformationAsync();
        await c.GetSpotOrderRateLimitsAsync();
        Assert.NotEmpty((await c.GetSpotAllOrdersAsync(new SpotAllOrdersRequest(s))).Result);
        Assert.NotEmpty((await c.GetSpotMyTradesAsync(new SpotMyTradesRequest(s))).Result);
        await c.GetSpotPreventedMatchesAsync(new SpotPreventedMatchesRequest(s) { OrderId = sor.OrderId });
        Assert.NotEmpty((await c.GetSpotAllocationsAsync(new SpotAllocationsRequest(s))).Result);
        await c.GetSpotAccountCommissionAsync(new SpotAccountCommissionRequest(s));
        await c.GetSpotMyFiltersAsync(new SpotMyFiltersRequest(s));

        // How each request was authorised on the wire.
        var signedMethods = h.Emulator.ReceivedRequests.Where(r => r.Method is not null && r.Method != "session.logon").ToArray();
        Assert.True(signedMethods.Length >= 30);
        foreach (var request in signedMethods)
        {
            bool hasSignature = request.Text.Contains("\"signature\"", StringComparison.Ordinal);
            Assert.True(hasSignature == (key != "Ed25519"), $"{request.Method}: signature present = {hasSignature} with {key}");
        }

        Assert.Equal(key == "Ed25519" ? 1 : 0, h.Emulator.ReceivedRequests.Count(r => r.Method == "session.logon"));
        Assert.Empty(h.Emulator.CheckSpotInvariants());
    }
}
