using System.Collections.Concurrent;
using Binance.WsApi.Protocol;

namespace Binance.WsApi.Connection;

/// <summary>
/// One open WebSocket (its <see cref="WebSocketLink"/>) and everything of the WS API whose life is tied to it: the
/// serialized send path, the pending-request table, the routing of incoming frames, the deadline sweep and the logon state. When the socket ends, every request still
/// pending fails at once with its send state; the owning <see cref="WsApiConnection"/> then decides whether to
/// reconnect. A session is never reopened: a reconnect makes a new one.
/// </summary>
internal sealed partial class SocketSession : IFrameReceiver
{
    private readonly WsApiConnection _owner;
    private readonly ConnectionContext _context;
    private readonly WebSocketLink _link;
    private readonly PendingTable _pending = new();
    private readonly ConcurrentQueue<IPendingRequest> _sendQueue = new();
    private readonly ConcurrentQueue<CompletionBatch> _batchPool = new();
    private CompletionBatch? _completions; // the receive loop's batch being filled (only the receive loop touches it)
    private readonly RequestFrameWriter _writer = new();
    private readonly ITimer _sweeper;
    private readonly object _logonLock = new();
    private Task<SessionStatus>? _logonTask;
    private BinanceApiException? _logonFailure;
    private int _logonGeneration;
    private volatile bool _loggedOn;
    private volatile bool _draining;
    private int _closed;
    private int _sending;

    public SocketSession(WsApiConnection owner, ConnectionContext context, WebSocketLink link)
    {
        _owner = owner;
        _context = context;
        _link = link;
        TimeSpan sweep = TimeSpan.FromMilliseconds(Math.Clamp(context.Settings.RequestTimeout.TotalMilliseconds / 20, 5, 50));
        _sweeper = context.Time.CreateTimer(static s => ((SocketSession)s!).SweepDeadlines(), this, sweep, sweep);
        Completion = Task.Run(ReceiveAsync);
    }

    public DateTimeOffset ConnectedAt => _link.ConnectedAt;

    /// <summary>Completes when the session has ended and its pending requests have been failed.</summary>
    public Task Completion { get; }

    public bool IsClosed => Volatile.Read(ref _closed) != 0;

    /// <summary>Set after a <c>serverShutdown</c> rotation: no new requests, close once the pending ones are answered.</summary>
    public bool IsDraining => _draining;

    public bool IsLoggedOn => _loggedOn;

    public int PendingCount => _pending.Count;


    /// <summary>Stops taking requests, waits (bounded) for the pending ones, then closes normally.</summary>
    public async Task DrainAndCloseAsync()
    {
        _draining = true;
        // Wait as long as the longest deadline among the pending requests, so none is cut short.
        TimeSpan maxWait = _context.Settings.RequestTimeout;
        foreach (IPendingRequest p in _pending.Snapshot())
        {
            maxWait = p.Timeout > maxWait ? p.Timeout : maxWait;
        }

        long until = _context.Time.GetTimestamp() + (long)(maxWait.TotalSeconds * _context.Time.TimestampFrequency);
        while (!_pending.IsEmpty && !IsClosed && _context.Time.GetTimestamp() < until)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10), _context.Time).ConfigureAwait(false);
        }

        await CloseAsync("drained after serverShutdown").ConfigureAwait(false);
    }

    public async Task CloseAsync(string reason)
    {
        if (IsClosed)
        {
            return;
        }

        await _link.CloseAsync(reason, Completion).ConfigureAwait(false);
        Terminate(reason, null);
    }

    /// <summary>Ends the session: aborts the socket and fails every pending request with its send state.</summary>
    public void Terminate(string reason, Exception? cause)
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
        {
            return;
        }

        _sweeper.Dispose();
        _link.Abort();
        foreach (IPendingRequest p in _pending.Snapshot())
        {
            if (_pending.TryRemove(p))
            {
                RequestSendState state = p.SettleSendState();
                p.TryFail(WsApiErrors.ConnectionEnded(_owner.Endpoint, reason, p.Method, p.Id, state, cause));
            }
        }

        _owner.OnSessionEnded(this, reason, cause);
        _link.Dispose();
    }

    private void SweepDeadlines()
    {
        _link.Stream.FlushStale();
        _link.RescueStalledPublication();
        if (_pending.IsEmpty)
        {
            return;
        }

        long now = _context.Time.GetTimestamp();
        _pending.ForEach((Table: _pending, Now: now), static (state, p) =>
        {
            if (state.Now >= p.Deadline && state.Table.TryRemove(p))
            {
                p.TryFail(WsApiErrors.TimedOut(p.Timeout, p.Method, p.Id, p.Endpoint, p.SettleSendState()));
            }
        });
    }
}

/// <summary>The session ended or is draining before the request was written: retry on the current one.</summary>
internal sealed class SessionUnavailableException : Exception
{
    public SessionUnavailableException()
        : base("The session is no longer accepting requests.")
    {
    }
}
