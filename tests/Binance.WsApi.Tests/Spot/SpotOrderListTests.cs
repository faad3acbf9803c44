using System.Text.Json;
using Binance.WsApi.Protocol;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Spot;

/// <summary>Spot order lists: golden params (with generated list and leg ids), pre-send checks, documented responses.</summary>
public class SpotOrderListTests
{
    private static T Parse<T>(string fixture, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        JsonSerializer.Deserialize(Fixtures.Result(fixture), type)!;

    [Fact]
    public void Legacy_oco_matches_the_documented_example_plus_generated_ids()
    {
        var request = new SpotOrderListRequest("BTCUSDT", OrderSide.Sell, 0.00650000m, 23420.00000000m)
        {
            StopPrice = 23410.00000000m,
            StopLimitPrice = 23405.00000000m,
            StopLimitTimeInForce = TimeInForce.Gtc,
            NewOrderRespType = OrderResponseType.Result,
        };
        IReadOnlyList<string> generated = OrderGoldenRequest.AssertMatches("spot-orderList.place.request-deprecated-oco.json",
            request.ToParameters(OrderGoldenRequest.Ids()), "orderList.place");
        Assert.Equal(["listClientOrderId", "limitClientOrderId", "stopClientOrderId"], generated);
    }

    [Fact]
    public void Oco_matches_the_documented_example_plus_generated_ids()
    {
        var request = new SpotOcoOrderListRequest("LTCBNB", OrderSide.Buy, 1m,
            new SpotOcoLeg(OrderType.StopLossLimit) { Price = 1.5m, StopPrice = 1.50000001m, TimeInForce = TimeInForce.Gtc },
            new SpotOcoLeg(OrderType.LimitMaker) { Price = 1.49999999m });
        IReadOnlyList<string> generated = OrderGoldenRequest.AssertMatches("spot-orderList.place.oco.request.json",
            request.ToParameters(OrderGoldenRequest.Ids()), "orderList.place.oco", looseNumbers: true);
        Assert.Equal(["listClientOrderId", "aboveClientOrderId", "belowClientOrderId"], generated);
    }

    [Fact]
    public void Oto_matches_the_documented_example_plus_generated_ids()
    {
        var request = new SpotOtoOrderListRequest("LTCBNB",
            new SpotWorkingOrder(OrderType.Limit, OrderSide.Sell, 1m, 1m) { TimeInForce = TimeInForce.Gtc },
            new SpotPendingOrder(OrderType.Market, OrderSide.Buy) { Quantity = 1m });
        IReadOnlyList<string> generated = OrderGoldenRequest.AssertMatches("spot-orderList.place.oto.request.json",
            request.ToParameters(OrderGoldenRequest.Ids()), "orderList.place.oto", looseNumbers: true);
        Assert.Equal(["listClientOrderId", "workingClientOrderId", "pendingClientOrderId"], generated);
    }

    [Fact]
    public void Otoco_matches_the_documented_example_plus_generated_ids()
    {
        var request = new SpotOtocoOrderListRequest("LTCBNB",
            new SpotWorkingOrder(OrderType.Limit, OrderSide.Buy, 1.5m, 1m) { TimeInForce = TimeInForce.Gtc },
            OrderSide.Sell, 5m,
            new SpotOcoLeg(OrderType.StopLoss) { StopPrice = 0.5m },
            new SpotOcoLeg(OrderType.LimitMaker) { Price = 5m });
        IReadOnlyList<string> generated = OrderGoldenRequest.AssertMatches("spot-orderList.place.otoco.request.json",
            request.ToParameters(OrderGoldenRequest.Ids()), "orderList.place.otoco", looseNumbers: true);
        Assert.Equal(4, generated.Count);
    }

    [Fact]
    public void Opo_matches_the_documented_example_exactly_plus_generated_ids()
    {
        var request = new SpotOpoOrderListRequest("BTCUSDT",
            new SpotWorkingOrder(OrderType.Limit, OrderSide.Buy, 101496m, 0.0007m) { TimeInForce = TimeInForce.Gtc },
            new SpotPendingOrder(OrderType.Market, OrderSide.Sell));
        OrderGoldenRequest.AssertMatches("spot-orderList.place.opo.request.json",
            request.ToParameters(OrderGoldenRequest.Ids()), "orderList.place.opo");
    }

    [Fact]
    public void Opoco_matches_the_documented_example_exactly_plus_generated_ids()
    {
        var request = new SpotOpocoOrderListRequest("BTCUSDT",
            new SpotWorkingOrder(OrderType.Limit, OrderSide.Buy, 102496m, 0.0017m) { TimeInForce = TimeInForce.Gtc },
            OrderSide.Sell,
            new SpotOcoLeg(OrderType.LimitMaker) { Price = 104261m },
            new SpotOcoLeg(OrderType.StopLossLimit) { StopPrice = 10100m, Price = 101613m, TimeInForce = TimeInForce.Ioc });
        OrderGoldenRequest.AssertMatches("spot-orderList.place.opoco.request.json",
            request.ToParameters(OrderGoldenRequest.Ids()), "orderList.place.opoco");
    }

    [Fact]
    public void Callers_ids_are_kept_and_no_id_is_generated_for_them()
    {
        var request = new SpotOcoOrderListRequest("LTCBNB", OrderSide.Buy, 1m,
            new SpotOcoLeg(OrderType.StopLoss) { StopPrice = 2m, ClientOrderId = "above-1" },
            new SpotOcoLeg(OrderType.LimitMaker) { Price = 1m, ClientOrderId = "below-1" })
        {
            ListClientOrderId = "list-1",
        };
        string p = GoldenRequest.Params(request.ToParameters(OrderGoldenRequest.Ids()));
        Assert.Contains("\"listClientOrderId\":\"list-1\"", p, StringComparison.Ordinal);
        Assert.Contains("\"aboveClientOrderId\":\"above-1\"", p, StringComparison.Ordinal);
        Assert.Contains("\"belowClientOrderId\":\"below-1\"", p, StringComparison.Ordinal);
        Assert.DoesNotContain(OrderGoldenRequest.Prefix, p, StringComparison.Ordinal);
    }

    [Fact]
    public void Order_list_status_cancel_open_and_all_match_the_documented_examples()
    {
        GoldenRequest.AssertMatches("spot-orderList.status.request.json",
            new SpotOrderListStatusRequest { OrigClientOrderId = "08985fedd9ea2cf6b28996" }.ToParameters(), "orderList.status");
        GoldenRequest.AssertMatches("spot-orderList.cancel.request.json",
            new SpotCancelOrderListRequest("BTCUSDT") { OrderListId = 1274512 }.ToParameters(), "orderList.cancel");
        GoldenRequest.AssertMatches("spot-openOrderLists.status.request.json", new SpotOpenOrderListsRequest().ToParameters(), "openOrderLists.status");
        GoldenRequest.AssertMatches("spot-allOrderLists.request.json",
            new SpotAllOrderListsRequest { StartTime = 1660780800000, EndTime = 1660867200000, Limit = 5 }.ToParameters(), "allOrderLists");
    }

    [Fact]
    public void Missing_or_impossible_list_parameters_are_rejected_before_sending()
    {
        SpotWorkingOrder working = new(OrderType.Limit, OrderSide.Buy, 1m, 1m) { TimeInForce = TimeInForce.Gtc };

        // Legacy OCO: the stop leg needs a trigger; a stop limit price needs its time in force.
        Assert.Throws<ArgumentException>(() => new SpotOrderListRequest("BTCUSDT", OrderSide.Sell, 1m, 2m).ToParameters(null));
        Assert.Throws<ArgumentException>(() => new SpotOrderListRequest("BTCUSDT", OrderSide.Sell, 1m, 2m) { StopPrice = 1m, StopLimitPrice = 1m }.ToParameters(null));

        // OCO legs: per-type mandatory parameters.
        Assert.Throws<ArgumentException>(() => new SpotOcoOrderListRequest("LTCBNB", OrderSide.Buy, 1m,
            new SpotOcoLeg(OrderType.StopLossLimit) { Price = 1m, StopPrice = 1m }, new SpotOcoLeg(OrderType.LimitMaker) { Price = 1m }).ToParameters(null));
        Assert.Throws<ArgumentException>(() => new SpotOcoOrderListRequest("LTCBNB", OrderSide.Buy, 1m,
            new SpotOcoLeg(OrderType.StopLoss), new SpotOcoLeg(OrderType.LimitMaker) { Price = 1m }).ToParameters(null));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpotOcoOrderListRequest("LTCBNB", OrderSide.Buy, 0m,
            new SpotOcoLeg(OrderType.StopLoss) { StopPrice = 1m }, new SpotOcoLeg(OrderType.LimitMaker) { Price = 1m }).ToParameters(null));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpotOcoOrderListRequest("LTCBNB", OrderSide.Buy, 1m,
            new SpotOcoLeg(OrderType.StopLoss) { StopPrice = 1m, StrategyType = 5 }, new SpotOcoLeg(OrderType.LimitMaker) { Price = 1m }).ToParameters(null));

