using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Api;

/// <summary>
/// A user's code can be tested without a server: the client's members are virtual behind a protected constructor, and
/// <see cref="BinanceWsApiModelFactory"/> builds the responses and exceptions a fake returns.
/// </summary>
public class MockingSurfaceTests
{
    /// <summary>What a user writes: a tiny strategy that buys below a threshold and reports refusals.</summary>
    private static async Task<string> BuyIfCheapAsync(WebSocketApiClient client, decimal below)
    {
        WsApiResponse<SpotPriceTicker> ticker = await client.GetSpotSymbolPriceTickerAsync("BTCUSDT");
        if (ticker.Result.Price >= below)
        {
            return "skipped";
        }

        try
        {
            var order = new SpotOrderRequest("BTCUSDT", OrderSide.Buy, OrderType.Market) { Quantity = 0.01m };
            SpotOrderResult placed = (await client.SubmitNewSpotOrderAsync(order)).Result;
            return $"bought {placed.OrderId}";
        }
        catch (BinanceApiException ex)
        {
            return $"refused {ex.Code} {ex.ClientOrderId}";
        }
    }

    private sealed class FakeClient(decimal price, Exception? refusal = null) : WebSocketApiClient
    {
        public List<SpotOrderRequest> Orders { get; } = [];

        public override Task<WsApiResponse<SpotPriceTicker>> GetSpotSymbolPriceTickerAsync(string symbol, WsApiEndpoint? endpoint = null,
            CancellationToken cancellationToken = default) =>
            Task.FromResult(BinanceWsApiModelFactory.Response(new SpotPriceTicker { Symbol = symbol, Price = price }));

        public override Task<WsApiResponse<SpotOrderResult>> SubmitNewSpotOrderAsync(SpotOrderRequest request, WsApiEndpoint? endpoint = null,
            CancellationToken cancellationToken = default)
        {
            Orders.Add(request);
            return refusal is not null
                ? Task.FromException<WsApiResponse<SpotOrderResult>>(refusal)
                : Task.FromResult(BinanceWsApiModelFactory.Response(new SpotOrderResult { Symbol = request.Symbol, OrderId = 42 }, id: 7));
        }
    }

    [Fact]
    public async Task A_fake_client_drives_user_code_with_factory_made_results()
    {
        await using var fake = new FakeClient(price: 50_000m);
        Assert.Equal("bought 42", await BuyIfCheapAsync(fake, below: 60_000m));
        Assert.Equal("skipped", await BuyIfCheapAsync(fake, below: 40_000m));
        Assert.Single(fake.Orders);
        Assert.Equal(0.01m, fake.Orders[0].Quantity);
    }

    [Fact]
    public async Task A_fake_client_can_refuse_with_a_binance_error()
    {
        BinanceApiException refusal = BinanceWsApiModelFactory.ApiException(400, -2010, "Account has insufficient balance for requested action.",
            "order.place", clientOrderId: "my-order-1");
        await using var fake = new FakeClient(price: 1m, refusal);
        Assert.Equal("refused -2010 my-order-1", await BuyIfCheapAsync(fake, below: 2m));
        Assert.Equal(RequestSendState.Sent, refusal.SendState);
    }

    [Fact]
    public void The_factory_builds_responses_exceptions_and_event_arguments()
    {
        WsApiResponse<ServerTime> response = BinanceWsApiModelFactory.Response(new ServerTime { ServerTimeMs = 5 }, WsApiEndpoint.UsdM, id: 12,
            rateLimits: [new RateLimit { RateLimitType = RateLimitType.RequestWeight, Limit = 2400, Count = 3 }]);
        Assert.Equal("12", response.Id);
        Assert.Equal(WsApiEndpoint.UsdM, response.Endpoint);
        Assert.Equal(3, Assert.Single(response.RateLimits).Count);

        BinanceRateLimitException limited = BinanceWsApiModelFactory.RateLimitException(418, -1003, "banned", DateTimeOffset.UnixEpoch);
        Assert.True(limited.IsIpBan);
        Assert.Equal(RequestSendState.NotSent,
            BinanceWsApiModelFactory.ConnectionException("gone", RequestSendState.NotSent, "order.place", clientOrderId: "x").SendState);
        Assert.Equal(TimeSpan.FromSeconds(1), BinanceWsApiModelFactory.TimeoutException(TimeSpan.FromSeconds(1), "ping").Timeout);

        UserDataEventArgs args = BinanceWsApiModelFactory.UserDataEvent(new BalanceUpdateEvent { Asset = "BTC", Delta = 1.5m }, subscriptionId: 3);
        Assert.Equal(3, args.Event.SubscriptionId);
        Assert.Equal(ConnectionState.Ready, BinanceWsApiModelFactory.StateChanged(WsApiEndpoint.Spot, ConnectionState.Connecting, ConnectionState.Ready, "ok").State);
        Assert.True(BinanceWsApiModelFactory.Resubscribed(WsApiEndpoint.Spot, 4).EventsMayHaveBeenMissed);
    }

    [Fact]
    public async Task Single_symbol_overloads_return_one_item_from_the_emulator()
    {
        await using var h = await EmulatorHarness.StartAsync();
        SpotPriceTicker price = (await h.Client.GetSpotSymbolPriceTickerAsync("BTCUSDT")).Result;
        Assert.Equal("BTCUSDT", price.Symbol);
        Assert.True(price.Price > 0);
        Assert.Equal("BTCUSDT", (await h.Client.GetSpotSymbolOrderBookTickerAsync("BTCUSDT")).Result.Symbol);
        Assert.Equal("BTCUSDT", (await h.Client.GetSpot24hrTickerAsync("BTCUSDT")).Result.Symbol);
        Assert.Equal("BTCUSDT", (await h.Client.GetFuturesSymbolPriceTickerAsync("BTCUSDT")).Result.Symbol);
        Assert.Equal("BTCUSDT", (await h.Client.GetFuturesSymbolOrderBookTickerAsync("BTCUSDT")).Result.Symbol);
        await Assert.ThrowsAsync<ArgumentException>(() => h.Client.GetSpotSymbolPriceTickerAsync(" "));
    }

    [Fact]
    public async Task The_time_offset_is_a_TimeSpan_everywhere()
    {
        await using var h = await EmulatorHarness.StartAsync(configure: o => o.TimeOffset = TimeSpan.FromMilliseconds(-250));
        Assert.Equal(TimeSpan.FromMilliseconds(-250), h.Client.TimeOffset);
        h.Client.SetTimeOffset(TimeSpan.FromSeconds(1.5));
        Assert.Equal(TimeSpan.FromMilliseconds(1500), h.Client.TimeOffset);
        h.Client.SetTimeOffsetMs(-20);
        Assert.Equal(TimeSpan.FromMilliseconds(-20), h.Client.TimeOffset);
        TimeSpan measured = await h.Client.SyncTimeAsync();
        Assert.Equal(measured, h.Client.TimeOffset);
    }
}
