using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Binance.WsApi.Protocol;

namespace Binance.WsApi.Benchmarks;

/// <summary>Routing an incoming frame (one reader pass) and reading its result into the typed model.</summary>
[MemoryDiagnoser]
public class ResponseRoutingBenchmarks
{
    private readonly byte[] _ping = Encoding.UTF8.GetBytes(
        """{"id":17,"status":200,"result":{},"rateLimits":[{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":6000,"count":1}]}""");

    private readonly byte[] _orderFull = Encoding.UTF8.GetBytes(
        """{"id":18,"status":200,"result":{"symbol":"BTCUSDT","orderId":12569099453,"orderListId":-1,"clientOrderId":"4d96324ff9d44481926157","transactTime":1660801715639,"price":"23416.10000000","origQty":"0.00847000","executedQty":"0.00847000","origQuoteOrderQty":"0.000000","cummulativeQuoteQty":"198.33521500","status":"FILLED","timeInForce":"GTC","type":"LIMIT","side":"SELL","workingTime":1660801715639,"selfTradePreventionMode":"NONE","fills":[{"price":"23416.10000000","qty":"0.00635000","commission":"0.000000","commissionAsset":"BNB","tradeId":1650422481},{"price":"23416.50000000","qty":"0.00212000","commission":"0.000000","commissionAsset":"BNB","tradeId":1650422482}]},"rateLimits":[{"rateLimitType":"ORDERS","interval":"SECOND","intervalNum":10,"limit":50,"count":1},{"rateLimitType":"REQUEST_WEIGHT","interval":"MINUTE","intervalNum":1,"limit":6000,"count":1}]}""");

    [Benchmark(Baseline = true)]
    public int RoutePing()
    {
        FrameHeader.TryRead(_ping, out FrameHeader header);
        return header.Status;
    }

    [Benchmark]
    public int RouteOrderFull()
    {
        FrameHeader.TryRead(_orderFull, out FrameHeader header);
        return header.Status;
    }

    [Benchmark]
    public long RouteAndReadOrderFull()
    {
        FrameHeader.TryRead(_orderFull, out FrameHeader header);
        SpotOrderResult? result = JsonSerializer.Deserialize(_orderFull.AsSpan()[header.Result], SpotTradingJsonContext.Default.SpotOrderResult);
        return result!.OrderId;
    }
}
