namespace Binance.WsApi;

/// <summary>
/// Something went wrong outside any single request: a malformed or unexpected frame, a failed reconnect attempt,
/// a connection-level error response (<c>id: null</c>), an event handler that threw.
/// </summary>
public sealed class WsApiErrorEventArgs : EventArgs
{
    internal WsApiErrorEventArgs(WsApiEndpoint? endpoint, string message, Exception? exception)
    {
        Endpoint = endpoint;
        Message = message;
        Exception = exception;
    }

    /// <summary>The endpoint concerned, if any.</summary>
    public WsApiEndpoint? Endpoint { get; }

    /// <summary>What happened.</summary>
    public string Message { get; }

    /// <summary>The exception, if any.</summary>
    public Exception? Exception { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Endpoint}: {Message}";
}
