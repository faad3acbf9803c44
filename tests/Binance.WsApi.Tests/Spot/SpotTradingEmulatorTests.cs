using Binance.WsApi.Emulator;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Spot;

/// <summary>
/// Spot order management end to end: the real client against the emulator's matching engine, with an HMAC key
/// (every request signed) and an Ed25519 key (session logon), each scenario checked against the emulator's state.
/// </summary>
public class SpotTradingEmulatorTests
{
    public static TheoryData<string> Keys => new() { "HMAC", "Ed25519" };

    private static Task<EmulatorHarness> StartAsync(string key) =>
        EmulatorHarness.StartAsync(key == "HMAC" ? EmulatorHarness.Hmac : EmulatorHarness.Ed25519);

    private static SpotOrderRequest RestingBuy(decimal price = 50000m) =>
        new("BTCUSDT", OrderSide.Buy, OrderType.Limit) { TimeInForce = TimeInForce.Gtc, Quantity = 0.01000m, Price = price };

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task Limit_order_rests_is_listed_queried_and_cancelled(string key)
    {
        await using var h = await StartAsync(key);
        (decimal usdtBefore, _) = h.Emulator.GetBalance(DemoAccount.HmacApiKey, "USDT");

        SpotOrderResult placed = (await h.Client.SubmitNewSpotOrderAsync(RestingBuy())).Result;
        Assert.True(placed.HasResult); // LIMIT defaults to FULL
        Assert.Equal(OrderStatus.New, placed.Status);
        Assert.Empty(placed.Fills);
        Assert.False(string.IsNullOrEmpty(placed.ClientOrderId)); // filled in by the client
        Assert.Equal((usdtBefore - 500m, 500m), h.Emulator.GetBalance(DemoAccount.HmacApiKey, "USDT"));

        IReadOnlyList<SpotOrder> open = (await h.Client.GetSpotOpenOrdersAsync(new SpotOpenOrdersRequest { Symbol = "BTCUSDT" })).Result;
        SpotOrder listed = Assert.Single(open);
        Assert.Equal(placed.OrderId, listed.OrderId);

        SpotOrder byClientId = (await h.Client.GetSpotOrderStatusAsync(new SpotOrderStatusRequest("BTCUSDT") { OrigClientOrderId = placed.ClientOrderId })).Result;
        Assert.Equal(placed.OrderId, byClientId.OrderId);

        SpotCancelResult cancelled = (await h.Client.CancelSpotOrderAsync(new SpotCancelOrderRequest("BTCUSDT") { OrderId = placed.OrderId })).Result;
        Assert.Equal(OrderStatus.Canceled, cancelled.Order!.Status);
        Assert.Empty((await h.Client.GetSpotOpenOrdersAsync(new SpotOpenOrdersRequest { Symbol = "BTCUSDT" })).Result);
        Assert.Equal((usdtBefore, 0m), h.Emulator.GetBalance(DemoAccount.HmacApiKey, "USDT"));
        Assert.Empty(h.Emulator.CheckSpotInvariants());
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public async Task Market_order_trades_against_the_book_with_fills(string key)
    {
        await using var h = await StartAsync(key);
        (decimal btcBefore, _) = h.Emulator.GetBalance(DemoAccount.HmacApiKey, "BTC");
        var request = new SpotOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Market) { Quantity = 0.00200m };
        SpotOrderResult filled = (await h.Client.SubmitNewSpotOrderAsync(request)).Result;
        Assert.Equal(OrderStatus.Filled, filled.Status);
        Assert.NotEmpty(filled.Fills);
        Assert.Equal(0.00200m, filled.Fills.Sum(f => f.Quantity));
        Assert.Equal(filled.CumulativeQuoteQty, filled.Fills.Sum(f => f.Price * f.Quantity));
        decimal commission = filled.Fills.Where(f => f.CommissionAsset == "BTC").Sum(f => f.Commission);
        Assert.Equal(btcBefore + 0.00200m - commission, h.Emulator.GetBalance(DemoAccount.HmacApiKey, "BTC").Free);
        Assert.Empty(h.Emulator.CheckSpotInvariants());
    }

    [Fact]
    public async Task Response_types_ack_result_full_each_parse()
    {
        await using var h = await StartAsync("HMAC");
        SpotOrderResult ack = (await h.Client.SubmitNewSpotOrderAsync(RestingBuy() with { NewOrderRespType = OrderResponseType.Ack })).Result;
        Assert.False(ack.HasResult);
        Assert.True(ack.OrderId > 0);
        Assert.Equal(-1, ack.OrderListId);

        SpotOrderResult result = (await h.Client.SubmitNewSpotOrderAsync(RestingBuy(49000m) with { NewOrderRespType = OrderResponseType.Result })).Result;
        Assert.True(result.HasResult);
        Assert.Equal(0.01000m, result.OrigQty);
        Assert.Empty(result.Fills);

        var market = new SpotOrderRequest("BTCUSDT", OrderSide.Sell, OrderType.Market) { Quantity = 0.001m, NewOrderRespType = OrderResponseType.Full };
        Assert.NotEmpty((await h.Client.SubmitNewSpotOrderAsync(market)).Result.Fills);
    }

