using Binance.WsApi.Emulator.Accounts;
using Binance.WsApi.Emulator.Hosting;
using Binance.WsApi.Emulator.Matching;
using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.UserData;

/// <summary>
/// The user data stream over WS API connections (docs/protocol.md §5.6–§5.7, Appendix B): subscriptions per connection and
/// the fan-out of the engine's events to every subscription of the account. The engine calls
/// <see cref="Publish"/> under its lock, so this only serialises and enqueues; each connection's pump sends.
/// One lock guards all subscription state; it is never held while taking the engine's lock.
/// </summary>
internal sealed class UserDataHub(TimeProvider time) : IEngineEventSink
{
    private readonly Lock _lock = new();
    private readonly Dictionary<long, ConnectionStreams> _connections = [];
    private readonly Dictionary<Account, List<UserDataSubscription>> _byAccount = [];

    /// <summary>Margin listen tokens issued by <c>POST /sapi/v1/userListenToken</c>.</summary>
    public ListenTokenStore Tokens { get; } = new(time);

    /// <summary>Active subscriptions per connection (Binance: 1000).</summary>
    public int MaxActivePerConnection { get; set; } = 1000;

    /// <summary>Subscription ids per connection lifetime (Binance: 65535, then -2042).</summary>
    public int MaxIdsPerConnection { get; set; } = 65535;

    private long NowMs => time.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>A spot subscription (logon-bound or by signature); at most one per account per connection.</summary>
    public (int Id, ApiError? Error) Subscribe(ClientConnection connection, Account account, SubscriptionKind kind)
    {
        lock (_lock)
        {
            ConnectionStreams streams = StreamsOf(connection);
            if (streams.Active.Values.Any(s => s.Account == account && s.Kind != SubscriptionKind.ListenToken))
            {
                return (-1, UserDataErrors.AlreadyActive());
            }

            if (CheckCapacity(streams) is { } error)
            {
                return (-1, error);
            }

            return (Add(streams, account, kind, null).Id, null);
        }
    }

    /// <summary>
    /// A margin subscription by listen token. A token for a margin account this connection already follows renews
    /// that subscription (same id, the new token's expiry, Appendix B); otherwise a new subscription starts.
    /// </summary>
    public (int Id, long ExpirationTime, ApiError? Error) SubscribeListenToken(ClientConnection connection, ListenToken token)
    {
        lock (_lock)
        {
            ConnectionStreams streams = StreamsOf(connection);
            UserDataSubscription? existing = streams.Active.Values.FirstOrDefault(
                s => s.Kind == SubscriptionKind.ListenToken && s.Account == token.Account && s.MarginScope == token.Scope);
            if (existing is null)
            {
                if (CheckCapacity(streams) is { } error)
                {
                    return (-1, 0, error);
                }

                existing = Add(streams, token.Account, SubscriptionKind.ListenToken, token.Scope);
            }

            existing.ExpirationTime = token.ExpirationTime;
            existing.ExpiryTimer?.Dispose();
            UserDataSubscription subscription = existing;
            TimeSpan due = TimeSpan.FromMilliseconds(Math.Max(0, token.ExpirationTime - NowMs));
            existing.ExpiryTimer = time.CreateTimer(_ => Expire(subscription), null, due, Timeout.InfiniteTimeSpan);
            return (existing.Id, existing.ExpirationTime, null);
        }
    }

    /// <summary>Ends one subscription (by id) or all of the connection's; false when there was nothing to end (-2036).</summary>
    public bool Unsubscribe(ClientConnection connection, int? subscriptionId)
    {
        lock (_lock)
        {
            if (!_connections.TryGetValue(connection.Id, out ConnectionStreams? streams) || streams.Active.Count == 0)
            {
                return false;
            }

            if (subscriptionId is { } id)
            {
                if (!streams.Active.TryGetValue(id, out UserDataSubscription? one))
                {
                    return false;
                }

                End(one);
                return true;
            }

            foreach (UserDataSubscription subscription in streams.Active.Values.ToList())
            {
                End(subscription);
            }

            return true;
        }
    }

    /// <summary>session.logout: ends only the logon-bound subscription (docs/protocol.md §4.4).</summary>
    public void EndLogonBound(ClientConnection connection)
    {
        lock (_lock)
        {
            if (_connections.TryGetValue(connection.Id, out ConnectionStreams? streams))
            {
                foreach (UserDataSubscription subscription in streams.Active.Values.Where(s => s.Kind == SubscriptionKind.Logon).ToList())
                {
                    End(subscription);
                }
            }
        }
    }

    /// <summary>The connection's active subscription ids, ascending.</summary>
    public IReadOnlyList<int> List(ClientConnection connection)
    {
        lock (_lock)
        {
            return _connections.TryGetValue(connection.Id, out ConnectionStreams? streams) ? [.. streams.Active.Keys] : [];
        }
    }

    public bool HasSubscriptions(ClientConnection connection)
    {
        lock (_lock)
        {
            return _connections.TryGetValue(connection.Id, out ConnectionStreams? streams) && streams.Active.Count > 0;
        }
    }

    /// <summary>Fault: pushes eventStreamTerminated on every subscription and ends them all. Returns how many.</summary>
    public int TerminateAll() => EndWhere(_ => true);

    /// <summary>Fault: ends every listen-token subscription now, as if its token had expired. Returns how many.</summary>
    public int ExpireListenTokenSubscriptions() => EndWhere(s => s.Kind == SubscriptionKind.ListenToken);

