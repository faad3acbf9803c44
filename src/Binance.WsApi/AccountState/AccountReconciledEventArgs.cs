namespace Binance.WsApi;

/// <summary>An <see cref="AccountStateTracker"/> repaired a gap: its state again matches the exchange's.</summary>
public sealed class AccountReconciledEventArgs : EventArgs
{
    internal AccountReconciledEventArgs(WsApiEndpoint endpoint, int synthesized, int symbols)
    {
        Endpoint = endpoint;
        SynthesizedTransitions = synthesized;
        Symbols = symbols;
    }

    /// <summary>The endpoint whose gap was repaired.</summary>
    public WsApiEndpoint Endpoint { get; }

    /// <summary>How many missed transitions were synthesized.</summary>
    public int SynthesizedTransitions { get; }

    /// <summary>How many symbols were looked at (spot), or orders looked up with <c>order.status</c> (futures).</summary>
    public int Symbols { get; }
}
