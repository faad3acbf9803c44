namespace Binance.WsApi;

/// <summary>A lifecycle moment of one endpoint's connection (opened, reconnecting, reconnected, closed, authenticated).</summary>
public sealed class ConnectionEventArgs : EventArgs
{
    internal ConnectionEventArgs(WsApiEndpoint endpoint, Uri uri, string reason, Exception? exception = null)
    {
        Endpoint = endpoint;
        Uri = uri;
        Reason = reason;
        Exception = exception;
    }

    /// <summary>The endpoint.</summary>
    public WsApiEndpoint Endpoint { get; }

    /// <summary>The URL connected to.</summary>
    public Uri Uri { get; }

    /// <summary>Why, in a few words.</summary>
    public string Reason { get; }

    /// <summary>The failure behind the event, if any (for example the drop that started a reconnect).</summary>
    public Exception? Exception { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Endpoint} ({Uri}): {Reason}";
}
