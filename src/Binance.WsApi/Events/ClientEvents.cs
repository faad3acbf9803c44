using System.Text.Json;
using Binance.WsApi.Connection;
using Binance.WsApi.Protocol;
using Binance.WsApi.UserData;
using Microsoft.Extensions.Logging;

namespace Binance.WsApi.Events;

/// <summary>
/// The client's public events in one place: what the connection layer (<see cref="IConnectionObserver"/>) and the user
/// data stream (<see cref="IUserDataObserver"/>) report becomes exactly one public event each, logged where the options
/// say, and raised on the <see cref="EventDispatcher"/> so that no user handler ever runs on a receive loop.
/// </summary>
internal sealed class ClientEvents : IConnectionObserver, IUserDataObserver, IAsyncDisposable
{
    private readonly object _sender;
    private readonly ILogger _logger;
    private readonly bool _logLifecycle;
    private readonly EventDispatcher _dispatcher;

    public ClientEvents(object sender, ILogger logger, WebSocketApiClientOptions options)
    {
        _sender = sender;
        _logger = logger;
        _logLifecycle = options.AttachEventListeners;
        int capacity = options.EventBufferSize;
        // Raised inline: this runs on the dispatcher's consumer, where handlers run anyway.
        _dispatcher = new EventDispatcher(logger, capacity, (missed, total) => RunHandlers(Error, new WsApiErrorEventArgs(null,
            $"Event handlers fell {capacity} events behind; dropped the oldest {missed} queued event(s) ({total} so far). Make handlers faster or enlarge EventBufferSize.",
            null)));
    }

    public event EventHandler<ConnectionStateChangedEventArgs>? ConnectionStateChanged;

    public event EventHandler<ConnectionEventArgs>? Opened;

    public event EventHandler<ConnectionEventArgs>? Reconnecting;

    public event EventHandler<ConnectionEventArgs>? Reconnected;

    public event EventHandler<ConnectionEventArgs>? Closed;

    public event EventHandler<ConnectionEventArgs>? Authenticated;

    public event EventHandler<WsApiErrorEventArgs>? Error;

    public event EventHandler<WsApiMessageEventArgs>? MessageReceived;

    public event EventHandler<WsApiRawMessageEventArgs>? RawMessageReceived;

    public event EventHandler<UserDataEventArgs>? UserDataEventReceived;

    public event EventHandler<UserDataStreamResubscribedEventArgs>? UserDataStreamResubscribed;

    /// <summary>Events dropped because handlers fell behind.</summary>
    public long DroppedEventCount => _dispatcher.DroppedCount;

    public void OnStateChanged(WsApiConnection connection, ConnectionState from, ConnectionState to, string reason, Exception? cause)
    {
        if (_logLifecycle)
        {
            Log.SafeWrite(_logger, l => Log.StateChanged(l, connection.Endpoint, to, reason));
        }

        Raise(ConnectionStateChanged, new ConnectionStateChangedEventArgs(connection.Endpoint, from, to, reason, cause));
        if (to == ConnectionState.Closed)
        {
            Raise(Closed, new ConnectionEventArgs(connection.Endpoint, connection.Uri, reason, cause));
        }
    }

    public void OnOpened(WsApiConnection connection) => Lifecycle(Opened, connection, "opened", null);

    public void OnReconnecting(WsApiConnection connection, string reason, Exception? cause) =>
        Lifecycle(Reconnecting, connection, "reconnecting: " + reason, cause);

    public void OnReconnected(WsApiConnection connection, string reason) => Lifecycle(Reconnected, connection, reason, null);

    public void OnLoggedOn(WsApiConnection connection) => Lifecycle(Authenticated, connection, "authenticated", null);

    public void OnLoggedOut(WsApiConnection connection) => Lifecycle(null, connection, "logged out", null);

    public void OnError(WsApiEndpoint? endpoint, string message, Exception? exception)
    {
        Log.SafeWrite(_logger, l => Log.ConnectionError(l, endpoint, message, exception));
        RaiseError(endpoint, message, exception);
    }

    public void OnFrame(WsApiEndpoint endpoint, ReadOnlyMemory<byte> frame, in FrameHeader header)
    {
        // Only computed while someone listens: copying and parsing every frame is not free.
        if (RawMessageReceived is { } raw)
        {
            Raise(raw, new WsApiRawMessageEventArgs(endpoint, System.Text.Encoding.UTF8.GetString(frame.Span)));
        }

        if (MessageReceived is { } parsed)
        {
            JsonElement message = JsonElement.Parse(frame.Span);
            string? id = header.IdIsNumber ? header.NumericId.ToString(System.Globalization.CultureInfo.InvariantCulture) : header.TextId;
            Raise(parsed, new WsApiMessageEventArgs(endpoint, header.Kind == FrameKind.Event, id,
                header.Kind == FrameKind.Response ? header.Status : null, header.EventType, message));
        }
    }

    public void OnEvent(UserDataEvent userDataEvent) => Raise(UserDataEventReceived, new UserDataEventArgs(userDataEvent));

    public void OnResubscribed(UserDataStreamResubscribedEventArgs args) => Raise(UserDataStreamResubscribed, args);

    public ValueTask DisposeAsync() => _dispatcher.DisposeAsync();

    private void Lifecycle(EventHandler<ConnectionEventArgs>? handler, WsApiConnection connection, string what, Exception? cause)
    {
        if (_logLifecycle)
        {
            Log.SafeWrite(_logger, l => Log.Lifecycle(l, connection.Endpoint, connection.Uri, what));
        }

        Raise(handler, new ConnectionEventArgs(connection.Endpoint, connection.Uri, what, cause));
    }

    private void RaiseError(WsApiEndpoint? endpoint, string message, Exception? exception)
    {
        if (Error is { } handler)
        {
            Raise(handler, new WsApiErrorEventArgs(endpoint, message, exception));
        }
    }

    /// <summary>
    /// Queues an event for the dispatcher. Each subscriber runs on its own: one that throws is logged and does not
    /// keep the others from hearing the event.
    /// </summary>
    private void Raise<TArgs>(EventHandler<TArgs>? handler, TArgs args)
    {
        if (handler is null)
        {
            return;
        }

        _dispatcher.Post(() => RunHandlers(handler, args));
    }

    private void RunHandlers<TArgs>(EventHandler<TArgs>? handler, TArgs args)
    {
        if (handler is null)
        {
            return;
        }

        foreach (Delegate subscriber in handler.GetInvocationList())
        {
            try
            {
                ((EventHandler<TArgs>)subscriber)(_sender, args);
            }
            catch (Exception ex)
            {
                Log.SafeWrite(_logger, l => Log.EventHandlerFailed(l, ex));
            }
        }
    }
}
