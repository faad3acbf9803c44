using System.Net.WebSockets;
using Binance.WsApi.Emulator.Accounts;
using Binance.WsApi.Emulator.Hosting;
using Binance.WsApi.Emulator.Matching.Futures;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.UserData;

/// <summary>
/// Futures user data stream connections (PROTOCOL §6.1): each follows one listen key, so one account on one market,
/// and receives that account's events unwrapped. Engines publish under their own lock, so this only enqueues into
/// the connection's outbox (<see cref="ConnectionStreams"/>), whose pump sends; the lock here is never held while
/// taking an engine's lock.
/// </summary>
internal sealed class FuturesStreamHub(TimeProvider time, ListenKeyStore keys) : IFuturesEventSink
{
    private readonly Lock _lock = new();
    private readonly List<Follower> _followers = [];

    /// <summary>One expiry timer per followed key (emulator clock); it re-arms itself when start/ping extended the key.</summary>
    private readonly Dictionary<string, ITimer> _expiryTimers = new(StringComparer.Ordinal);

    private long NowMs => time.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>Starts following <paramref name="listenKey"/> on an accepted stream connection.</summary>
    public void Add(ClientConnection connection, MarketKind market, Account account, string listenKey)
    {
        lock (_lock)
        {
            _followers.Add(new Follower(connection, market, account, listenKey, new ConnectionStreams(connection)));
            if (!_expiryTimers.ContainsKey(listenKey))
            {
                Arm(listenKey);
            }
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

    /// <summary>The connection ended: stop its pump (nobody is listening).</summary>
    public void Remove(ClientConnection connection)
    {
        lock (_lock)
        {
            foreach (Follower follower in _followers.Where(f => f.Connection == connection).ToList())
            {
                follower.Outbox.Complete();
                _followers.Remove(follower);
                if (!_followers.Exists(f => f.ListenKey == follower.ListenKey) && _expiryTimers.Remove(follower.ListenKey, out ITimer? timer))
                {
                    timer.Dispose(); // nobody follows the key any more
                }
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
                    follower.Outbox.Enqueue(eventJson);
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
                        follower.Outbox.Enqueue(frame);
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
                follower.Outbox.Enqueue(FuturesEventWriter.ListenKeyExpired(follower.ListenKey, nowMs));
                follower.Outbox.Complete();
            }
        }

        foreach (Follower follower in ending)
        {
            // Close only after the pump has sent what was queued (the expiry event last), so the client sees it.
            _ = follower.Outbox.Completion.ContinueWith(
                _ => follower.Connection.CloseAsync(WebSocketCloseStatus.NormalClosure, "listenKey expired"), TaskScheduler.Default);
        }

        return ending.Count;
    }

    private sealed record Follower(ClientConnection Connection, MarketKind Market, Account Account, string ListenKey, ConnectionStreams Outbox);
}
