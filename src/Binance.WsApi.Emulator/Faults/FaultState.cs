namespace Binance.WsApi.Emulator.Faults;

/// <summary>
/// Armed request-level faults. Each arriving request consumes at most one rule of each kind; rules are matched
/// in the order they were armed, a rule with no method matching any request.
/// </summary>
internal sealed class FaultState
{
    private readonly List<FaultRule> _rules = [];
    private readonly Lock _lock = new();
    private volatile bool _refuseConnections;

    /// <summary>When set, WebSocket handshakes are answered with HTTP 503.</summary>
    public bool RefuseConnections
    {
        get => _refuseConnections;
        set => _refuseConnections = value;
    }

    public void Add(FaultRule rule)
    {
        lock (_lock)
        {
            _rules.Add(rule);
        }
    }

    public FaultRule? TryConsume(FaultKind kind, string method)
    {
        lock (_lock)
        {
            for (int i = 0; i < _rules.Count; i++)
            {
                FaultRule rule = _rules[i];
                if (rule.Kind != kind || (rule.Method is not null && !string.Equals(rule.Method, method, StringComparison.Ordinal)))
                {
                    continue;
                }

                if (--rule.Remaining <= 0)
                {
                    _rules.RemoveAt(i);
                }

                return rule;
            }

            return null;
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _rules.Clear();
        }

        _refuseConnections = false;
    }
}
