using System.Net.WebSockets;
using System.Threading.Channels;
using Binance.WsApi.Emulator.Accounts;
using Binance.WsApi.Emulator.Hosting;
using Binance.WsApi.Emulator.Matching.Futures;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.UserData;

/// <summary>
/// Futures user data stream connections (docs/protocol.md §6.1): each follows one listen key, so one account on one market,
/// and receives that account's events unwrapped. Engines publish under their own lock, so this only enqueues into
/// the follower's outbox, whose pump sends; the lock here is never held while taking an engine's lock. A follower is
/// registered before the handshake is answered, so nothing that happens once the client sees the socket is missed.
/// </summary>
internal sealed class FuturesStreamHub(TimeProvider time, ListenKeyStore keys) : IFuturesEventSink
{
    private readonly Lock _lock = new();
    private readonly List<Follower> _followers = [];

    /// <summary>One expiry timer per followed key (emulator clock); it re-arms itself when start/ping extended the key.</summary>
    private readonly Dictionary<string, ITimer> _expiryTimers = new(StringComparer.Ordinal);

    private long NowMs => time.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>
    /// Starts following <paramref name="listenKey"/> before the WebSocket is accepted: events queue until
    /// <see cref="Follower.Attach"/> hands over the connection. Always pair with <see cref="Remove"/>. In the combined-stream
    /// form (<c>/stream?streams=</c>) every frame is wrapped as <c>{"stream":key,"data":event}</c>.
    /// </summary>
    public Follower Reserve(MarketKind market, Account account, string listenKey, bool combined = false)
    {
        lock (_lock)
        {
            var follower = new Follower(market, account, listenKey, combined);
            _followers.Add(follower);
            if (!_expiryTimers.ContainsKey(listenKey))
            {
                Arm(listenKey);
            }

            return follower;
        }
    }

    /// <summary>Fault: every key expires now; each stream connection gets listenKeyExpired and is closed. Returns how many connections.</summary>
    public int ExpireAll()
    {
        long now = NowMs;
        keys.ExpireAll(now);
        return EndWhere(_ => true, now);
    }

    /// <summary>Schedules the expiry check for the key (caller holds the lock).</summary>
    private void Arm(string listenKey)
    {
        long now = NowMs;
        long due = keys.ExpiresMs(listenKey, now) is { } expires ? expires - now : 0;
        _expiryTimers[listenKey] = time.CreateTimer(_ => CheckExpiry(listenKey), null, TimeSpan.FromMilliseconds(due), Timeout.InfiniteTimeSpan);
    }

    private void CheckExpiry(string listenKey)
    {
        lock (_lock)
        {
            if (!_expiryTimers.Remove(listenKey, out ITimer? timer))
            {
                return; // already ended (stopped, or a fault)
            }

            timer.Dispose();
            if (keys.ExpiresMs(listenKey, NowMs) is not null)
            {
                Arm(listenKey); // extended by start/ping meanwhile: wait for the new expiry
                return;
            }
        }

        EndKey(listenKey, NowMs);
    }

    /// <summary>The connection ended (or was never accepted): stop its pump (nobody is listening).</summary>
    /// <summary>Stream connections (or handshakes in progress) and armed expiry timers; both drop to zero once all end.</summary>
    public (int Followers, int Timers) Counts
    {
        get
        {
            lock (_lock)
            {
                return (_followers.Count, _expiryTimers.Count);
            }
        }
    }

    public void Remove(Follower follower)
    {
        lock (_lock)
        {
            follower.Abandon();
            if (_followers.Remove(follower)
                && !_followers.Exists(f => f.ListenKey == follower.ListenKey) && _expiryTimers.Remove(follower.ListenKey, out ITimer? timer))
            {
                timer.Dispose(); // nobody follows the key any more
            }
        }
    }

    /// <summary>True when some stream connection follows this account on this market (lets engines skip serialising).</summary>
    public bool IsFollowed(MarketKind market, Account account)
    {
        lock (_lock)
        {
            return _followers.Exists(f => f.Market == market && f.Account == account);
        }
    }

    /// <summary>Queues one event object (raw JSON, unwrapped) on every stream connection of the account. Returns how many.</summary>
    public int Push(MarketKind market, Account account, byte[] eventJson)
    {
        lock (_lock)
        {
            int count = 0;
            foreach (Follower follower in _followers)
            {
                if (follower.Market == market && follower.Account == account)
                {
                    follower.Enqueue(eventJson);
                    count++;
                }
            }

            return count;
        }
    }