    /// <summary>Sends an event object (raw JSON) to every subscription of the account. Returns how many.</summary>
    public int Push(Account account, byte[] eventJson)
    {
        lock (_lock)
        {
            if (!_byAccount.TryGetValue(account, out List<UserDataSubscription>? subscriptions))
            {
                return 0;
            }

            foreach (UserDataSubscription subscription in subscriptions)
            {
                subscription.Owner.Enqueue(UserDataEventWriter.Wrap(subscription.Id, eventJson));
            }

            return subscriptions.Count;
        }
    }

    /// <summary>Connections with user data state (tests check that closed ones are forgotten).</summary>
    public int ConnectionCount
    {
        get
        {
            lock (_lock)
            {
                return _connections.Count;
            }
        }
    }

    /// <summary>The connection ended: forget its subscriptions (no event: nobody is listening).</summary>
    public void Remove(ClientConnection connection)
    {
        lock (_lock)
        {
            if (!_connections.Remove(connection.Id, out ConnectionStreams? streams))
            {
                return;
            }

            foreach (UserDataSubscription subscription in streams.Active.Values)
            {
                subscription.ExpiryTimer?.Dispose();
                Unindex(subscription);
            }

            streams.Active.Clear();
            streams.Complete();
        }
    }

    /// <summary>
    /// Engine events → stream frames, in the engine's order. Margin (listen-token) subscriptions get none: the
    /// emulator has no margin engine, and spot activity is not margin activity.
    /// </summary>
    public void Publish(IReadOnlyList<EngineEvent> batch)
    {
        lock (_lock)
        {
            if (_byAccount.Count == 0)
            {
                return;
            }

            long now = NowMs;
            foreach (EngineEvent engineEvent in batch)
            {
                if (!_byAccount.TryGetValue(engineEvent.Account, out List<UserDataSubscription>? subscriptions)
                    || !subscriptions.Any(s => s.Kind != SubscriptionKind.ListenToken)
                    || UserDataEventWriter.Write(engineEvent, now) is not { } json)
                {
                    continue;
                }

                foreach (UserDataSubscription subscription in subscriptions)
                {
                    if (subscription.Kind != SubscriptionKind.ListenToken)
                    {
                        subscription.Owner.Enqueue(UserDataEventWriter.Wrap(subscription.Id, json));
                    }
                }
            }
        }
    }

    private ConnectionStreams StreamsOf(ClientConnection connection)
    {
        if (!_connections.TryGetValue(connection.Id, out ConnectionStreams? streams))
        {
            streams = new ConnectionStreams(connection);
            _connections[connection.Id] = streams;
        }

        return streams;
    }

    private ApiError? CheckCapacity(ConnectionStreams streams) =>
        // Binance documents -2042 for the lifetime id limit; it names no code for the active limit, the emulator uses the same.
        streams.IdsUsed >= MaxIdsPerConnection || streams.Active.Count >= MaxActivePerConnection ? UserDataErrors.MaximumSubscriptionIds() : null;

    private UserDataSubscription Add(ConnectionStreams streams, Account account, SubscriptionKind kind, string? marginScope)
    {
        var subscription = new UserDataSubscription { Id = streams.IdsUsed++, Account = account, Kind = kind, Owner = streams, MarginScope = marginScope };
        streams.Active[subscription.Id] = subscription;
        if (!_byAccount.TryGetValue(account, out List<UserDataSubscription>? list))
        {
            list = [];
            _byAccount[account] = list;
        }

        list.Add(subscription);
        return subscription;
    }

    private void Expire(UserDataSubscription subscription)
    {
        lock (_lock)
        {
            if (!subscription.Owner.Active.TryGetValue(subscription.Id, out UserDataSubscription? current) || current != subscription)
            {
                return; // already ended
            }

            long remaining = subscription.ExpirationTime - NowMs;
            if (remaining > 0)
            {
                // A renewal raced with this callback, or a real-clock timer fired a little early: wait for the rest.
                subscription.ExpiryTimer?.Dispose();
                subscription.ExpiryTimer = time.CreateTimer(_ => Expire(subscription), null, TimeSpan.FromMilliseconds(remaining), Timeout.InfiniteTimeSpan);
                return;
            }

            End(subscription);
        }
    }

    private int EndWhere(Func<UserDataSubscription, bool> predicate)
    {
        lock (_lock)
        {
            var ending = _connections.Values.SelectMany(c => c.Active.Values).Where(predicate).ToList();
            foreach (UserDataSubscription subscription in ending)
            {
                End(subscription);
            }

            return ending.Count;
        }
    }

    /// <summary>Removes the subscription and pushes its eventStreamTerminated (after everything already queued for it).</summary>
    private void End(UserDataSubscription subscription)
    {
        subscription.ExpiryTimer?.Dispose();
        subscription.Owner.Active.Remove(subscription.Id);
        Unindex(subscription);
        subscription.Owner.Enqueue(UserDataEventWriter.Wrap(subscription.Id, UserDataEventWriter.Terminated(NowMs)));
    }

    private void Unindex(UserDataSubscription subscription)
    {
        if (_byAccount.TryGetValue(subscription.Account, out List<UserDataSubscription>? list))
        {
            list.Remove(subscription);
            if (list.Count == 0)
            {
                _byAccount.Remove(subscription.Account);
            }
        }
    }
}
