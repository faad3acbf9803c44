using System.Text.Json;
using Binance.WsApi.Protocol;
using Binance.WsApi.Tests.Support;

namespace Binance.WsApi.Tests.Spot;

/// <summary>Spot account and session methods: exact params per method (golden) and documented responses → models.</summary>
public class SpotAccountModelTests
{
    private const long Day = 24 * 60 * 60 * 1000;

    private static T Parse<T>(string fixture, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        JsonSerializer.Deserialize(Fixtures.Result(fixture), type)!;

    // ---- account.status ----

    [Fact]
    public void Account_information_request_matches_the_documented_example()
    {
        GoldenRequest.AssertMatches("spot-account.status.request.json", new SpotAccountInformationRequest().ToParameters(), "account.status");
        Assert.Equal("""{"omitZeroBalances":true}""", GoldenRequest.Params(new SpotAccountInformationRequest { OmitZeroBalances = true }.ToParameters()));
    }

    [Fact]
    public void Account_information_response_parses()
    {
        SpotAccountInformation account = Parse("spot-account.status.response.json", SpotAccountJsonContext.Default.SpotAccountInformation);
        Assert.Equal(15, account.MakerCommission);
        Assert.Equal(15, account.TakerCommission);
        Assert.Equal(0, account.SellerCommission);
        Assert.True(account.CanTrade);
        Assert.True(account.CanWithdraw);
        Assert.True(account.CanDeposit);
        Assert.Equal(0.00150000m, account.CommissionRates.Maker);
        Assert.Equal(0.00150000m, account.CommissionRates.Taker);
        Assert.Equal(0m, account.CommissionRates.Buyer);
        Assert.False(account.Brokered);
        Assert.False(account.RequireSelfTradePrevention);
        Assert.False(account.PreventSor);
        Assert.Equal(1660801833000, account.UpdateTime);
        Assert.Equal("SPOT", account.AccountType);
        Assert.Equal(3, account.Balances.Count);
        SpotAccountBalance btc = account.GetBalance("BTC")!;
        Assert.Equal(1.3447112m, btc.Free);
        Assert.Equal(0.08600000m, btc.Locked);
        Assert.Equal(1.4307112m, btc.Total);
        Assert.Null(account.GetBalance("ETH"));
        Assert.Equal(["SPOT"], account.Permissions);
        Assert.Equal(354937868, account.Uid);
    }

    // ---- account.rateLimits.orders ----

    [Fact]
    public void Order_rate_limits_request_has_only_authentication_params() =>
        GoldenRequest.AssertMatches("spot-account.rateLimits.orders.request.json", null, "account.rateLimits.orders");

    [Fact]
    public void Order_rate_limits_response_parses()
    {
        IReadOnlyList<RateLimit> limits = Parse("spot-account.rateLimits.orders.response.json", SpotAccountJsonContext.Default.IReadOnlyListRateLimit);
        Assert.Equal(2, limits.Count);
        Assert.All(limits, l => Assert.Equal(RateLimitType.Orders, l.RateLimitType));
        Assert.Equal(RateLimitInterval.Second, limits[0].Interval);
        Assert.Equal(10, limits[0].IntervalNum);
        Assert.Equal(50, limits[0].Limit);
        Assert.Equal(0, limits[0].Count);
        Assert.Equal(160000, limits[1].Limit);
    }

    // ---- myTrades ----

    [Fact]
    public void My_trades_request_matches_the_documented_example() =>
        GoldenRequest.AssertMatches("spot-myTrades.request.json",
            new SpotMyTradesRequest("BTCUSDT") { StartTime = 1660780800000, EndTime = 1660867200000 }.ToParameters(), "myTrades");

    [Fact]
    public void My_trades_response_parses()
    {
        IReadOnlyList<SpotAccountTrade> trades = Parse("spot-myTrades.response.json", SpotAccountJsonContext.Default.IReadOnlyListSpotAccountTrade);
        Assert.Equal(2, trades.Count);
        SpotAccountTrade t = trades[0];
        Assert.Equal("BTCUSDT", t.Symbol);
        Assert.Equal(1650422481, t.Id);
        Assert.Equal(12569099453, t.OrderId);
        Assert.Equal(-1, t.OrderListId);
        Assert.Equal(23416.10000000m, t.Price);
        Assert.Equal(0.00635000m, t.Qty);
        Assert.Equal(148.69223500m, t.QuoteQty);
        Assert.Equal(0m, t.Commission);
        Assert.Equal("BNB", t.CommissionAsset);
        Assert.Equal(1660801715793, t.Time);
        Assert.False(t.IsBuyer);
        Assert.True(t.IsMaker);
        Assert.True(t.IsBestMatch);
    }

    [Fact]
    public void My_trades_reject_impossible_filters()
    {
        Assert.Throws<ArgumentException>(() => new SpotMyTradesRequest("BTCUSDT") { FromId = 1, StartTime = 1 }.ToParameters());
        Assert.Throws<ArgumentException>(() => new SpotMyTradesRequest("BTCUSDT") { OrderId = 1, EndTime = 1 }.ToParameters());
        Assert.Throws<ArgumentException>(() => new SpotMyTradesRequest("BTCUSDT") { StartTime = 0, EndTime = Day + 1 }.ToParameters());
        Assert.Throws<ArgumentException>(() => new SpotMyTradesRequest("BTCUSDT") { StartTime = 2, EndTime = 1 }.ToParameters());
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpotMyTradesRequest("BTCUSDT") { Limit = 1001 }.ToParameters());
        Assert.Throws<ArgumentException>(() => new SpotMyTradesRequest("").ToParameters());
        Assert.Equal("""{"symbol":"BTCUSDT","orderId":7,"fromId":3,"limit":10}""",
            GoldenRequest.Params(new SpotMyTradesRequest("BTCUSDT") { OrderId = 7, FromId = 3, Limit = 10 }.ToParameters()));
        new SpotMyTradesRequest("BTCUSDT") { StartTime = 0, EndTime = Day }.ToParameters();
    }

