using System.Threading.Channels;
using Binance.WsApi.UserData;

namespace Binance.WsApi.AccountState;

/// <summary>
/// What a tracker lets through, shared by the spot and futures trackers: the transitions their readers take (each
/// exactly once, after the book's duplicate check), how many came from the stream and how many were synthesized, and
/// the repaired gaps, each told to the tracker's <c>Reconciled</c> handlers.
/// </summary>
internal sealed class TransitionFeed
{
    private readonly Channel<OrderTransition> _transitions = Channel.CreateUnbounded<OrderTransition>(new UnboundedChannelOptions { SingleWriter = true });
    private long _reconciliations;
    private long _synthesized;
    private long _streamed;

    public long Reconciliations => Interlocked.Read(ref _reconciliations);

    public long Synthesized => Interlocked.Read(ref _synthesized);

    public long Streamed => Interlocked.Read(ref _streamed);

    /// <summary>Hands a transition the book has just recorded (a new one) to the readers.</summary>
    public void Publish(OrderTransition transition)
    {
        Interlocked.Increment(ref transition.IsSynthesized ? ref _synthesized : ref _streamed);
        _transitions.Writer.TryWrite(transition);
    }

    public IAsyncEnumerable<OrderTransition> ReadAllAsync(CancellationToken cancellationToken) =>
        _transitions.Reader.ReadAllAsync(cancellationToken);

    /// <summary>Ends the readers' enumerations (the tracker is disposed).</summary>
    public void Complete() => _transitions.Writer.TryComplete();

    /// <summary>
    /// Repairs a gap through the one retry loop (the client's reconnect backoff) until <paramref name="repairOnce"/>
    /// succeeds or the tracker ends, counts it, and raises the tracker's event; a handler that throws is reported to
    /// the client's error handlers, never to the tracker's loop.
    /// </summary>
    public async Task RepairAsync(string trackerName, WsApiEndpoint endpoint, UserDataHub hub, ReconnectPolicy retry, TimeProvider time,
        Func<CancellationToken, Task<(int Synthesized, int Scope)>> repairOnce, Action<AccountReconciledEventArgs> raise,
        CancellationToken lifetime)
    {
        (int synthesized, int scope) = (0, 0);
        await Connection.Backoff.RetryAsync(retry, time, TimeSpan.Zero, maxAttempts: null,
            async (_, token) => (synthesized, scope) = await repairOnce(token).ConfigureAwait(false),
            (attempt, ex) => hub.Observer.OnError(endpoint, $"{trackerName}: repairing the account state after a user data gap failed (attempt {attempt}): {ex.Message}", ex),
            lifetime).ConfigureAwait(false);
        Interlocked.Increment(ref _reconciliations);
        try
        {
            raise(new AccountReconciledEventArgs(endpoint, synthesized, scope));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            hub.Observer.OnError(endpoint, $"A Reconciled handler of the {trackerName} threw: {ex.Message}", ex);
        }
    }
}
