using Binance.WsApi.Connection;
using Binance.WsApi.Protocol;

namespace Binance.WsApi.Tests.Connection;

/// <summary>
/// The socket's table of waiting requests: found by id in its slot, in the overflow when its slot is still taken by an
/// older request, removed exactly once whoever races for it, and fully visible to the sweeps.
/// </summary>
public class PendingTableTests
{
    private static PendingRequest<EmptyResult> Request(long id) =>
        new(id, "ping", WsApiEndpoint.Spot, TimeSpan.FromSeconds(5), WsApiJsonContext.Default.EmptyResult);

    [Fact]
    public void A_request_is_found_by_its_id_once_and_then_no_more()
    {
        var table = new PendingTable();
        PendingRequest<EmptyResult> request = Request(7);
        table.Add(request);

        Assert.Equal(1, table.Count);
        Assert.False(table.TryRemove(7 + PendingTable.Slots, out _)); // same slot, another id
        Assert.True(table.TryRemove(7, out IPendingRequest? found));
        Assert.Same(request, found);
        Assert.False(table.TryRemove(7, out _));
        Assert.False(table.TryRemove(request));
        Assert.True(table.IsEmpty);
    }

    [Fact]
    public void A_request_whose_slot_is_taken_by_an_older_one_waits_in_the_overflow_and_both_are_found()
    {
        var table = new PendingTable();
        PendingRequest<EmptyResult> older = Request(3);
        PendingRequest<EmptyResult> newer = Request(3 + PendingTable.Slots);
        PendingRequest<EmptyResult> newest = Request(3 + (2 * PendingTable.Slots));
        table.Add(older);
        table.Add(newer);
        table.Add(newest);

        Assert.Equal(3, table.Count);
        Assert.Equal(new long[] { older.Id, newer.Id, newest.Id }, table.Snapshot().Select(r => r.Id).Order());
        Assert.True(table.TryRemove(newer.Id, out IPendingRequest? found));
        Assert.Same(newer, found);
        Assert.True(table.TryRemove(older));
        Assert.False(table.TryRemove(older.Id, out _));
        Assert.True(table.TryRemove(newest));
        Assert.True(table.IsEmpty);
    }

    [Fact]
    public void More_requests_than_slots_in_flight_are_all_kept_and_all_found()
    {
        var table = new PendingTable();
        const int InFlight = (PendingTable.Slots * 3) + 17;
        PendingRequest<EmptyResult>[] requests = [.. Enumerable.Range(1, InFlight).Select(i => Request(i))];
        foreach (PendingRequest<EmptyResult> r in requests)
        {
            table.Add(r);
        }

        Assert.Equal(InFlight, table.Count);
        int visited = 0;
        table.ForEach(0, (_, _) => visited++);
        Assert.Equal(InFlight, visited);
        foreach (PendingRequest<EmptyResult> r in requests.Reverse())
        {
            Assert.True(table.TryRemove(r.Id, out IPendingRequest? found));
            Assert.Same(r, found);
        }

        Assert.True(table.IsEmpty);
        Assert.Empty(table.Snapshot());
    }

    [Fact]
    public async Task Racing_removers_of_the_same_requests_each_win_exactly_once()
    {
        var table = new PendingTable();
        const int Total = 20_000;
        PendingRequest<EmptyResult>[] requests = [.. Enumerable.Range(1, Total).Select(i => Request(i))];
        int wins = 0;
        // A response (by id), a timeout sweep and a cancellation (by reference) race for every request, while new ones
        // keep being registered on another thread.
        Task adder = Task.Run(() =>
        {
            foreach (PendingRequest<EmptyResult> r in requests)
            {
                table.Add(r);
            }
        });
        Task byId = Task.Run(() =>
        {
            for (int i = 0; i < Total; i++)
            {
                if (table.TryRemove(requests[i].Id, out _))
                {
                    Interlocked.Increment(ref wins);
                }
            }
        });
        Task byReference = Task.Run(() =>
        {
            for (int i = Total - 1; i >= 0; i--)
            {
                if (table.TryRemove(requests[i]))
                {
                    Interlocked.Increment(ref wins);
                }
            }
        });
        await Task.WhenAll(adder, byId, byReference).WaitAsync(TimeSpan.FromSeconds(30));
        // Whatever is left is removed now; every request was removed exactly once in all.
        foreach (PendingRequest<EmptyResult> r in requests)
        {
            if (table.TryRemove(r))
            {
                wins++;
            }
        }

        Assert.Equal(Total, wins);
        Assert.True(table.IsEmpty);
    }
}
