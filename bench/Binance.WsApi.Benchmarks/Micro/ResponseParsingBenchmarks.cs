using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using Binance.WsApi.Protocol;

namespace Binance.WsApi.Benchmarks.Micro;

/// <summary>
/// Routing a response and reading it into the client's models, as <c>PendingRequest&lt;T&gt;.Complete</c> does: the
/// envelope pass (which reads a compact <c>rateLimits</c> array at the end of the frame itself, see
/// <see cref="FrameHeader.ReadRateLimits"/>), and the result through the same
/// source-generated metadata the client's methods pass (an empty <c>{}</c> result is not parsed at all). The
/// <see cref="WsApiResponse{T}"/> and the task completion are left to <see cref="PendingTableBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
public class ResponseParsingBenchmarks
{
    /// <summary>The order the sample replies answer was sent first, as in a real round trip.</summary>
    [GlobalSetup]
    public void Setup() => SampleOrder.WriteAnsweredOrder();

    /// <summary><c>ping</c>: the client skips parsing <c>{}</c> and hands out the shared <see cref="EmptyResult"/>.</summary>
    [Benchmark(Baseline = true)]
    public int Ping()
    {
        FrameHeader.TryRead(SampleFrames.Ping, out FrameHeader header);
        PackedRateLimits limits = header.ReadRateLimits(SampleFrames.Ping);
        EmptyResult result = EmptyResult.Instance;
        return limits.Count + (result is null ? 0 : 1);
    }

    /// <summary>What the <c>{}</c> skip saves: the same frame with its result read through the serializer.</summary>
    [Benchmark]
    public int PingParsingEmptyResult() => Read(SampleFrames.Ping, WsApiJsonContext.Default.EmptyResult) is null ? 0 : 1;

    [Benchmark]
    public long OrderAck() => Read(SampleFrames.OrderAck, SpotTradingJsonContext.Default.SpotOrderResult).OrderId;

    [Benchmark]
    public long OrderFull() => Read(SampleFrames.OrderFull, SpotTradingJsonContext.Default.SpotOrderResult).OrderId;

    [Benchmark]
    public int Depth100() => Read(SampleFrames.Depth100, SpotMarketDataJsonContext.Default.SpotOrderBook).Bids.Count;

    [Benchmark]
    public int AccountStatus() => Read(SampleFrames.AccountStatus, SpotAccountJsonContext.Default.SpotAccountInformation).Balances.Count;

    /// <summary>The hand-written <c>rateLimits</c> reader alone, packed as a response keeps them, one entry (most methods).</summary>
    [Benchmark]
    public int RateLimitsOne() => RateLimitsReader.ReadPacked(SampleFrames.RateLimitsOne).Count;

    /// <summary>The same with three entries (an order placement: two ORDERS limits and the weight).</summary>
    [Benchmark]
    public int RateLimitsThree() => RateLimitsReader.ReadPacked(SampleFrames.RateLimitsThree).Count;

    /// <summary>Three entries read as <see cref="RateLimit"/> objects: what reading a response's <c>RateLimits</c> costs.</summary>
    [Benchmark]
    public int RateLimitsThreeAsObjects() => RateLimitsReader.Read(SampleFrames.RateLimitsThree).Length;

    private static T Read<T>(byte[] frame, JsonTypeInfo<T> type)
    {
        FrameHeader.TryRead(frame, out FrameHeader header);
        ReadOnlySpan<byte> span = frame;
        PackedRateLimits limits = header.ReadRateLimits(span);
        T? result = JsonSerializer.Deserialize(span[header.Result], type);
        return limits.Count > 0 ? result! : throw new InvalidOperationException("The sample frame lost its rate limits.");
    }
}
