using Binance.WsApi.Emulator;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Spot;

/// <summary>Order lists, SOR and the account queries end to end against the emulator, with HMAC and Ed25519 keys.</summary>
public class SpotOrderListsAndAccountEmulatorTests
{
    public static TheoryData<string> Keys => new() { "HMAC", "Ed25519" };

    private static Task<EmulatorHarness> StartAsync(string key) =>
        EmulatorHarness.StartAsync(key == "HMAC" ? EmulatorHarness.Hmac : EmulatorHarness.Ed25519);

    /// <summary>A SELL OCO around the market (about 60000): take profit above, stop loss below.</summary>
    private static SpotOcoOrderListRequest SellOco() => new("BTCUSDT", OrderSide.Sell, 0.01m,
        new SpotOcoLeg(OrderType.LimitMaker) { Price = 66000m },
        new SpotOcoLeg(OrderType.StopLossLimit) { StopPrice = 55000m, Price = 54900m, TimeInForce = TimeInForce.Gtc });

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task Oco_is_placed_queried_listed_and_cancelled(string key)
    {
        await using var h = await StartAsync(key);
        SpotOrderListResult placed = (await h.Client.PlaceSpotOcoOrderListAsync(SellOco())).Result;
        Assert.Equal(ContingencyType.Oco, placed.ContingencyType);
        Assert.Equal(2, placed.OrderReports.Count);
        Assert.False(string.IsNullOrEmpty(placed.ListClientOrderId));

        SpotOrderList status = (await h.Client.GetSpotOrderListStatusAsync(new SpotOrderListStatusRequest { OrderListId = placed.OrderListId })).Result;
        Assert.Equal(ListOrderStatus.Executing, status.ListOrderStatus);
        Assert.Contains((await h.Client.GetSpotOpenOrderListsAsync(new SpotOpenOrderListsRequest())).Result, l => l.OrderListId == placed.OrderListId);

        SpotCanceledOrderList cancelled = (await h.Client.CancelSpotOrderListAsync(new SpotCancelOrderListRequest("BTCUSDT") { OrderListId = placed.OrderListId })).Result;
        Assert.Equal(ListOrderStatus.AllDone, cancelled.ListOrderStatus);
        Assert.All(cancelled.OrderReports, o => Assert.Equal(OrderStatus.Canceled, o.Status));
        Assert.Empty((await h.Client.GetSpotOpenOrderListsAsync(new SpotOpenOrderListsRequest())).Result);
        Assert.Contains((await h.Client.GetSpotAllOrderListsAsync(new SpotAllOrderListsRequest())).Result, l => l.OrderListId == placed.OrderListId);
        Assert.Empty(h.Emulator.CheckSpotInvariants());
    }

    [Fact]
    public async Task Legacy_oco_oto_otoco_opo_opoco_are_placed()
    {
        await using var h = await StartAsync("HMAC");
        var legacy = new SpotOrderListRequest("BTCUSDT", OrderSide.Sell, 0.01m, 66000m) { StopPrice = 55000m, StopLimitPrice = 54900m, StopLimitTimeInForce = TimeInForce.Gtc };
        Assert.Equal(2, (await h.Client.PlaceSpotOrderListAsync(legacy)).Result.OrderReports.Count);

        var working = new SpotWorkingOrder(OrderType.Limit, OrderSide.Buy, 50000m, 0.01m) { TimeInForce = TimeInForce.Gtc };
        var pending = new SpotPendingOrder(OrderType.LimitMaker, OrderSide.Sell) { Quantity = 0.01m, Price = 66000m };
        SpotOrderListResult oto = (await h.Client.PlaceSpotOtoOrderListAsync(new SpotOtoOrderListRequest("BTCUSDT", working, pending))).Result;
        Assert.Equal(ContingencyType.Oto, oto.ContingencyType);
        Assert.Contains(oto.OrderReports, r => r.Status == OrderStatus.PendingNew);

        var above = new SpotOcoLeg(OrderType.LimitMaker) { Price = 66000m };
        var below = new SpotOcoLeg(OrderType.StopLoss) { StopPrice = 45000m };
        SpotOrderListResult otoco = (await h.Client.PlaceSpotOtocoOrderListAsync(new SpotOtocoOrderListRequest("BTCUSDT", working, OrderSide.Sell, 0.01m, above, below))).Result;
        Assert.Equal(3, otoco.OrderReports.Count);

        SpotOrderListResult opo = (await h.Client.PlaceSpotOpoOrderListAsync(new SpotOpoOrderListRequest("BTCUSDT", working, new SpotPendingOrder(OrderType.LimitMaker, OrderSide.Sell) { Price = 66000m }))).Result;
        Assert.Equal(2, opo.OrderReports.Count);
        SpotOrderListResult opoco = (await h.Client.PlaceSpotOpocoOrderListAsync(new SpotOpocoOrderListRequest("BTCUSDT", working, OrderSide.Sell, above, below))).Result;
        Assert.Equal(3, opoco.OrderReports.Count);
        Assert.Equal(5, (await h.Client.GetSpotOpenOrderListsAsync(new SpotOpenOrderListsRequest())).Result.Count);
        Assert.Empty(h.Emulator.CheckSpotInvariants());
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task Sor_order_routes_to_the_book_and_records_allocations(string key)
    {
        await using var h = await StartAsync(key);
        SpotOrderResult sor = Assert.Single((await h.Client.PlaceSpotSorOrderAsync(new SpotSorOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Market, 0.001m))).Result);
        Assert.Equal(OrderStatus.Filled, sor.Status);
        Assert.True(sor.UsedSor);
        Assert.NotEmpty((await h.Client.GetSpotAllocationsAsync(new SpotAllocationsRequest("BTCUSDT") { OrderId = sor.OrderId })).Result);
        Assert.NotNull((await h.Client.TestSpotSorOrderAsync(new SpotSorOrderTestRequest(new SpotSorOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Market, 0.001m)))).Result);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task Account_queries_after_a_fill(string key)
    {
        await using var h = await StartAsync(key);
        SpotOrderResult fill = (await h.Client.SubmitNewSpotOrderAsync(new SpotOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Market) { Quantity = 0.002m })).Result;

