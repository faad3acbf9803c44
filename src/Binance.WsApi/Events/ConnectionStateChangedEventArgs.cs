namespace Binance.WsApi;

/// <summary>A connection moved from one <see cref="ConnectionState"/> to another.</summary>
public sealed class ConnectionStateChangedEventArgs : EventArgs
{
    internal ConnectionStateChangedEventArgs(WsApiEndpoint endpoint, ConnectionState previousState, ConnectionState state, string reason, Exception? exception)
    {
        Endpoint = endpoint;
        PreviousState = previousState;
        State = state;
        Reason = reason;
        Exception = exception;
    }

    /// <summary>The endpoint whose connection changed.</summary>
    public WsApiEndpoint Endpoint { get; }

    /// <summary>The state before.</summary>
    public ConnectionState PreviousState { get; }

    /// <summary>The state now.</summary>
    public ConnectionState State { get; }

    /// <summary>Why, in a few words (for example "connection dropped", "reconnected", "closed by the client").</summary>
    public string Reason { get; }

    /// <summary>The failure behind the change, if any.</summary>
    public Exception? Exception { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Endpoint}: {PreviousState} -> {State} ({Reason})";
}
