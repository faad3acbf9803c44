using System.Threading.Channels;
using Binance.WsApi.UserData;

namespace Binance.WsApi.AccountState;

/// <summary>
/// The inbox of an account-state tracker (spot or futures) and its one reader. What the user data layer and the client
/// hand the tracker is posted in the order it happened, never blocking the poster; the loop seeds the state first,
/// holds events from a gap until its repair, then releases them in arrival order through the same de-duplication.
/// </summary>
internal sealed class TrackerInbox
{
    private readonly Channel<object> _items = Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true });
    private readonly List<(long Sequence, UserDataEvent Event)> _held = [];
    private long _sequence;
    private bool _holding = true; // until the seed: every event that came before it is history

    /// <summary>The number of the last event posted (events are numbered from 1 in arrival order).</summary>
    public long Sequence => Interlocked.Read(ref _sequence);

    /// <summary>Posts a tracker-specific item; the loop hands it to <see cref="ITrackedAccount.OnItem"/>.</summary>
    public void Post(object item) => _items.Writer.TryWrite(item);

    public void PostEvent(UserDataEvent userDataEvent) => _items.Writer.TryWrite(new StreamEvent(Interlocked.Increment(ref _sequence), userDataEvent));

    /// <summary>Events may have been lost on <paramref name="endpoint"/>: hold the next ones until the repair.</summary>
    public void PostGap(WsApiEndpoint endpoint) => _items.Writer.TryWrite(new GapOpened(endpoint));

    public void PostResubscribed(UserDataStreamResubscribedEventArgs args) => _items.Writer.TryWrite(args);

    public void Complete() => _items.Writer.TryComplete();

    /// <summary>Has the loop seed the state (after the events posted so far), and waits for it.</summary>
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var seeded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Post(new SeedRequest(seeded, cancellationToken));
        await seeded.Task.ConfigureAwait(false);
    }

    /// <summary>The tracker's loop, until <paramref name="lifetime"/> ends or a seed fails.</summary>
    public async Task RunAsync(ITrackedAccount account, WsApiEndpoint endpoint, CancellationToken lifetime)
    {
        await Task.Yield();
        await foreach (object item in _items.Reader.ReadAllAsync(lifetime).ConfigureAwait(false))
        {
            switch (item)
            {
                case SeedRequest seed:
                    try
                    {
                        using var linked = CancellationTokenSource.CreateLinkedTokenSource(lifetime, seed.CancellationToken);
                        await account.SeedAsync(linked.Token).ConfigureAwait(false);
                        Release(account);
                        seed.Done.TrySetResult();
                    }
                    catch (Exception ex)
                    {
                        seed.Done.TrySetException(ex);
                        return;
                    }

                    break;
                case GapOpened gap when gap.Endpoint == endpoint:
                    _holding = true;
                    break;
                case UserDataStreamResubscribedEventArgs resubscribed when resubscribed.Endpoint == endpoint:
                    await account.RepairAsync(lifetime).ConfigureAwait(false);
                    Release(account);
                    break;
                case StreamEvent e:
                    if (!account.Accepts(e.Event))
                    {
                        break;
                    }

                    if (_holding)
                    {
                        _held.Add((e.Sequence, e.Event));
                    }
                    else
                    {
                        account.Apply(e.Sequence, e.Event);
                    }

                    break;
                default:
                    account.OnItem(item);
                    break;
            }
        }
    }

    /// <summary>The gap is repaired: what arrived meanwhile goes through the same de-duplication, in arrival order.</summary>
    private void Release(ITrackedAccount account)
    {
        _holding = false;
        foreach ((long sequence, UserDataEvent e) in _held)
        {
            account.Apply(sequence, e);
        }

        _held.Clear();
    }

    private sealed record SeedRequest(TaskCompletionSource Done, CancellationToken CancellationToken);

    private sealed record GapOpened(WsApiEndpoint Endpoint);

    private sealed record StreamEvent(long Sequence, UserDataEvent Event);
}

/// <summary>What a tracker does for <see cref="TrackerInbox.RunAsync"/>, always on the inbox's loop.</summary>
internal interface ITrackedAccount
{
    /// <summary>Loads the start snapshot.</summary>
    Task SeedAsync(CancellationToken cancellationToken);

    /// <summary>Repairs a gap (after the stream was resubscribed).</summary>
    Task RepairAsync(CancellationToken lifetime);

    /// <summary>False for an event that belongs to someone else (another subscription sharing the endpoint).</summary>
    bool Accepts(UserDataEvent userDataEvent);

    void Apply(long sequence, UserDataEvent userDataEvent);

    /// <summary>Any other item the tracker posted itself.</summary>
    void OnItem(object item);
}