    // ---- myPreventedMatches ----

    [Fact]
    public void Prevented_matches_request_matches_the_documented_example() =>
        GoldenRequest.AssertMatches("spot-myPreventedMatches.request.json",
            new SpotPreventedMatchesRequest("BTCUSDT") { OrderId = 35 }.ToParameters(), "myPreventedMatches");

    [Fact]
    public void Prevented_matches_response_parses()
    {
        SpotPreventedMatch m = Assert.Single(Parse("spot-myPreventedMatches.response.json", SpotAccountJsonContext.Default.IReadOnlyListSpotPreventedMatch));
        Assert.Equal("BTCUSDT", m.Symbol);
        Assert.Equal(1, m.PreventedMatchId);
        Assert.Equal(5, m.TakerOrderId);
        Assert.Equal("BTCUSDT", m.MakerSymbol);
        Assert.Equal(3, m.MakerOrderId);
        Assert.Equal(1, m.TradeGroupId);
        Assert.Equal(SelfTradePreventionMode.ExpireMaker, m.SelfTradePreventionMode);
        Assert.Equal(1.100000m, m.Price);
        Assert.Equal(1.300000m, m.MakerPreventedQuantity);
        Assert.Equal(1669101687094, m.TransactTime);
    }

    [Fact]
    public void Prevented_matches_take_the_documented_combinations_only()
    {
        Assert.Equal("""{"symbol":"BTCUSDT","preventedMatchId":9}""",
            GoldenRequest.Params(new SpotPreventedMatchesRequest("BTCUSDT") { PreventedMatchId = 9 }.ToParameters()));
        Assert.Equal("""{"symbol":"BTCUSDT","orderId":1,"fromPreventedMatchId":2,"limit":3}""",
            GoldenRequest.Params(new SpotPreventedMatchesRequest("BTCUSDT") { OrderId = 1, FromPreventedMatchId = 2, Limit = 3 }.ToParameters()));
        Assert.Throws<ArgumentException>(() => new SpotPreventedMatchesRequest("BTCUSDT").ToParameters());
        Assert.Throws<ArgumentException>(() => new SpotPreventedMatchesRequest("BTCUSDT") { OrderId = 1, PreventedMatchId = 2 }.ToParameters());
        Assert.Throws<ArgumentException>(() => new SpotPreventedMatchesRequest("BTCUSDT") { PreventedMatchId = 2, Limit = 5 }.ToParameters());
        Assert.Throws<ArgumentException>(() => new SpotPreventedMatchesRequest("BTCUSDT") { PreventedMatchId = 2, FromPreventedMatchId = 5 }.ToParameters());
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpotPreventedMatchesRequest("BTCUSDT") { OrderId = 1, Limit = 0 }.ToParameters());
    }

    // ---- myAllocations ----

    [Fact]
    public void Allocations_request_matches_the_documented_example() =>
        GoldenRequest.AssertMatches("spot-myAllocations.request.json",
            new SpotAllocationsRequest("BTCUSDT") { OrderId = 500 }.ToParameters(), "myAllocations");

    [Fact]
    public void Allocations_response_parses()
    {
        SpotAllocation a = Assert.Single(Parse("spot-myAllocations.response.json", SpotAccountJsonContext.Default.IReadOnlyListSpotAllocation));
        Assert.Equal("BTCUSDT", a.Symbol);
        Assert.Equal(0, a.AllocationId);
        Assert.Equal("SOR", a.AllocationType);
        Assert.Equal(500, a.OrderId);
        Assert.Equal(-1, a.OrderListId);
        Assert.Equal(1.00000000m, a.Price);
        Assert.Equal(0.10000000m, a.Qty);
        Assert.Equal(0.10000000m, a.QuoteQty);
        Assert.Equal("BTC", a.CommissionAsset);
        Assert.Equal(1687319487614, a.Time);
        Assert.False(a.IsBuyer);
        Assert.False(a.IsMaker);
        Assert.False(a.IsAllocator);
    }

    [Fact]
    public void Allocations_reject_impossible_filters()
    {
        Assert.Equal("""{"symbol":"BTCUSDT","fromAllocationId":4,"orderId":500}""",
            GoldenRequest.Params(new SpotAllocationsRequest("BTCUSDT") { OrderId = 500, FromAllocationId = 4 }.ToParameters()));
        Assert.Throws<ArgumentException>(() => new SpotAllocationsRequest("BTCUSDT") { StartTime = 1, OrderId = 1 }.ToParameters());
        Assert.Throws<ArgumentException>(() => new SpotAllocationsRequest("BTCUSDT") { EndTime = 1, FromAllocationId = 1 }.ToParameters());
        Assert.Throws<ArgumentException>(() => new SpotAllocationsRequest("BTCUSDT") { StartTime = 0, EndTime = Day + 1 }.ToParameters());
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpotAllocationsRequest("BTCUSDT") { Limit = 1001 }.ToParameters());
    }

    // ---- account.commission ----

    [Fact]
    public void Account_commission_request_matches_the_documented_example() =>
        GoldenRequest.AssertMatches("spot-account.commission.request.json", new SpotAccountCommissionRequest("BTCUSDT").ToParameters(), "account.commission");

    [Fact]
    public void Account_commission_response_parses()
    {
        SpotAccountCommission c = Parse("spot-account.commission.response.json", SpotAccountJsonContext.Default.SpotAccountCommission);
        Assert.Equal("BTCUSDT", c.Symbol);
        Assert.Equal(new SpotAccountCommissionRates { Maker = 0.00000010m, Taker = 0.00000020m, Buyer = 0.00000030m, Seller = 0.00000040m }, c.StandardCommission);
        Assert.Equal(0.01000000m, c.SpecialCommission.Maker);
        Assert.Equal(0.00000116m, c.TaxCommission.Seller);
        Assert.True(c.Discount.EnabledForAccount);
        Assert.True(c.Discount.EnabledForSymbol);
        Assert.Equal("BNB", c.Discount.DiscountAsset);
        Assert.Equal(0.75000000m, c.Discount.Discount);
    }

    [Fact]
    public void Account_commission_needs_a_symbol() =>
        Assert.Throws<ArgumentException>(() => new SpotAccountCommissionRequest(" ").ToParameters());

    // ---- myFilters ----

    [Fact]
    public void My_filters_request_matches_the_documented_example() =>
        GoldenRequest.AssertMatches("spot-myFilters.request.json", new SpotMyFiltersRequest("BTCUSDT").ToParameters(), "myFilters");

    [Fact]
    public void My_filters_response_parses_all_three_kinds()
    {
        SpotAccountFilters f = Parse("spot-myFilters.response.json", SpotAccountJsonContext.Default.SpotAccountFilters);
        SpotSymbolFilter exchange = Assert.Single(f.ExchangeFilters);
        Assert.Equal("EXCHANGE_MAX_NUM_ORDERS", exchange.FilterType);
        Assert.Equal(1000, exchange.MaxNumOrders);
        SpotSymbolFilter symbol = Assert.Single(f.SymbolFilters);
        Assert.Equal("MAX_NUM_ORDER_LISTS", symbol.FilterType);
        Assert.Equal(20, symbol.MaxNumOrderLists);
        SpotAssetFilter asset = Assert.Single(f.AssetFilters);
        Assert.Equal("MAX_ASSET", asset.FilterType);
        Assert.Equal("JPY", asset.Asset);
        Assert.Equal(1000000.00000000m, asset.Limit);
    }

    [Fact]
    public void My_filters_needs_a_symbol() =>
        Assert.Throws<ArgumentException>(() => new SpotMyFiltersRequest(null!).ToParameters());

    // ---- session.logout / session.subscriptions ----

    [Fact]
    public void Session_logout_and_subscriptions_requests_have_no_params()
    {
        Assert.Equal("session.logout", Fixtures.Json("spot-session.logout.request.json").GetProperty("method").GetString());
        Assert.False(Fixtures.Json("spot-session.logout.request.json").TryGetProperty("params", out _));
        GoldenRequest.AssertMatches("spot-session.subscriptions.request.json", null, "session.subscriptions");
    }

    [Fact]
    public void Session_subscriptions_response_parses()
    {
        IReadOnlyList<SpotSessionSubscription> subs = Parse("spot-session.subscriptions.response.json", SpotAccountJsonContext.Default.IReadOnlyListSpotSessionSubscription);
        Assert.Equal([0, 1], subs.Select(s => s.SubscriptionId).ToArray());
    }

    [Fact]
    public void Session_logout_response_is_a_status_without_a_key()
    {
        SessionStatus status = JsonSerializer.Deserialize(Fixtures.Result("spot-session.logout.response.json"), WsApiJsonContext.Default.SessionStatus)!;
        Assert.False(status.IsLoggedOn);
        Assert.Equal(1649729873021, status.ConnectedSince);
    }
}
