using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using Binance.WsApi.Protocol;
using Binance.WsApi.UserData;

namespace Binance.WsApi.Benchmarks.Micro;

/// <summary>
/// The hot results <see cref="ResponseParsingBenchmarks"/> does not cover, read as the client reads them: an order's
/// status, a cancellation, a RESULT placement (route, <c>rateLimits</c>, result through the method's metadata); and the
/// user data events of every order change as a push arrives (route the push, then <see cref="UserDataEventParser"/>).
/// The frames follow the documented examples (tests/fixtures) in compact form.
/// </summary>
[MemoryDiagnoser]
public class HotReadBenchmarks
{
    private const string WeightLimit = """[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":6000,"count":4}]""";

    private static readonly byte[] OrderResultFrame = Frame(
        """{"symbol":"BTCUSDT","orderId":12569099453,"orderListId":-1,"clientOrderId":"4d96324ff9d44481926157ec08158a40","transactTime":1660801715639,"price":"23416.10000000","origQty":"0.00847000","executedQty":"0.00000000","origQuoteOrderQty":"0.000000","cummulativeQuoteQty":"0.00000000","status":"NEW","timeInForce":"GTC","type":"LIMIT","side":"SELL","workingTime":1660801715639,"selfTradePreventionMode":"NONE"}""");

    private static readonly byte[] OrderStatusFrame = Frame(
        """{"symbol":"BTCUSDT","orderId":12569099453,"orderListId":-1,"clientOrderId":"4d96324ff9d44481926157ec08158a40","price":"23416.10000000","origQty":"0.00847000","executedQty":"0.00847000","cummulativeQuoteQty":"198.33521500","status":"FILLED","timeInForce":"GTC","type":"LIMIT","side":"SELL","stopPrice":"0.00000000","icebergQty":"0.00000000","time":1660801715639,"updateTime":1660801717945,"isWorking":true,"workingTime":1660801715639,"origQuoteOrderQty":"0.00000000","selfTradePreventionMode":"NONE","preventedMatchId":0,"preventedQuantity":"1.200000"}""");

    private static readonly byte[] OrderCancelFrame = Frame(
        """{"symbol":"BTCUSDT","origClientOrderId":"4d96324ff9d44481926157","orderId":12569099453,"orderListId":-1,"clientOrderId":"91fe37ce9e69c90d6358c0","transactTime":1684804350068,"price":"23416.10000000","origQty":"0.00847000","executedQty":"0.00001000","origQuoteOrderQty":"0.000000","cummulativeQuoteQty":"0.23416100","status":"CANCELED","timeInForce":"GTC","type":"LIMIT","side":"SELL","stopPrice":"0.00000000","trailingDelta":0,"icebergQty":"0.00000000","strategyId":37463720,"strategyType":1000000,"selfTradePreventionMode":"NONE"}""");

    private static readonly byte[] ExecutionReportPush = Encoding.UTF8.GetBytes(
        """{"subscriptionId":0,"event":{"e":"executionReport","E":1499405658658,"s":"ETHBTC","c":"mUvoqJxFIILMdfAW5iGSOW","S":"BUY","o":"LIMIT","f":"GTC","q":"1.00000000","p":"0.10264410","P":"0.00000000","F":"0.00000000","g":-1,"C":"","x":"NEW","X":"NEW","r":"NONE","i":4293153,"l":"0.00000000","z":"0.00000000","L":"0.00000000","n":"0","N":null,"T":1499405658657,"t":-1,"v":3,"I":8641984,"w":true,"m":false,"M":false,"O":1499405658657,"Z":"0.00000000","Y":"0.00000000","Q":"0.00000000","W":1499405658657,"V":"NONE"}}""");

    // Futures listen-key streams deliver the event object itself.
    private static readonly byte[] OrderTradeUpdate = Encoding.UTF8.GetBytes(
        """{"e":"ORDER_TRADE_UPDATE","E":1568879465651,"T":1568879465650,"o":{"s":"BTCUSDT","c":"TEST","S":"SELL","o":"TRAILING_STOP_MARKET","f":"GTC","q":"0.001","p":"0","ap":"0","sp":"7103.04","x":"NEW","X":"NEW","i":8886774,"l":"0","z":"0","L":"0","N":"USDT","n":"0","T":1568879465650,"t":0,"b":"0","a":"9.91","m":false,"R":false,"wt":"CONTRACT_PRICE","ot":"TRAILING_STOP_MARKET","ps":"LONG","cp":false,"AP":"7476.89","cr":"5.0","pP":false,"si":0,"ss":0,"rp":"0","V":"EXPIRE_TAKER","pm":"OPPONENT","gtd":0}}""");

    [Benchmark]
    public long OrderResult() => Read(OrderResultFrame, SpotTradingJsonContext.Default.SpotOrderResult).OrderId;

    [Benchmark]
    public long OrderStatus() => Read(OrderStatusFrame, SpotTradingJsonContext.Default.SpotOrder).OrderId;

    [Benchmark]
    public long OrderCancel() => Read(OrderCancelFrame, SpotTradingJsonContext.Default.SpotCancelResult).Order!.OrderId;

    /// <summary>A spot push: the envelope pass (subscription id, event type) and the event.</summary>
    [Benchmark]
    public long ExecutionReport()
    {
        FrameHeader.TryRead(ExecutionReportPush, out FrameHeader header);
        var parsed = (ExecutionReportEvent)UserDataEventParser.Parse(ExecutionReportPush.AsSpan()[header.Event], header.EventType);
        return parsed.OrderId;
    }

    /// <summary>A futures listen-key event (its type is read by the stream before parsing; here it is given).</summary>
    [Benchmark]
    public long FuturesOrderTradeUpdate() =>
        ((FuturesOrderTradeUpdateEvent)UserDataEventParser.Parse(OrderTradeUpdate, "ORDER_TRADE_UPDATE")).Order.OrderId;

    private static T Read<T>(byte[] frame, JsonTypeInfo<T> type)
    {
        FrameHeader.TryRead(frame, out FrameHeader header);
        ReadOnlySpan<byte> span = frame;
        PackedRateLimits limits = header.ReadRateLimits(span);
        T? result = JsonSerializer.Deserialize(span[header.Result], type);
        return limits.Count > 0 ? result! : throw new InvalidOperationException("The sample frame lost its rate limits.");
    }

    private static byte[] Frame(string result) =>
        Encoding.UTF8.GetBytes($$"""{"id":{{SampleFrames.Id}},"status":200,"result":{{result}},"rateLimits":{{WeightLimit}}}""");
}