        IReadOnlyList<SpotAccountTrade> trades = (await h.Client.GetSpotMyTradesAsync(new SpotMyTradesRequest("BTCUSDT") { OrderId = fill.OrderId })).Result;
        Assert.Equal(fill.Fills.Count, trades.Count);
        Assert.All(trades, t => Assert.True(t.IsBuyer));
        Assert.Contains((await h.Client.GetSpotAllOrdersAsync(new SpotAllOrdersRequest("BTCUSDT"))).Result, o => o.OrderId == fill.OrderId);

        SpotAccountInformation account = (await h.Client.GetSpotAccountInformationAsync()).Result;
        Assert.Equal(h.Emulator.GetBalance(DemoAccount.HmacApiKey, "BTC").Free, account.Balances.Single(b => b.Asset == "BTC").Free);
        Assert.Equal("BTCUSDT", (await h.Client.GetSpotAccountCommissionAsync(new SpotAccountCommissionRequest("BTCUSDT"))).Result.Symbol);
        Assert.Contains((await h.Client.GetSpotOrderRateLimitsAsync()).Result, r => r.RateLimitType == RateLimitType.Orders);
        Assert.NotEmpty((await h.Client.GetSpotMyFiltersAsync(new SpotMyFiltersRequest("BTCUSDT"))).Result.SymbolFilters);
    }

    [Fact]
    public async Task Self_trade_prevention_is_recorded()
    {
        await using var h = await StartAsync("HMAC");
        h.Emulator.ClearBook("BTCUSDT");
        SpotOrderResult maker = (await h.Client.SubmitNewSpotOrderAsync(new SpotOrderRequest("BTCUSDT", OrderSide.Sell, OrderType.Limit) { TimeInForce = TimeInForce.Gtc, Quantity = 0.01m, Price = 60000m })).Result;
        var taker = new SpotOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Limit)
        {
            TimeInForce = TimeInForce.Gtc, Quantity = 0.01m, Price = 60000m, SelfTradePreventionMode = SelfTradePreventionMode.ExpireTaker,
        };
        SpotOrderResult expired = (await h.Client.SubmitNewSpotOrderAsync(taker)).Result;
        Assert.Equal(OrderStatus.ExpiredInMatch, expired.Status);
        IReadOnlyList<SpotPreventedMatch> prevented = (await h.Client.GetSpotPreventedMatchesAsync(new SpotPreventedMatchesRequest("BTCUSDT") { OrderId = expired.OrderId })).Result;
        Assert.Single(prevented);
        Assert.Equal(OrderStatus.New, (await h.Client.GetSpotOrderStatusAsync(new SpotOrderStatusRequest("BTCUSDT") { OrderId = maker.OrderId })).Result.Status);
    }

    [Fact]
    public async Task Amendments_are_listed()
    {
        await using var h = await StartAsync("Ed25519");
        SpotOrderResult placed = (await h.Client.SubmitNewSpotOrderAsync(new SpotOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Limit) { TimeInForce = TimeInForce.Gtc, Quantity = 0.01m, Price = 50000m })).Result;
        await h.Client.AmendSpotOrderKeepPriorityAsync(new SpotAmendOrderRequest("BTCUSDT", 0.005m) { OrderId = placed.OrderId });
        SpotOrderAmendment amendment = Assert.Single((await h.Client.GetSpotOrderAmendmentsAsync(new SpotOrderAmendmentsRequest("BTCUSDT", placed.OrderId))).Result);
        Assert.Equal(placed.OrderId, amendment.OrderId);
    }
}
