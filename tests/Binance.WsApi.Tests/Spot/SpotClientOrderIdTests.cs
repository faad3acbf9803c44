using Binance.WsApi.Protocol;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Spot;

/// <summary>Client order ids: generated when missing, unique, with the configured prefix, and kept on failures.</summary>
public class SpotClientOrderIdTests
{
    [Fact]
    public async Task The_client_generates_unique_ids_with_the_configured_prefix()
    {
        await using var client = new WebSocketApiClient(new WebSocketApiClientOptions { ClientOrderIdPrefix = "bot7-" });
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < 10_000; i++)
        {
            string id = client.NextClientOrderId();
            Assert.StartsWith("bot7-", id, StringComparison.Ordinal);
            Assert.Equal(22, id.Length);
            Assert.Matches("^[a-zA-Z0-9_-]{1,36}$", id);
            Assert.True(ids.Add(id), $"Duplicate id {id}");
        }
    }

    [Fact]
    public void Every_leg_and_the_list_get_distinct_generated_ids()
    {
        var request = new SpotOtocoOrderListRequest("LTCBNB",
            new SpotWorkingOrder(OrderType.Limit, OrderSide.Buy, 1.5m, 1m) { TimeInForce = TimeInForce.Gtc },
            OrderSide.Sell, 5m,
            new SpotOcoLeg(OrderType.StopLoss) { StopPrice = 0.5m },
            new SpotOcoLeg(OrderType.LimitMaker) { Price = 5m });
        WsApiParameters p = request.ToParameters(new ClientOrderIdGenerator("lst-"));
        string[] names = ["listClientOrderId", "workingClientOrderId", "pendingAboveClientOrderId", "pendingBelowClientOrderId"];
        var values = names.Select(n => (string)p.First(kv => kv.Key == n).Value).ToArray();
        Assert.All(values, v => Assert.StartsWith("lst-", v, StringComparison.Ordinal));
        Assert.Equal(values.Length, values.Distinct().Count());
    }

    [Fact]
    public void A_test_order_gets_no_generated_id()
    {
        var order = new SpotOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Market) { Quantity = 1m };
        Assert.DoesNotContain(new SpotOrderTestRequest(order).ToParameters(), kv => kv.Key == "newClientOrderId");
        Assert.DoesNotContain(new SpotSorOrderTestRequest(new SpotSorOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Market, 1m)).ToParameters(),
            kv => kv.Key == "newClientOrderId");
    }

    [Fact]
    public void A_failure_of_the_placement_itself_carries_the_id_that_was_sent()
    {
        var timeout = new WsApiTimeoutException(TimeSpan.FromSeconds(1), "order.place", "9", WsApiEndpoint.Spot);
        Assert.False(timeout.RememberClientOrderId("order.place", "abc"));
        Assert.Equal("abc", timeout.ClientOrderId);

        // An exception about another request (a shared logon failure) is left alone.
        var logon = new WsApiTimeoutException(TimeSpan.FromSeconds(1), "session.logon", "1", WsApiEndpoint.Spot);
        logon.RememberClientOrderId("order.place", "abc");
        Assert.Null(logon.ClientOrderId);
    }

    [Fact]
    public async Task Invalid_orders_fail_before_anything_is_sent()
    {
        // No credentials and no server: a request that got past the checks would fail differently (InvalidOperationException).
        await using var client = new WebSocketApiClient();
        var bad = new SpotOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Limit) { Quantity = 1m };
        await Assert.ThrowsAsync<ArgumentException>(() => client.SubmitNewSpotOrderAsync(bad));
        await Assert.ThrowsAsync<ArgumentException>(() => client.PlaceSpotOpoOrderListAsync(new SpotOpoOrderListRequest("BTCUSDT",
            new SpotWorkingOrder(OrderType.Limit, OrderSide.Sell, 1m, 1m) { TimeInForce = TimeInForce.Gtc },
            new SpotPendingOrder(OrderType.Market, OrderSide.Sell))));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.PlaceSpotSorOrderAsync(
            new SpotSorOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Market, -1m)));
    }
}
