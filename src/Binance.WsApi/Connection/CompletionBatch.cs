using System.Collections.Concurrent;

namespace Binance.WsApi.Connection;

/// <summary>
/// The responses of one socket read, published together by one thread-pool work item. The receive loop reads every
/// response the socket has buffered, deciding each outcome (<see cref="IPendingRequest.Read"/>), and hands the batch
/// over when the next read would wait — then the batch is published on the receive loop's thread right after that read
/// is registered (<see cref="ThenRun"/>), or before it is issued when no other request awaits its answer
/// (<see cref="IFrameReceiver.OnNothingMoreExpected"/>): no work item at all — or, mid-burst, when the batch is full (one work item
/// for a full batch). At most one hop per batch instead of one per response: at a few dozen requests in flight that
/// hop (a work item queued, often a sleeping worker woken) was most of what the client cost above a raw socket loop.
/// The callers' continuations run one after another in the batch, never inside the receive loop (which resumes on
/// another thread when data comes in meanwhile), so a slow caller cannot stop the socket being read; the size cap
/// bounds how many other responses a slow (or blocking) caller can hold up. While a batch publishes, the thread corks
/// the socket's stream (<see cref="CoalescingSocketStream"/>): the next requests its callers send from their
/// continuations leave in one write when the batch ends, one system call and one TCP segment for the lot.
/// </summary>
internal sealed class CompletionBatch : IThreadPoolWorkItem, IPublication
{
    /// <summary>The most responses one work item publishes; a longer run of buffered responses is split.</summary>
    public const int Capacity = 16;

    /// <summary>
    /// How long the frames of a batch's earlier callers may wait for the later ones to finish: past it (slow callers)
    /// they are sent before the next caller runs. 100 µs, a few times what sixteen quick callers take together.
    /// </summary>
    private static readonly long GatherLimit = System.Diagnostics.Stopwatch.Frequency / 10_000;

    private readonly IPendingRequest[] _requests = new IPendingRequest[Capacity];
    private readonly ConcurrentQueue<CompletionBatch> _pool;
    private readonly CoalescingSocketStream _stream; // the session's: its callers' frames are gathered there
    private int _count;

    private CompletionBatch(ConcurrentQueue<CompletionBatch> pool, CoalescingSocketStream stream)
    {
        _pool = pool;
        _stream = stream;
    }

    public bool IsFull => _count == Capacity;

    /// <summary>A batch from <paramref name="pool"/> (batches return to it once published), or a new one.</summary>
    public static CompletionBatch Rent(ConcurrentQueue<CompletionBatch> pool, CoalescingSocketStream stream) =>
        pool.TryDequeue(out CompletionBatch? batch) ? batch : new CompletionBatch(pool, stream);

    public void Add(IPendingRequest request) => _requests[_count++] = request;

    /// <summary>Queues the batch's publication to the thread pool's global queue, for another worker.</summary>
    public void Dispatch() => ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);

    public void Execute() => Publish();

    /// <summary>Publishes the batch; returns the ticks its callers took, before the frames they wrote are sent.</summary>
    public long Publish()
    {
        // The pool is the session's, so is the stream: a batch is never published while being refilled.
        CoalescingSocketStream stream = _stream;
        bool corked = stream.Cork();
        long started = System.Diagnostics.Stopwatch.GetTimestamp();
        long took = 0;
        try
        {
            PublishAll(corked ? stream : null);
            took = System.Diagnostics.Stopwatch.GetTimestamp() - started;
        }
        finally
        {
            if (corked)
            {
                stream.Uncork();
            }
        }

        return took;
    }

    private void PublishAll(CoalescingSocketStream? corked)
    {
        int count = _count;
        for (int i = 0; i < count; i++)
        {
            IPendingRequest request = _requests[i];
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

            if (corked is not null && corked.GatheredLongerThan(GatherLimit))
            {
                // The callers so far took long: what they sent leaves now rather than after the rest of the batch.
                corked.Uncork();
                corked.Cork();
            }
        }

        _count = 0;
        _pool.Enqueue(this);
    }
}
