namespace Binance.WsApi.Emulator.Limits;

/// <summary>
/// Binance's answer to a client that ignores 429s (docs/protocol.md §3.3): an IP that keeps sending while a 429's
/// <c>retryAfter</c> has not passed is banned, and every request of the ban is answered 418 and its connection closed.
/// Binance does not say how many violations it tolerates; here it is <see cref="EmulatorOptions.RateLimitViolationsBeforeBan"/>
/// requests arriving inside a back-off (<b>emulator choice</b>), and the ban lasts two minutes, Binance's first step.
/// Per product and IP, like the weight budget.
/// </summary>
internal sealed class RateLimitBans(TimeProvider timeProvider, int violationsBeforeBan, TimeSpan banLength)
{
    private readonly Dictionary<(Protocol.MarketKind Market, string Ip), State> _states = [];
    private readonly Lock _lock = new();

    /// <summary>
    /// Called for every request before it is handled: counts it as a violation when it arrives inside a back-off, and
    /// returns the end of the ban (ms) when the IP is banned now, this request included.
    /// </summary>
    public long? Check(Protocol.MarketKind market, string ip)
    {
        if (violationsBeforeBan <= 0)
        {
            return null;
        }

        long now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        lock (_lock)
        {
            if (!_states.TryGetValue((market, ip), out State? state))
            {
                return null;
            }

            if (now < state.BannedUntilMs)
            {
                return state.BannedUntilMs;
            }

            if (now < state.BackOffUntilMs && ++state.Violations >= violationsBeforeBan)
            {
                state.BannedUntilMs = now + (long)banLength.TotalMilliseconds;
                state.Violations = 0;
                return state.BannedUntilMs;
            }

            return null;
        }
    }

    /// <summary>A 429 went out asking the IP to wait until <paramref name="retryAfterMs"/>.</summary>
    public void BackOff(Protocol.MarketKind market, string ip, long retryAfterMs)
    {
        lock (_lock)
        {
            if (!_states.TryGetValue((market, ip), out State? state))
            {
                state = new State();
                _states[(market, ip)] = state;
            }

            state.BackOffUntilMs = Math.Max(state.BackOffUntilMs, retryAfterMs);
        }
    }

    public void Reset()
    {
        lock (_lock)
        {
            _states.Clear();
        }
    }

    private sealed class State
    {
        public long BackOffUntilMs = long.MinValue;
        public long BannedUntilMs = long.MinValue;
        public int Violations;
    }
}
