using BenchmarkDotNet.Attributes;
using Binance.WsApi.Protocol;

namespace Binance.WsApi.Benchmarks.Micro;

/// <summary>
/// Routing an incoming frame by its envelope (<see cref="FrameHeader.TryRead"/>, one reader pass): what the receive
/// loop pays before it knows which pending request a frame answers. No model is built here; see
/// <see cref="ResponseParsingBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
public class ResponseRoutingBenchmarks
{
    [Benchmark(Baseline = true)]
    public int Ping() => Route(SampleFrames.Ping);

    [Benchmark]
    public int OrderAck() => Route(SampleFrames.OrderAck);

    [Benchmark]
    public int OrderFull() => Route(SampleFrames.OrderFull);

    [Benchmark]
    public int Depth100() => Route(SampleFrames.Depth100);

    [Benchmark]
    public int AccountStatus() => Route(SampleFrames.AccountStatus);

    private static int Route(byte[] frame)
    {
        FrameHeader.TryRead(frame, out FrameHeader header);
        return header.Status;
    }
}
