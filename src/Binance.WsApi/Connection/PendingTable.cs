using System.Collections.Concurrent;

namespace Binance.WsApi.Connection;

/// <summary>
/// The requests of one socket waiting for their responses, by id. Ids are handed out in sequence, so a request lives in
/// the slot its id names (<c>id mod Slots</c>): registering and removing it is one compare-and-swap, with no lock and no
/// node allocated per request (a <see cref="ConcurrentDictionary{TKey,TValue}"/> took a bucket lock and a 48-byte node).
/// A request whose slot is still taken (one older request outstanding <see cref="Slots"/> ids back, or more than that
/// many in flight) goes to an overflow dictionary; a lookup falls back to it only while it holds something.
/// </summary>
internal sealed class PendingTable
{
    /// <summary>Slots in the ring (a power of two): more than any sane number of requests in flight on one socket.</summary>
    public const int Slots = 1024;

    private readonly IPendingRequest?[] _slots = new IPendingRequest?[Slots];
    private readonly ConcurrentDictionary<long, IPendingRequest> _overflow = new();
    private int _count;
    private int _overflowCount;

    public int Count => Volatile.Read(ref _count);

    public bool IsEmpty => Count == 0;

    /// <summary>Registers a request under its id (ids are unique per connection, so never twice at once).</summary>
    public void Add(IPendingRequest request)
    {
        Interlocked.Increment(ref _count);
        ref IPendingRequest? slot = ref _slots[SlotOf(request.Id)];
        if (Interlocked.CompareExchange(ref slot, request, null) is not null)
        {
            Interlocked.Increment(ref _overflowCount);
            _overflow[request.Id] = request;
        }
    }

    /// <summary>Removes and returns the request with <paramref name="id"/>; false when none waits (answered, timed out, unknown).</summary>
    public bool TryRemove(long id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IPendingRequest? request)
    {
        ref IPendingRequest? slot = ref _slots[SlotOf(id)];
        IPendingRequest? found = Volatile.Read(ref slot);
        if (found is not null && found.Id == id && ReferenceEquals(Interlocked.CompareExchange(ref slot, null, found), found))
        {
            Interlocked.Decrement(ref _count);
            request = found;
            return true;
        }

        if (Volatile.Read(ref _overflowCount) > 0 && _overflow.TryRemove(id, out request))
        {
            Interlocked.Decrement(ref _overflowCount);
            Interlocked.Decrement(ref _count);
            return true;
        }

        request = null;
        return false;
    }

    /// <summary>Removes exactly this request if it still waits: whoever removes it decides its outcome, once.</summary>
    public bool TryRemove(IPendingRequest request)
    {
        ref IPendingRequest? slot = ref _slots[SlotOf(request.Id)];
        if (ReferenceEquals(Interlocked.CompareExchange(ref slot, null, request), request))
        {
            Interlocked.Decrement(ref _count);
            return true;
        }

        if (Volatile.Read(ref _overflowCount) > 0 && _overflow.TryRemove(new KeyValuePair<long, IPendingRequest>(request.Id, request)))
        {
            Interlocked.Decrement(ref _overflowCount);
            Interlocked.Decrement(ref _count);
            return true;
        }

        return false;
    }

    /// <summary>
    /// The requests waiting now (a snapshot, for sweeps and the drain; a request added or removed meanwhile may or may
    /// not be in it: callers remove with <see cref="TryRemove(IPendingRequest)"/>, which settles who owns it).
    /// </summary>
    public List<IPendingRequest> Snapshot()
    {
        var waiting = new List<IPendingRequest>(Math.Max(Count, 0));
        foreach (IPendingRequest? request in _slots)
        {
            if (request is not null)
            {
                waiting.Add(request);
            }
        }

        if (Volatile.Read(ref _overflowCount) > 0)
        {
            waiting.AddRange(_overflow.Values);
        }

        return waiting;
    }

    /// <summary>Calls <paramref name="visit"/> for each waiting request, allocating nothing (the deadline sweep).</summary>
    public void ForEach<TState>(TState state, Action<TState, IPendingRequest> visit)
    {
        IPendingRequest?[] slots = _slots;
        for (int i = 0; i < slots.Length; i++)
        {
            if (Volatile.Read(ref slots[i]) is { } request)
            {
                visit(state, request);
            }
        }

        if (Volatile.Read(ref _overflowCount) > 0)
        {
            foreach (KeyValuePair<long, IPendingRequest> entry in _overflow)
            {
                visit(state, entry.Value);
            }
        }
    }

    private static int SlotOf(long id) => (int)(id & (Slots - 1));
}
