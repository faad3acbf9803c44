using System.Text.Json.Nodes;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Spot;

/// <summary>
/// The full client path of the trading methods against a scripted loopback server (not the emulator, which does not
/// trade yet): the frame really carries the generated client order id, the documented response comes back typed,
/// and a cancel-replace failure arrives as <see cref="SpotCancelReplaceException"/> carrying the id it sent.
/// </summary>
public class SpotTradingClientTests
{
    [Fact]
    public async Task Submit_fills_the_client_order_id_and_returns_the_documented_result()
    {
        await using var server = new ScriptedWsServer(ScriptedWsServer.Fixture("spot-order.place.response-full.json"));
        await using WebSocketApiClient client = server.CreateClient(o => o.ClientOrderIdPrefix = "e2e-");
        var order = new SpotOrderRequest("BTCUSDT", OrderSide.Sell, OrderType.Limit)
        {
            TimeInForce = TimeInForce.Gtc,
            Price = 23416.10000000m,
            Quantity = 0.00847000m,
        };

        WsApiResponse<SpotOrderResult> response = await client.SubmitNewSpotOrderAsync(order);

        Assert.Equal(2, response.Result.Fills.Count);
        JsonObject sent = Assert.Single(server.Requests);
        Assert.Equal("order.place", (string)sent["method"]!);
        JsonObject p = sent["params"]!.AsObject();
        Assert.StartsWith("e2e-", (string)p["newClientOrderId"]!, StringComparison.Ordinal);
        Assert.Equal("23416.10000000", (string)p["price"]!);
        Assert.NotNull(p["signature"]);
        Assert.Null(order.NewClientOrderId); // the caller's request is not changed
    }

    [Fact]
    public async Task Two_submissions_send_different_generated_ids()
    {
        await using var server = new ScriptedWsServer(ScriptedWsServer.Fixture("spot-order.place.response-ack.json"));
        await using WebSocketApiClient client = server.CreateClient();
        var order = new SpotOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Market) { Quantity = 1m, NewOrderRespType = OrderResponseType.Ack };

        await client.SubmitNewSpotOrderAsync(order);
        await client.SubmitNewSpotOrderAsync(order);

        string[] ids = server.Requests.Select(r => (string)r["params"]!["newClientOrderId"]!).ToArray();
        Assert.Equal(2, ids.Length);
        Assert.NotEqual(ids[0], ids[1]);
    }

    [Fact]
    public async Task Cancel_replace_partial_failure_is_typed_and_carries_the_sent_client_id()
    {
        await using var server = new ScriptedWsServer(ScriptedWsServer.Fixture("spot-order.cancelReplace.response-409-cancel-ok-new-failed.json"));
        await using WebSocketApiClient client = server.CreateClient();
        var request = new SpotCancelReplaceRequest(CancelReplaceMode.AllowFailure,
            new SpotOrderRequest("BTCUSDT", OrderSide.Sell, OrderType.Limit) { TimeInForce = TimeInForce.Gtc, Price = 1m, Quantity = 1m })
        {
            CancelOrigClientOrderId = "4d96324ff9d44481926157",
        };

        var ex = await Assert.ThrowsAsync<SpotCancelReplaceException>(() => client.CancelReplaceSpotOrderAsync(request));

        Assert.Equal(CancelReplaceStepResult.Success, ex.CancelResult);
        Assert.Equal(-2010, ex.NewOrderError!.Code);
        string sentId = (string)Assert.Single(server.Requests)["params"]!["newClientOrderId"]!;
        Assert.Equal(sentId, ex.ClientOrderId);
        Assert.Equal(RequestSendState.Sent, ex.SendState);
    }

    [Fact]
    public async Task An_order_list_failure_carries_the_generated_list_client_id()
    {
        await using var server = new ScriptedWsServer(ScriptedWsServer.Fixture("spot-envelope.response-error-400.json"));
        await using WebSocketApiClient client = server.CreateClient();
        var request = new SpotOcoOrderListRequest("LTCBNB", OrderSide.Buy, 1m,
            new SpotOcoLeg(OrderType.StopLossLimit) { Price = 1.5m, StopPrice = 1.50000001m, TimeInForce = TimeInForce.Gtc },
            new SpotOcoLeg(OrderType.LimitMaker) { Price = 1.49999999m });

        var ex = await Assert.ThrowsAsync<BinanceApiException>(() => client.PlaceSpotOcoOrderListAsync(request));

        string listId = (string)Assert.Single(server.Requests)["params"]!["listClientOrderId"]!;
        Assert.Equal(listId, ex.ClientOrderId);
    }

    [Fact]
    public async Task Cancel_all_returns_the_typed_union()
    {
        await using var server = new ScriptedWsServer(ScriptedWsServer.Fixture("spot-openOrders.cancelAll.response.json"));
        await using WebSocketApiClient client = server.CreateClient();

        WsApiResponse<IReadOnlyList<SpotCancelResult>> response = await client.CancelAllSpotOpenOrdersAsync(new SpotCancelAllOpenOrdersRequest("BTCUSDT"));

        Assert.False(response.Result[0].IsOrderList);
        Assert.True(response.Result[1].IsOrderList);
        Assert.NotEmpty(response.RateLimits);
    }
}
