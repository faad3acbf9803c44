using System.Collections.Concurrent;

namespace Binance.WsApi.Connection;

/// <summary>
/// The responses of one socket read, published together by one thread-pool work item. The receive loop reads every
/// response the socket has buffered, deciding each outcome (<see cref="PendingRequest.Read"/>), and hands the batch
/// over when the next read would wait — then the batch is published on the receive loop's thread right after that read
/// is registered (<see cref="ThenRun"/>): no work item at all — or, mid-burst, when the batch is full (one work item
/// for a full batch). At most one hop per batch instead of one per response: at a few dozen requests in flight that
/// hop (a work item queued, often a sleeping worker woken) was most of what the client cost above a raw socket loop.
/// The callers' continuations run one after another in the batch, never inside the receive loop (which resumes on
/// another thread when data comes in meanwhile), so a slow caller cannot stop the socket being read; the size cap
/// bounds how many other responses a slow (or blocking) caller can hold up.
/// </summary>
internal sealed class CompletionBatch : IThreadPoolWorkItem
{
    /// <summary>The most responses one work item publishes; a longer run of buffered responses is split.</summary>
    public const int Capacity = 16;

    private readonly PendingRequest[] _requests = new PendingRequest[Capacity];
    private readonly ConcurrentQueue<CompletionBatch> _pool;
    private int _count;

    private CompletionBatch(ConcurrentQueue<CompletionBatch> pool)
    {
        _pool = pool;
    }

    public bool IsFull => _count == Capacity;

    /// <summary>A batch from <paramref name="pool"/> (batches return to it once published), or a new one.</summary>
    public static CompletionBatch Rent(ConcurrentQueue<CompletionBatch> pool) =>
        pool.TryDequeue(out CompletionBatch? batch) ? batch : new CompletionBatch(pool);

    public void Add(PendingRequest request) => _requests[_count++] = request;

    /// <summary>Queues the batch's publication to the thread pool's global queue, for another worker.</summary>
    public void Dispatch() => ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);

    public void Execute()
    {
        int count = _count;
        for (int i = 0; i < count; i++)
        {
            PendingRequest request = _requests[i];
            _requests[i] = null!;
            try
            {
                request.Publish();
            }
            catch (Exception)
            {
                // A continuation that throws synchronously cannot stop the others being published (awaiters' exceptions
                // go to their own tasks; this is only a safety net).
            }
        }

        _count = 0;
        _pool.Enqueue(this);
    }
}
