using System.Collections.Concurrent;

namespace Binance.WsApi.Health;

/// <summary>
/// Remembers, per endpoint, whether its connection last stopped because of a failure, and the client's last error:
/// what the live state of a connection cannot tell. Fed by the client's events (off the receive loop).
/// </summary>
internal sealed class ClientHealthTracker
{
    private readonly ConcurrentDictionary<WsApiEndpoint, string> _failures = new();
    private volatile LastError? _lastError;

    public ClientHealthTracker(WebSocketApiClient client)
    {
        Client = client;
        client.ConnectionStateChanged += OnStateChanged;
        client.Error += (_, e) => _lastError = new LastError(e.Message, DateTimeOffset.UtcNow);
    }

    public WebSocketApiClient Client { get; }

    public LastError? Error => _lastError;

    /// <summary>Why the endpoint's connection stopped, when it stopped after a failure and has not been ready since.</summary>
    public string? FailureOf(WsApiEndpoint endpoint) => _failures.TryGetValue(endpoint, out string? reason) ? reason : null;

    private void OnStateChanged(object? sender, ConnectionStateChangedEventArgs e)
    {
        switch (e.State)
        {
            case ConnectionState.Ready:
                _failures.TryRemove(e.Endpoint, out _);
                break;
            case ConnectionState.Closed or ConnectionState.Disconnected:
                // A failed connect carries its exception; a reconnect loop that gave up comes from Reconnecting. A close
                // the application asked for is neither, and is not a failure.
                if (e.Exception is not null || e.PreviousState == ConnectionState.Reconnecting)
                {
                    _failures[e.Endpoint] = e.Exception is null ? e.Reason : $"{e.Reason}: {e.Exception.Message}";
                }
                else
                {
                    _failures.TryRemove(e.Endpoint, out _);
                }

                break;
        }
    }

    /// <summary>The text of the client's last error event and when it was heard.</summary>
    internal sealed record LastError(string Message, DateTimeOffset At);
}