        // OTO: the working order is LIMIT / LIMIT_MAKER (LIMIT with a time in force); the pending one needs its quantity.
        Assert.Throws<ArgumentException>(() => new SpotOtoOrderListRequest("LTCBNB", new SpotWorkingOrder(OrderType.Market, OrderSide.Buy, 1m, 1m),
            new SpotPendingOrder(OrderType.Market, OrderSide.Sell) { Quantity = 1m }).ToParameters(null));
        Assert.Throws<ArgumentException>(() => new SpotOtoOrderListRequest("LTCBNB", new SpotWorkingOrder(OrderType.Limit, OrderSide.Buy, 1m, 1m),
            new SpotPendingOrder(OrderType.Market, OrderSide.Sell) { Quantity = 1m }).ToParameters(null));
        Assert.Throws<ArgumentException>(() => new SpotOtoOrderListRequest("LTCBNB", working,
            new SpotPendingOrder(OrderType.Market, OrderSide.Sell)).ToParameters(null));

        // OPO / OPOCO: BUY working, SELL pending, no pending quantity.
        Assert.Throws<ArgumentException>(() => new SpotOpoOrderListRequest("BTCUSDT", working with { Side = OrderSide.Sell },
            new SpotPendingOrder(OrderType.Market, OrderSide.Sell)).ToParameters(null));
        Assert.Throws<ArgumentException>(() => new SpotOpoOrderListRequest("BTCUSDT", working,
            new SpotPendingOrder(OrderType.Market, OrderSide.Buy)).ToParameters(null));
        Assert.Throws<ArgumentException>(() => new SpotOpoOrderListRequest("BTCUSDT", working,
            new SpotPendingOrder(OrderType.Market, OrderSide.Sell) { Quantity = 1m }).ToParameters(null));
        Assert.Throws<ArgumentException>(() => new SpotOpocoOrderListRequest("BTCUSDT", working, OrderSide.Buy,
            new SpotOcoLeg(OrderType.LimitMaker) { Price = 2m }, null).ToParameters(null));