    [Fact]
    public async Task Test_order_validates_and_can_return_commission_rates()
    {
        await using var h = await StartAsync("Ed25519");
        SpotOrderTestResult plain = (await h.Client.TestSpotOrderAsync(new SpotOrderTestRequest(RestingBuy()))).Result;
        Assert.False(plain.HasCommissionRates);
        SpotOrderTestResult rates = (await h.Client.TestSpotOrderAsync(new SpotOrderTestRequest(RestingBuy()) { ComputeCommissionRates = true })).Result;
        Assert.True(rates.HasCommissionRates);
        Assert.Empty((await h.Client.GetSpotOpenOrdersAsync(new SpotOpenOrdersRequest { Symbol = "BTCUSDT" })).Result);
    }

    [Fact]
    public async Task Cancel_replace_success_and_typed_partial_failure()
    {
        await using var h = await StartAsync("HMAC");
        SpotOrderResult first = (await h.Client.SubmitNewSpotOrderAsync(RestingBuy())).Result;
        var replace = new SpotCancelReplaceRequest(CancelReplaceMode.StopOnFailure, RestingBuy(49500m)) { CancelOrderId = first.OrderId };
        SpotCancelReplaceResult ok = (await h.Client.CancelReplaceSpotOrderAsync(replace)).Result;
        Assert.Equal(OrderStatus.Canceled, ok.CancelResponse!.Order!.Status);
        Assert.Equal(OrderStatus.New, ok.NewOrderResponse!.Status);

        // Filters are checked before either step (docs/protocol.md §8.6): a bad tick is a plain -1013 and nothing is cancelled.
        var badTick = new SpotCancelReplaceRequest(CancelReplaceMode.StopOnFailure, RestingBuy(49500.001m)) { CancelOrderId = ok.NewOrderResponse.OrderId };
        var filter = await Assert.ThrowsAsync<BinanceApiException>(() => h.Client.CancelReplaceSpotOrderAsync(badTick));
        Assert.Equal(-1013, filter.Code);
        Assert.Single((await h.Client.GetSpotOpenOrdersAsync(new SpotOpenOrdersRequest { Symbol = "BTCUSDT" })).Result);

        // Cancel succeeds, the new order is refused by the engine (a LIMIT_MAKER that would take): 409, both outcomes typed.
        var taker = new SpotOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.LimitMaker) { Quantity = 0.01m, Price = 70000m };
        var broken = new SpotCancelReplaceRequest(CancelReplaceMode.StopOnFailure, taker) { CancelOrderId = ok.NewOrderResponse.OrderId };
        var ex = await Assert.ThrowsAsync<SpotCancelReplaceException>(() => h.Client.CancelReplaceSpotOrderAsync(broken));
        Assert.Equal(409, ex.Status);
        Assert.Equal(-2021, ex.Code);
        Assert.Equal("Order cancel-replace partially failed.", ex.BinanceMessage);
        Assert.Equal(OrderStatus.Canceled, ex.CancelResponse!.Order!.Status);
        Assert.Equal(-2010, ex.NewOrderError!.Code);
        Assert.Equal("Order would immediately match and take.", ex.NewOrderError.Message);