    /// <summary>Engine events → unwrapped frames on every stream connection of the event's account, in the engine's order.</summary>
    public void Publish(MarketKind market, IReadOnlyList<FuturesEvent> batch)
    {
        long now = time.GetUtcNow().ToUnixTimeMilliseconds();
        lock (_lock)
        {
            foreach (FuturesEvent futuresEvent in batch)
            {
                var targets = _followers.Where(f => f.Market == market && f.Account == futuresEvent.Account).ToList();
                if (targets.Count == 0)
                {
                    continue;
                }

                foreach (byte[] frame in FuturesEventWriter.Frames(futuresEvent, now))
                {
                    foreach (Follower follower in targets)
                    {
                        follower.Enqueue(frame);
                    }
                }
            }
        }
    }

    /// <summary>How many stream connections follow the key.</summary>
    public int CountFollowing(string listenKey)
    {
        lock (_lock)
        {
            return _followers.Count(f => f.ListenKey == listenKey);
        }
    }

    /// <summary>
    /// The key expired or was stopped: push <c>listenKeyExpired</c> on its connections, then close them (1000) once
    /// the event is sent. Returns how many connections were ended.
    /// </summary>
    public int EndKey(string listenKey, long nowMs) => EndWhere(f => f.ListenKey == listenKey, nowMs);

    private int EndWhere(Func<Follower, bool> predicate, long nowMs)
    {
        List<Follower> ending;
        lock (_lock)
        {
            ending = _followers.Where(predicate).ToList();
            foreach (string key in ending.Select(f => f.ListenKey).Distinct())
            {
                if (_expiryTimers.Remove(key, out ITimer? timer))
                {
                    timer.Dispose();
                }
            }

            foreach (Follower follower in ending)
            {
                _followers.Remove(follower);
                follower.Enqueue(FuturesEventWriter.ListenKeyExpired(follower.ListenKey, nowMs));
                follower.Complete();
            }
        }

        foreach (Follower follower in ending)
        {
            // Close only after the pump has sent what was queued (the expiry event last), so the client sees it.
            _ = follower.CloseWhenSentAsync();
        }

        return ending.Count;
    }

    /// <summary>One stream connection's subscription to a key: an outbox drained by one pump once the connection is attached.</summary>
    internal sealed class Follower
    {
        private readonly Channel<byte[]> _outbox = Channel.CreateUnbounded<byte[]>(new UnboundedChannelOptions { SingleReader = true });
        private readonly TaskCompletionSource<ClientConnection> _connection = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly Task _pump;

        private readonly byte[]? _wrapPrefix;

        public Follower(MarketKind market, Account account, string listenKey, bool combined)
        {
            Market = market;
            Account = account;
            ListenKey = listenKey;
            // Keys are alphanumeric (checked at the handshake), so the prefix needs no escaping.
            _wrapPrefix = combined ? System.Text.Encoding.UTF8.GetBytes($"{{\"stream\":\"{listenKey}\",\"data\":") : null;
            _pump = Task.Run(PumpAsync);
        }

        public MarketKind Market { get; }

        public Account Account { get; }

        public string ListenKey { get; }

        /// <summary>The WebSocket is accepted: start sending what has queued.</summary>
        public void Attach(ClientConnection connection) => _connection.TrySetResult(connection);

        public void Enqueue(byte[] frame) => _outbox.Writer.TryWrite(_wrapPrefix is null ? frame : [.. _wrapPrefix, .. frame, (byte)'}']);

        /// <summary>No more frames: the pump sends what is queued, then stops.</summary>
        public void Complete() => _outbox.Writer.TryComplete();

        /// <summary>Gone or never accepted: drop everything.</summary>
        public void Abandon()
        {
            _connection.TrySetCanceled();
            Complete();
        }

        /// <summary>Closes the connection (1000) after the pump has sent the queued frames (the expiry event last).</summary>
        public async Task CloseWhenSentAsync()
        {
            await _pump.ConfigureAwait(false);
            if (_connection.Task.IsCompletedSuccessfully)
            {
                await _connection.Task.Result.CloseAsync(WebSocketCloseStatus.NormalClosure, "listenKey expired").ConfigureAwait(false);
            }
        }

        private async Task PumpAsync()
        {
            ClientConnection connection;
            try
            {
                connection = await _connection.Task.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await foreach (byte[] frame in _outbox.Reader.ReadAllAsync().ConfigureAwait(false))
            {
                if (!await connection.SendAsync(frame).ConfigureAwait(false))
                {
                    Complete();
                    return;
                }
            }
        }
    }
}
