using System.Collections.Concurrent;
using BenchmarkDotNet.Attributes;
using Binance.WsApi.Connection;
using Binance.WsApi.Protocol;

namespace Binance.WsApi.Benchmarks.Micro;

/// <summary>
/// Pending-table churn: one request registered and answered, without a socket. <c>SocketSession</c> cannot be built
/// without a connected <c>ClientWebSocket</c> and its owner, so this replays its steps on the same types:
/// a <see cref="PendingRequest{T}"/> as <c>WsApiConnection.SendAsync</c> creates it, the deadline, the entry in the
/// socket's <see cref="PendingTable"/> and the pass through the send queue as <c>SocketSession.TrySend</c> does, then
/// the receive side of <c>HandleFrame</c>: route, remove by id, read and publish (rate limits, result,
/// <see cref="WsApiResponse{T}"/>, task completion).
/// Not covered: the frame writing (see <see cref="FrameWriterBenchmarks"/>), the socket, and the caller's await.
/// <see cref="InFlight"/> other requests sit in the table throughout, as under load.
/// </summary>
[MemoryDiagnoser]
public class PendingTableBenchmarks
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    private readonly PendingTable _pending = new();
    private readonly ConcurrentQueue<IPendingRequest> _sendQueue = new();
    private readonly TimeProvider _time = TimeProvider.System;
    private readonly WsApiParameters _order = SampleOrder.Parameters();
    private CancellationTokenSource _cancellation = new();

    /// <summary>How many other requests wait in the table (their ids never collide with the sample frames' id).</summary>
    [Params(0, 128)]
    public int InFlight { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _cancellation = new CancellationTokenSource();
        // The order the sample reply answers was written first, as in a real round trip.
        SampleOrder.WriteAnsweredOrder();
        for (int i = 0; i < InFlight; i++)
        {
            long id = SampleFrames.Id + 1 + i; // the ids after the sample's: each in a slot of its own, none in the sample's
            _pending.Add(new PendingRequest<EmptyResult>(id, "ping", WsApiEndpoint.Spot, Timeout, WsApiJsonContext.Default.EmptyResult));
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _cancellation.Dispose();

    [Benchmark(Baseline = true)]
    public int Ping()
    {
        var request = new PendingRequest<EmptyResult>(SampleFrames.Id, "ping", WsApiEndpoint.Spot, Timeout, WsApiJsonContext.Default.EmptyResult);
        Register(request, null, RequestAuth.None, CancellationToken.None);
        Answer(SampleFrames.Ping);
        return request.Task.Result.Status;
    }

    /// <summary>The same with a cancellable token: the registration on it, and its disposal on completion.</summary>
    [Benchmark]
    public int PingCancellable()
    {
        var request = new PendingRequest<EmptyResult>(SampleFrames.Id, "ping", WsApiEndpoint.Spot, Timeout, WsApiJsonContext.Default.EmptyResult);
        Register(request, null, RequestAuth.None, _cancellation.Token);
        Answer(SampleFrames.Ping);
        return request.Task.Result.Status;
    }

    [Benchmark]
    public long OrderPlaceAck()
    {
        var request = new PendingRequest<SpotOrderResult>(SampleFrames.Id, "order.place", WsApiEndpoint.Spot, Timeout,
            SpotTradingJsonContext.Default.SpotOrderResult)
        {
            ClientOrderId = SampleOrder.AnsweredClientOrderId,
        };
        Register(request, _order, RequestAuth.Signed, CancellationToken.None);
        Answer(SampleFrames.OrderAck);
        return request.Task.Result.Result.OrderId;
    }

    private void Register(IPendingRequest request, WsApiParameters? parameters, RequestAuth auth, CancellationToken cancellationToken)
    {
        request.Deadline = _time.GetTimestamp() + (long)(request.Timeout.TotalSeconds * _time.TimestampFrequency);
        _pending.Add(request);

        // The session fences here before it re-reads its closed flag (a registration racing the socket's end).
        Interlocked.MemoryBarrier();
        request.Parameters = parameters;
        request.Auth = auth;
        if (cancellationToken.CanBeCanceled)
        {
            // The session's hook: removes the request from the table first; never run here, only registered.
            request.CancelWith(_pending, cancellationToken);
        }

        _sendQueue.Enqueue(request);
        _sendQueue.TryDequeue(out IPendingRequest? queued);
        if (queued!.IsCompleted)
        {
            throw new InvalidOperationException("A request completed while queued.");
        }

        // Where the frame would be written; the shared sample set is not pooled, so Recycle leaves it as it is.
        queued.Parameters?.Recycle();
        queued.Parameters = null;
        if (!queued.TryMarkSent())
        {
            throw new InvalidOperationException("A request was settled before it was sent.");
        }
    }

    private void Answer(byte[] frame)
    {
        FrameHeader.TryRead(frame, out FrameHeader header);
        if (!header.IdIsNumber || !_pending.TryRemove(header.NumericId, out IPendingRequest? pending))
        {
            throw new InvalidOperationException("The sample frame did not find its request.");
        }

        pending.Read(frame, header);
        pending.Publish();
    }
}