        // Cancel of an unknown order fails first: 400, nothing attempted.
        var unknown = new SpotCancelReplaceRequest(CancelReplaceMode.StopOnFailure, RestingBuy()) { CancelOrderId = 999_999_999 };
        var failed = await Assert.ThrowsAsync<SpotCancelReplaceException>(() => h.Client.CancelReplaceSpotOrderAsync(unknown));
        Assert.Equal(400, failed.Status);
        Assert.Equal(-2022, failed.Code);
        Assert.Empty(h.Emulator.CheckSpotInvariants());
    }

    [Fact]
    public async Task Amend_keeps_the_order_id_and_lowers_the_quantity()
    {
        await using var h = await StartAsync("Ed25519");
        SpotOrderResult placed = (await h.Client.SubmitNewSpotOrderAsync(RestingBuy())).Result;
        SpotAmendOrderResult amended = (await h.Client.AmendSpotOrderKeepPriorityAsync(new SpotAmendOrderRequest("BTCUSDT", 0.004m) { OrderId = placed.OrderId })).Result;
        Assert.Equal(placed.OrderId, amended.AmendedOrder.OrderId);
        SpotOrder now = (await h.Client.GetSpotOrderStatusAsync(new SpotOrderStatusRequest("BTCUSDT") { OrderId = placed.OrderId })).Result;
        Assert.Equal(0.004m, now.OrigQty);

        var bigger = await Assert.ThrowsAsync<BinanceApiException>(() => h.Client.AmendSpotOrderKeepPriorityAsync(new SpotAmendOrderRequest("BTCUSDT", 0.02m) { OrderId = placed.OrderId }));
        Assert.Equal(-2038, bigger.Code);
    }

    [Fact]
    public async Task Cancel_all_cancels_every_open_order_of_the_symbol()
    {
        await using var h = await StartAsync("HMAC");
        for (int i = 0; i < 3; i++)
        {
            await h.Client.SubmitNewSpotOrderAsync(RestingBuy(50000m - i));
        }

        IReadOnlyList<SpotCancelResult> cancelled = (await h.Client.CancelAllSpotOpenOrdersAsync(new SpotCancelAllOpenOrdersRequest("BTCUSDT"))).Result;
        Assert.Equal(3, cancelled.Count);
        Assert.All(cancelled, c => Assert.Equal(OrderStatus.Canceled, c.Order!.Status));
        Assert.Empty((await h.Client.GetSpotOpenOrdersAsync(new SpotOpenOrdersRequest { Symbol = "BTCUSDT" })).Result);
    }

    [Fact]
    public async Task Engine_refusals_keep_binance_code_and_message()
    {
        await using var h = await StartAsync("HMAC");
        h.Emulator.SetBalance(DemoAccount.HmacApiKey, "USDT", 10m);
        var poor = await Assert.ThrowsAsync<BinanceApiException>(() => h.Client.SubmitNewSpotOrderAsync(RestingBuy()));
        Assert.Equal(-2010, poor.Code);
        Assert.Equal("Account has insufficient balance for requested action.", poor.BinanceMessage);
        Assert.False(string.IsNullOrEmpty(poor.ClientOrderId)); // the id that was sent, for reconciliation

        var tick = await Assert.ThrowsAsync<BinanceApiException>(() => h.Client.SubmitNewSpotOrderAsync(RestingBuy(50000.001m)));
        Assert.Equal(-1013, tick.Code);
        Assert.Equal("Filter failure: PRICE_FILTER", tick.BinanceMessage);

        var unknown = await Assert.ThrowsAsync<BinanceApiException>(() => h.Client.GetSpotOrderStatusAsync(new SpotOrderStatusRequest("BTCUSDT") { OrderId = 424242 }));
        Assert.Equal(-2013, unknown.Code);

        var cancelUnknown = await Assert.ThrowsAsync<BinanceApiException>(() => h.Client.CancelSpotOrderAsync(new SpotCancelOrderRequest("BTCUSDT") { OrderId = 424242 }));
        Assert.Equal(-2011, cancelUnknown.Code);
        Assert.Equal("Unknown order sent.", cancelUnknown.BinanceMessage);
    }

    [Fact]
    public async Task Invalid_enum_and_missing_parameter_are_rejected_by_the_server_with_the_documented_code()
    {
        await using var h = await StartAsync("HMAC");
        var badType = new SpotOrderRequest("BTCUSDT", OrderSide.Buy, new OrderType("LIMITED")) { Quantity = 1m };
        var typeError = await Assert.ThrowsAsync<BinanceApiException>(() => h.Client.SubmitNewSpotOrderAsync(badType));
        Assert.Equal(-1116, typeError.Code);

        var badSide = new SpotOrderRequest("BTCUSDT", new OrderSide("SIDEWAYS"), OrderType.Market) { Quantity = 1m };
        Assert.Equal(-1117, (await Assert.ThrowsAsync<BinanceApiException>(() => h.Client.SubmitNewSpotOrderAsync(badSide))).Code);

        // An invalid combination: timeInForce on a MARKET order.
        var marketWithTif = new SpotOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Market) { Quantity = 0.001m, TimeInForce = TimeInForce.Gtc };
        var combo = await Assert.ThrowsAsync<BinanceApiException>(() => h.Client.SubmitNewSpotOrderAsync(marketWithTif));
        Assert.Equal(-1114, combo.Code); // TIF_NOT_REQUIRED
        Assert.Equal(400, combo.Status);

        // A parameter the client cannot know is wrong (through the generic path): the server's -1102 arrives intact.
        var missing = await Assert.ThrowsAsync<BinanceApiException>(() => h.Client.SendAsync(WsApiEndpoint.Spot, "order.place",
            new WsApiParameters().Add("symbol", "BTCUSDT").Add("side", "BUY").Add("type", "LIMIT").Add("timeInForce", "GTC").Add("price", 50000m), WsApiSecurity.Signed));
        Assert.Equal(-1102, missing.Code);
        Assert.Contains("quantity", missing.BinanceMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Order_rate_limit_is_a_rate_limit_exception()
    {
        await using var h = await EmulatorHarness.StartAsync(EmulatorHarness.Hmac, emulatorOptions: new EmulatorOptions { SpotOrdersPer10Seconds = 3 });
        for (int i = 0; i < 3; i++)
        {
            await h.Client.SubmitNewSpotOrderAsync(RestingBuy(50000m - i));
        }

        var ex = await Assert.ThrowsAsync<BinanceRateLimitException>(() => h.Client.SubmitNewSpotOrderAsync(RestingBuy(49000m)));
        Assert.Equal(429, ex.Status);
        Assert.Equal(-1015, ex.Code);
        Assert.Contains(ex.RateLimits, r => r.RateLimitType == RateLimitType.Orders);
    }
}
