using System.Globalization;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using Binance.WsApi.Connection;
using Binance.WsApi.Protocol;
using Binance.WsApi.Tests.Support;
using Binance.WsApi.UserData;

namespace Binance.WsApi.Tests.Protocol;

/// <summary>
/// The allocation budgets of a round trip, without the socket: the pending request (it is its own task source, so
/// its task comes with it), reading the answer into the response and its result. Frame writing allocates nothing
/// (bench/README.md), so this is what one request costs the garbage collector. Bytes are exact and load-independent,
/// so unlike timings they can be asserted; the budgets are the ones the benchmarks report against.
/// </summary>
public sealed class RoundTripAllocationTests
{
    private const string WeightLimit = """{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":6000,"count":4}""";

    private const string OrderLimits =
        """[{"rateLimitType":"ORDERS","interval":"SECOND","intervalNum":10,"limit":50,"count":1},""" +
        """{"rateLimitType":"ORDERS","interval":"DAY","intervalNum":1,"limit":160000,"count":1},""" + WeightLimit + "]";

    [Fact]
    public async Task A_ping_round_trip_stays_within_256_bytes()
    {
        EmptyResult result = await AssertRoundTripAsync(Frame("{}", "[" + WeightLimit + "]"), "ping", WsApiJsonContext.Default.EmptyResult, budget: 256);
        Assert.Same(EmptyResult.Instance, result);
    }

    [Fact]
    public async Task An_order_place_ACK_round_trip_stays_within_1_KB()
    {
        SpotOrderResult ack = await AssertRoundTripAsync(
            Frame("""{"symbol":"BTCUSDT","orderId":12569099453,"orderListId":-1,"clientOrderId":"4d96324ff9d44481926157ec08158a40","transactTime":1660801715639}""", OrderLimits),
            "order.place", SpotTradingJsonContext.Default.SpotOrderResult, budget: 1024);
        Assert.Equal(12569099453, ack.OrderId);
    }

    [Fact]
    public async Task A_depth_100_round_trip_stays_within_4_KB()
    {
        SpotOrderBook book = await AssertRoundTripAsync(Frame(Depth(100), "[" + WeightLimit + "]"), "depth", SpotMarketDataJsonContext.Default.SpotOrderBook, budget: 4096);
        Assert.Equal(100, book.Bids.Count);
        Assert.Equal(100, book.Asks.Count);
    }

    [Fact]
    public void A_spot_execution_report_stays_within_1_KB()
    {
        // The documented example, as the WebSocket API pushes it on a subscription.
        byte[] push = Encoding.UTF8.GetBytes(Fixtures.Text("spot-event-executionReport.json"));
        Assert.True(FrameHeader.TryRead(push, out FrameHeader header));
        var report = Assert.IsType<ExecutionReportEvent>(UserDataEventParser.Parse(push.AsSpan()[header.Event], header.EventType));
        Assert.Equal(4293153, report.OrderId);

        long bytes = Allocation.Of(() =>
        {
            FrameHeader.TryRead(push, out FrameHeader h);
            return UserDataEventParser.Parse(push.AsSpan()[h.Event], h.EventType);
        });
        Assert.InRange(bytes, 1, 1024);
    }

    [Fact]
    public void A_futures_order_trade_update_stays_within_1_KB()
    {
        byte[] update = Encoding.UTF8.GetBytes(
            """{"e":"ORDER_TRADE_UPDATE","E":1568879465651,"T":1568879465650,"o":{"s":"BTCUSDT","c":"TEST","S":"SELL","o":"TRAILING_STOP_MARKET","f":"GTC","q":"0.001","p":"0","ap":"0","sp":"7103.04","x":"NEW","X":"NEW","i":8886774,"l":"0","z":"0","L":"0","N":"USDT","n":"0","T":1568879465650,"t":0,"b":"0","a":"9.91","m":false,"R":false,"wt":"CONTRACT_PRICE","ot":"TRAILING_STOP_MARKET","ps":"LONG","cp":false,"AP":"7476.89","cr":"5.0","pP":false,"si":0,"ss":0,"rp":"0","V":"EXPIRE_TAKER","pm":"OPPONENT","gtd":0}}""");
        var parsed = Assert.IsType<FuturesOrderTradeUpdateEvent>(UserDataEventParser.Parse(update, "ORDER_TRADE_UPDATE"));
        Assert.Equal(8886774, parsed.Order.OrderId);

        long bytes = Allocation.Of(() => UserDataEventParser.Parse(update, "ORDER_TRADE_UPDATE"));
        Assert.InRange(bytes, 1, 1024);
    }

    /// <summary>Asserts the budget and returns what a request read from the frame, for the caller to check.</summary>
    private static async Task<T> AssertRoundTripAsync<T>(byte[] frame, string method, JsonTypeInfo<T> resultType, int budget)
    {
        Assert.True(FrameHeader.TryRead(frame, out FrameHeader header));
        long id = 0;
        long bytes = Allocation.Of(() =>
        {
            var request = new PendingRequest<T>(++id, method, WsApiEndpoint.Spot, TimeSpan.FromSeconds(1), resultType);
            request.Read(frame, header);
            return request;
        });

        Assert.InRange(bytes, 1, budget);

        // The counted path did read the frame: a wrong frame or type fails here instead of passing on a small count.
        var check = new PendingRequest<T>(++id, method, WsApiEndpoint.Spot, TimeSpan.FromSeconds(1), resultType);
        Assert.True(check.Complete(frame, header).Count > 0);
        WsApiResponse<T> response = await check.Task;
        return response.Result;
    }

    private static byte[] Frame(string result, string rateLimits) =>
        Encoding.UTF8.GetBytes($$"""{"id":1,"status":200,"result":{{result}},"rateLimits":{{rateLimits}}}""");

    /// <summary>A book of <paramref name="levels"/> levels a side, prices one tick apart, quantities varied.</summary>
    private static string Depth(int levels)
    {
        string Side(decimal best, decimal tick) => string.Join(',', Enumerable.Range(0, levels).Select(i =>
            string.Create(CultureInfo.InvariantCulture, $"[\"{best + (i * tick):F8}\",\"{0.268m + (i % 37 * 0.01m):F8}\"]")));
        return $$"""{"lastUpdateId":2731179239,"bids":[{{Side(0.013800m, -0.000001m)}}],"asks":[{{Side(0.013801m, 0.000001m)}}]}""";
    }
}
