namespace Binance.WsApi.Connection;

/// <summary>
/// What the connection layer needs from the client's options, frozen when the client is built: the connection layer
/// reads these and nothing of the public API above it.
/// </summary>
internal sealed record ConnectionSettings
{
    public required TimeProvider Time { get; init; }

    public ApiCredentials? Credentials { get; init; }

    public required TimeSpan RequestTimeout { get; init; }

    public required TimeSpan ConnectTimeout { get; init; }

    /// <summary>Runtime WebSocket PING interval; zero turns keep-alive off.</summary>
    public required TimeSpan KeepAliveInterval { get; init; }

    public required TimeSpan KeepAliveTimeout { get; init; }

    public TimeSpan? RecvWindow { get; init; }

    public bool ReturnRateLimits { get; init; } = true;

    public TimeSpan TimeOffset { get; init; }

    public required ReconnectPolicy ReconnectPolicy { get; init; }

    /// <summary>What the governor does before a request or a connection attempt that does not fit a limit.</summary>
    public RateLimitPolicy RateLimitPolicy { get; init; }

    /// <summary>The URL of each endpoint; the environment's default when missing.</summary>
    public required Func<WsApiEndpoint, Uri> ResolveUri { get; init; }
}