        // Lookups.
        Assert.Throws<ArgumentException>(() => new SpotOrderListStatusRequest().ToParameters());
        Assert.Throws<ArgumentException>(() => new SpotCancelOrderListRequest("BTCUSDT").ToParameters());
        Assert.Throws<ArgumentException>(() => new SpotAllOrderListsRequest { StartTime = 0, EndTime = 24L * 3600 * 1000 + 1 }.ToParameters());
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpotAllOrderListsRequest { Limit = 1001 }.ToParameters());
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpotOpenOrderListsRequest { RecvWindow = TimeSpan.FromMinutes(2) }.ToParameters());
    }

    [Fact]
    public void Deprecated_oco_result_parses_the_leg_reports()
    {
        SpotOrderListResult r = Parse("spot-orderList.place.response-deprecated-oco-result.json", SpotTradingJsonContext.Default.SpotOrderListResult);
        Assert.Equal(1274512, r.OrderListId);
        Assert.Equal(ContingencyType.Oco, r.ContingencyType);
        Assert.Equal(ListStatusType.ExecStarted, r.ListStatusType);
        Assert.Equal(ListOrderStatus.Executing, r.ListOrderStatus);
        Assert.Equal("08985fedd9ea2cf6b28996", r.ListClientOrderId);
        Assert.Equal(1660801713793, r.TransactionTime);
        Assert.Equal(2, r.Orders.Count);
        Assert.Equal(OrderType.StopLossLimit, r.OrderReports[0].Type);
        Assert.Equal(-1, r.OrderReports[0].WorkingTime);
        Assert.Equal(23405.00000000m, r.OrderReports[0].StopPrice);
    }

    [Fact]
    public void Oco_result_parses()
    {
        SpotOrderListResult r = Parse("spot-orderList.place.oco.response-result.json", SpotTradingJsonContext.Default.SpotOrderListResult);
        Assert.Equal("LTCBNB", r.Symbol);
        Assert.Equal(1.50000001m, r.OrderReports[0].StopPrice);
        Assert.Equal(OrderType.LimitMaker, r.OrderReports[1].Type);
        Assert.Equal(1.49999999m, r.OrderReports[1].Price);
    }

    [Fact]
    public void Oto_and_otoco_results_show_pending_legs()
    {
        SpotOrderListResult oto = Parse("spot-orderList.place.oto.response.json", SpotTradingJsonContext.Default.SpotOrderListResult);
        Assert.Equal(ContingencyType.Oto, oto.ContingencyType);
        Assert.Equal(OrderStatus.PendingNew, oto.OrderReports[1].Status);
        Assert.Equal(-1, oto.OrderReports[1].WorkingTime);

        SpotOrderListResult otoco = Parse("spot-orderList.place.otoco.response.json", SpotTradingJsonContext.Default.SpotOrderListResult);
        Assert.Equal(3, otoco.OrderReports.Count);
        Assert.Equal(OrderType.StopLoss, otoco.OrderReports[1].Type);
        Assert.Equal(0.500000m, otoco.OrderReports[1].StopPrice);
    }

    [Fact]
    public void Opo_and_opoco_results_report_oto_and_pending_legs_without_quantity()
    {
        SpotOrderListResult opo = Parse("spot-orderList.place.opo.response.json", SpotTradingJsonContext.Default.SpotOrderListResult);
        Assert.Equal(ContingencyType.Oto, opo.ContingencyType);
        Assert.Null(opo.OrderReports[1].OrigQty);
        Assert.Equal(OrderStatus.PendingNew, opo.OrderReports[1].Status);

        SpotOrderListResult opoco = Parse("spot-orderList.place.opoco.response.json", SpotTradingJsonContext.Default.SpotOrderListResult);
        Assert.Equal(3, opoco.Orders.Count);
        Assert.Equal(TimeInForce.Ioc, opoco.OrderReports[1].TimeInForce);
        Assert.Equal(10100.00000000m, opoco.OrderReports[1].StopPrice);
    }

    [Fact]
    public void Status_open_and_all_lists_parse()
    {
        SpotOrderList status = Parse("spot-orderList.status.response.json", SpotTradingJsonContext.Default.SpotOrderList);
        Assert.Equal(1274512, status.OrderListId);
        Assert.Equal("jLnZpj5enfMXTuhKB1d0us", status.Orders[1].ClientOrderId);

        IReadOnlyList<SpotOrderList> open = Parse("spot-openOrderLists.status.response.json", SpotTradingJsonContext.Default.IReadOnlyListSpotOrderList);
        Assert.Equal(0, Assert.Single(open).OrderListId);

        IReadOnlyList<SpotOrderList> all = Parse("spot-allOrderLists.response.json", SpotTradingJsonContext.Default.IReadOnlyListSpotOrderList);
        Assert.Equal(12569138901, Assert.Single(all).Orders[0].OrderId);
    }

    [Fact]
    public void Cancel_result_parses_the_cancelled_legs()
    {
        SpotCanceledOrderList r = Parse("spot-orderList.cancel.response.json", SpotTradingJsonContext.Default.SpotCanceledOrderList);
        Assert.Equal(ListStatusType.AllDone, r.ListStatusType);
        Assert.All(r.OrderReports, o => Assert.Equal(OrderStatus.Canceled, o.Status));
        Assert.Equal(23405.00000000m, r.OrderReports[0].StopPrice);
    }
}
