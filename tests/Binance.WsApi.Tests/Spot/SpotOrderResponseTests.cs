using System.Text.Json;
using Binance.WsApi.Protocol;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Spot;

/// <summary>Documented spot order-management responses → models (every variant fixture).</summary>
public class SpotOrderResponseTests
{
    private static T Parse<T>(string fixture, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        JsonSerializer.Deserialize(Fixtures.Result(fixture), type)!;

    [Fact]
    public void Order_place_ack_has_ids_only()
    {
        SpotOrderResult r = Parse("spot-order.place.response-ack.json", SpotTradingJsonContext.Default.SpotOrderResult);
        Assert.Equal("BTCUSDT", r.Symbol);
        Assert.Equal(12569099453, r.OrderId);
        Assert.Equal(-1, r.OrderListId);
        Assert.Equal("4d96324ff9d44481926157ec08158a40", r.ClientOrderId);
        Assert.Equal(1660801715639, r.TransactTime);
        Assert.False(r.HasResult);
        Assert.Null(r.Status);
        Assert.Null(r.Price);
        Assert.Empty(r.Fills);
    }

    [Fact]
    public void Order_place_result_has_the_state_but_no_fills()
    {
        SpotOrderResult r = Parse("spot-order.place.response-result.json", SpotTradingJsonContext.Default.SpotOrderResult);
        Assert.True(r.HasResult);
        Assert.Equal(OrderStatus.New, r.Status);
        Assert.Equal(23416.10000000m, r.Price);
        Assert.Equal(0.00847000m, r.OrigQty);
        Assert.Equal(0m, r.ExecutedQty);
        Assert.Equal(TimeInForce.Gtc, r.TimeInForce);
        Assert.Equal(OrderType.Limit, r.Type);
        Assert.Equal(OrderSide.Sell, r.Side);
        Assert.Equal(1660801715639, r.WorkingTime);
        Assert.Equal(SelfTradePreventionMode.None, r.SelfTradePreventionMode);
        Assert.Empty(r.Fills);
    }

    [Fact]
    public void Order_place_full_has_the_fills()
    {
        SpotOrderResult r = Parse("spot-order.place.response-full.json", SpotTradingJsonContext.Default.SpotOrderResult);
        Assert.Equal(OrderStatus.Filled, r.Status);
        Assert.Equal(198.33521500m, r.CumulativeQuoteQty);
        Assert.Equal(2, r.Fills.Count);
        Assert.Equal(23416.10000000m, r.Fills[0].Price);
        Assert.Equal(0.00635000m, r.Fills[0].Quantity);
        Assert.Equal("BNB", r.Fills[0].CommissionAsset);
        Assert.Equal(1650422482, r.Fills[1].TradeId);
        Assert.Null(r.Fills[0].MatchType);
    }

    [Fact]
    public void Expired_market_order_result_parses()
    {
        SpotOrderResult r = JsonSerializer.Deserialize(Fixtures.Text("spot-faq-market-order-expired.order-result.json"),
            SpotTradingJsonContext.Default.SpotOrderResult)!;
        Assert.Equal(OrderStatus.Expired, r.Status);
        Assert.Equal(4.00000000m, r.ExecutedQty);
        Assert.Equal(2, r.Fills.Count);
    }

    [Fact]
    public void Unknown_enum_values_and_extra_fields_do_not_break_parsing()
    {
        const string json = """
            {"symbol":"BTCUSDT","orderId":1,"orderListId":-1,"clientOrderId":"a","transactTime":2,"status":"SOME_NEW_STATUS",
             "type":"FANCY_ORDER","side":"SELL","timeInForce":"GTX2","selfTradePreventionMode":"NEW_MODE","expiryReason":"NEW_REASON",
             "workingFloor":"DARK_POOL","brandNewField":{"x":[1,2]},"fills":[]}
            """;
        SpotOrderResult r = JsonSerializer.Deserialize(json, SpotTradingJsonContext.Default.SpotOrderResult)!;
        Assert.Equal("SOME_NEW_STATUS", r.Status!.Value.Value);
        Assert.Equal("FANCY_ORDER", r.Type!.Value.Value);
        Assert.Equal("NEW_REASON", r.ExpiryReason!.Value.Value);
        Assert.Equal("DARK_POOL", r.WorkingFloor!.Value.Value);
    }

    [Fact]
    public void Order_test_empty_and_with_commission_rates()
    {
        SpotOrderTestResult empty = Parse("spot-order.test.response-empty.json", SpotTradingJsonContext.Default.SpotOrderTestResult);
        Assert.False(empty.HasCommissionRates);
        Assert.Null(empty.Discount);

        SpotOrderTestResult rates = Parse("spot-order.test.response-commission-rates.json", SpotTradingJsonContext.Default.SpotOrderTestResult);
        Assert.True(rates.HasCommissionRates);
        Assert.Equal(0.00000112m, rates.StandardCommissionForOrder!.Maker);
        Assert.Equal(0.06000000m, rates.SpecialCommissionForOrder!.Taker);
        Assert.Equal(0.00000114m, rates.TaxCommissionForOrder!.Taker);
        Assert.True(rates.Discount!.EnabledForSymbol);
        Assert.Equal("BNB", rates.Discount.DiscountAsset);
        Assert.Equal(0.25000000m, rates.Discount.Discount);
    }

    [Fact]
    public void Order_status_parses_the_conditional_fields()
    {
        SpotOrder o = Parse("spot-order.status.response.json", SpotTradingJsonContext.Default.SpotOrder);
        Assert.Equal(12569099453, o.OrderId);
        Assert.Equal("4d96324ff9d44481926157", o.ClientOrderId);
        Assert.Equal(OrderStatus.Filled, o.Status);
        Assert.Equal(198.33521500m, o.CumulativeQuoteQty);
        Assert.Equal(10, o.TrailingDelta);
        Assert.Equal(-1, o.TrailingTime);
        Assert.Equal(0m, o.IcebergQty);
        Assert.Equal(1660801717945, o.UpdateTime);
        Assert.True(o.IsWorking);
        Assert.Equal(37463720, o.StrategyId);
        Assert.Equal(1000000, o.StrategyType);
        Assert.Equal(0, o.PreventedMatchId);
        Assert.Equal(1.200000m, o.PreventedQuantity);
    }

    [Fact]
    public void Order_cancel_of_a_single_order()
    {
        SpotCancelResult r = Parse("spot-order.cancel.response-single.json", SpotTradingJsonContext.Default.SpotCancelResult);
        Assert.False(r.IsOrderList);
        Assert.Null(r.OrderList);
        SpotCanceledOrder o = r.Order!;
        Assert.Equal("4d96324ff9d44481926157", o.OrigClientOrderId);
        Assert.Equal("91fe37ce9e69c90d6358c0", o.ClientOrderId);
        Assert.Equal(OrderStatus.Canceled, o.Status);
        Assert.Equal(0.00001000m, o.ExecutedQty);
        Assert.Equal(0.23416100m, o.CumulativeQuoteQty);
        Assert.Equal(1684804350068, o.TransactTime);
    }

    [Fact]
    public void Order_cancel_of_a_list_leg_returns_the_list_report()
    {
        SpotCancelResult r = Parse("spot-order.cancel.response-orderlist.json", SpotTradingJsonContext.Default.SpotCancelResult);
        Assert.True(r.IsOrderList);
        Assert.Null(r.Order);
        SpotCanceledOrderList list = r.OrderList!;
        Assert.Equal(19431, list.OrderListId);
        Assert.Equal(ContingencyType.Oco, list.ContingencyType);
        Assert.Equal(ListStatusType.AllDone, list.ListStatusType);
        Assert.Equal(ListOrderStatus.AllDone, list.ListOrderStatus);
        Assert.Equal(2, list.Orders.Count);
        Assert.Equal(2, list.OrderReports.Count);
        Assert.Equal(OrderType.StopLossLimit, list.OrderReports[0].Type);
        Assert.Equal(23430.00000000m, list.OrderReports[0].StopPrice);
        Assert.Equal("Tnu2IP0J5Y4mxw3IATBfmW", list.OrderReports[1].OrigClientOrderId);
    }

    [Fact]
    public void Open_orders_cancelAll_returns_orders_and_lists()
    {
        IReadOnlyList<SpotCancelResult> items = Parse("spot-openOrders.cancelAll.response.json",
            SpotTradingJsonContext.Default.IReadOnlyListSpotCancelResult);
        Assert.Equal(2, items.Count);
        Assert.Equal(12569099453, items[0].Order!.OrderId);
        Assert.Equal(-1, items[0].Order!.TrailingTime);
        Assert.Equal(19431, items[1].OrderList!.OrderListId);
        Assert.Equal(OrderType.LimitMaker, items[1].OrderList!.OrderReports[1].Type);
    }

    [Fact]
    public void Cancel_replace_success()
    {
        SpotCancelReplaceResult r = Parse("spot-order.cancelReplace.response-200-both-succeeded.json",
            SpotTradingJsonContext.Default.SpotCancelReplaceResult);
        Assert.Equal(CancelReplaceStepResult.Success, r.CancelResult);
        Assert.Equal(CancelReplaceStepResult.Success, r.NewOrderResult);
        Assert.Equal(125690984230, r.CancelResponse!.Order!.OrderId);
        Assert.Equal(OrderStatus.Canceled, r.CancelResponse.Order.Status);
        Assert.Equal("bX5wROblo6YeDwa9iTLeyY", r.NewOrderResponse!.ClientOrderId);
        Assert.Equal(OrderStatus.New, r.NewOrderResponse.Status);
    }

    [Fact]
    public void Amend_keepPriority_single_order()
    {
        SpotAmendOrderResult r = Parse("spot-order.amend.keepPriority.response-single.json", SpotTradingJsonContext.Default.SpotAmendOrderResult);
        Assert.Equal(1741923284382, r.TransactTime);
        Assert.Equal(16, r.ExecutionId);
        Assert.Equal("my_test_order1", r.AmendedOrder.OrigClientOrderId);
        Assert.Equal("4zR9HFcEq8gM1tWUqPEUHc", r.AmendedOrder.ClientOrderId);
        Assert.Equal(5.00000000m, r.AmendedOrder.Qty);
        Assert.Equal(0m, r.AmendedOrder.CumulativeQuoteQty);
        Assert.Equal(-1, r.AmendedOrder.OrderListId);
        Assert.Null(r.ListStatus);
    }

    [Fact]
    public void Amend_keepPriority_list_leg_has_the_list_status()
    {
        SpotAmendOrderResult r = Parse("spot-order.amend.keepPriority.response-orderlist.json", SpotTradingJsonContext.Default.SpotAmendOrderResult);
        Assert.Equal(4, r.AmendedOrder.OrderListId);
        Assert.NotNull(r.ListStatus);
        Assert.Equal(ContingencyType.Oto, r.ListStatus!.ContingencyType);
        Assert.Equal(ListOrderStatus.Executing, r.ListStatus.ListOrderStatus);
        Assert.Null(r.ListStatus.ListStatusType);
        Assert.Equal(2, r.ListStatus.Orders.Count);
    }

    [Fact]
    public void Open_orders_status_parses()
    {
        IReadOnlyList<SpotOrder> orders = Parse("spot-openOrders.status.response.json", SpotTradingJsonContext.Default.IReadOnlyListSpotOrder);
        SpotOrder o = Assert.Single(orders);
        Assert.Equal(OrderStatus.PartiallyFilled, o.Status);
        Assert.Equal(0.00720000m, o.ExecutedQty);
        Assert.Null(o.StrategyId);
    }
}
