namespace Binance.WsApi.Emulator.Hosting;

/// <summary>
/// Log of received frames, bounded by entries and by characters, plus waiters that want to hear about a matching one.
/// A count alone did not bound memory: frames may be up to 4 MiB each (8 MB as a string), so 10,000 of them from a
/// fuzzer held gigabytes. The oldest entries go first; the newest is always kept, so one frame may exceed the budget.
/// </summary>
internal sealed class RequestLog(int capacity = RequestLog.DefaultCapacity, long maxChars = RequestLog.DefaultMaxChars)
{
    public const int DefaultCapacity = 10_000;

    public const long DefaultMaxChars = 16L * 1024 * 1024;

    private readonly Queue<ReceivedRequest> _entries = new();
    private long _chars;
    private readonly List<(Func<ReceivedRequest, bool> Predicate, TaskCompletionSource<ReceivedRequest> Completion)> _waiters = [];
    private readonly Lock _lock = new();

    public void Add(ReceivedRequest request)
    {
        List<TaskCompletionSource<ReceivedRequest>>? matched = null;
        lock (_lock)
        {
            _entries.Enqueue(request);
            _chars += request.Text.Length;
            while (_entries.Count > 1 && (_entries.Count > capacity || _chars > maxChars))
            {
                _chars -= _entries.Dequeue().Text.Length;
            }

            for (int i = _waiters.Count - 1; i >= 0; i--)
            {
                if (SafeMatch(_waiters[i].Predicate, request))
                {
                    (matched ??= []).Add(_waiters[i].Completion);
                    _waiters.RemoveAt(i);
                }
            }
        }

        // Completions run asynchronously (RunContinuationsAsynchronously), never on the receive loop.
        matched?.ForEach(tcs => tcs.TrySetResult(request));
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Characters of frame text held (the budget's measure).</summary>
    public long Chars
    {
        get
        {
            lock (_lock)
            {
                return _chars;
            }
        }
    }

    public IReadOnlyList<ReceivedRequest> Snapshot()
    {
        lock (_lock)
        {
            return _entries.ToArray();
        }
    }

    public async Task<ReceivedRequest> WaitAsync(Func<ReceivedRequest, bool> predicate, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var completion = new TaskCompletionSource<ReceivedRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
        var waiter = (predicate, completion);
        lock (_lock)
        {
            foreach (ReceivedRequest existing in _entries)
            {
                if (predicate(existing))
                {
                    return existing;
                }
            }

            _waiters.Add(waiter);
        }

        try
        {
            // The test harness's own deadline runs on the real clock, whatever the emulator clock does.
            return await completion.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            Remove(waiter);
            throw new TimeoutException($"No matching request was received within {timeout}.");
        }
        catch (OperationCanceledException)
        {
            Remove(waiter);
            throw;
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _entries.Clear();
            _chars = 0;
        }
    }

    private void Remove((Func<ReceivedRequest, bool>, TaskCompletionSource<ReceivedRequest>) waiter)
    {
        lock (_lock)
        {
            _waiters.Remove(waiter);
        }
    }

    private static bool SafeMatch(Func<ReceivedRequest, bool> predicate, ReceivedRequest request)
    {
        try
        {
            return predicate(request);
        }
        catch (Exception)
        {
            return false; // a throwing test predicate must not break the emulator's receive loop
        }
    }
}
