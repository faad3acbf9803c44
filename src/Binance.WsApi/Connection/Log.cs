using Microsoft.Extensions.Logging;

namespace Binance.WsApi.Connection;

/// <summary>Every log line of the library, in one place. None of them carries a secret or a signature.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "{Endpoint}: {State} ({Reason})")]
    public static partial void StateChanged(ILogger logger, WsApiEndpoint endpoint, ConnectionState state, string reason);

    [LoggerMessage(2, LogLevel.Information, "{Endpoint} ({Uri}): {What}")]
    public static partial void Lifecycle(ILogger logger, WsApiEndpoint endpoint, Uri uri, string what);

    [LoggerMessage(4, LogLevel.Warning, "{Endpoint}: reconnect attempt {Attempt} failed: {Message}")]
    public static partial void ReconnectAttemptFailed(ILogger logger, WsApiEndpoint endpoint, int attempt, string message);

    [LoggerMessage(5, LogLevel.Information, "{Endpoint}: the server announced serverShutdown; moving to a new connection")]
    public static partial void ServerShutdownNotice(ILogger logger, WsApiEndpoint endpoint);

    [LoggerMessage(6, LogLevel.Warning, "{Endpoint}: {Message}")]
    public static partial void ConnectionError(ILogger logger, WsApiEndpoint? endpoint, string message, Exception? exception);

    [LoggerMessage(7, LogLevel.Error, "An event handler threw; the event was skipped")]
    public static partial void EventHandlerFailed(ILogger logger, Exception exception);

    [LoggerMessage(8, LogLevel.Warning,
        "{KeyType} keys sign every request, which costs latency; an Ed25519 key logs the session on once and is faster. Set MuteLatencyWarning to hide this notice.")]
    public static partial void LatencyNotice(ILogger logger, ApiKeyType keyType);

    [LoggerMessage(9, LogLevel.Information, "Time offset set to {OffsetMs} ms")]
    public static partial void TimeOffsetSet(ILogger logger, long offsetMs);

    [LoggerMessage(10, LogLevel.Warning,
        "Event handlers are {Capacity} events behind; dropped the oldest queued event ({Count} so far). Make handlers faster or enlarge EventBufferSize.")]
    public static partial void EventsDropped(ILogger logger, int capacity, long count);

    /// <summary>
    /// Logs without letting the user's logger hurt the library: a throwing logging provider is swallowed, never allowed
    /// to kill a receive loop, a reconnect or the event consumer.
    /// </summary>
    public static void SafeWrite(ILogger logger, Action<ILogger> write)
    {
        try
        {
            write(logger);
        }
        catch (Exception)
        {
            // Nothing sensible to do with a logger that fails: not logging is better than dropping a connection.
        }
    }
}
