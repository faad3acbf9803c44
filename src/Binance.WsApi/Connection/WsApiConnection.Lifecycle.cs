using System.Diagnostics;
using Binance.WsApi.Connection;
using Binance.WsApi.Diagnostics;

namespace Binance.WsApi;

// Opening, promoting, losing and reopening sockets: the state machine and the reconnect loop.
public partial class WsApiConnection
{
    private Task<SocketSession> GetReadySessionAsync(string? method, CancellationToken cancellationToken)
    {
        Task<SocketSession> ready;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_session is { } current)
            {
                if (!current.IsClosed && !current.IsDraining && _state == ConnectionState.Ready)
                {
                    return Task.FromResult(current);
                }

                if (current.IsClosed)
                {
                    // The socket ended but its end has not been processed yet: process it here, so that exactly one
                    // connect (the reconnect loop) starts.
                    DetachLocked(current, "connection dropped", null);
                }
            }

            if (_connecting is null && _session is null && _state != ConnectionState.Reconnecting)
            {
                if (_ready.Task.IsCompleted)
                {
                    _ready = NewReadySource();
                }

                _connecting = ConnectFirstAsync(_lifetime.Token);
            }

            ready = _ready.Task;
        }

        return WaitReadyAsync(ready, method, cancellationToken);
    }

    private async Task<SocketSession> WaitReadyAsync(Task<SocketSession> ready, string? method, CancellationToken cancellationToken)
    {
        try
        {
            return await ready.WaitAsync(_context.Settings.ConnectTimeout, _context.Time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException ex)
        {
            throw WsApiErrors.ConnectTimedOut(Endpoint, Uri, _context.Settings.ConnectTimeout, ex, method ?? "the request");
        }
    }

    private async Task ConnectFirstAsync(CancellationToken lifetime)
    {
        await Task.Yield();
        bool logon;
        lock (_gate)
        {
            logon = _logonWanted;
        }

        SetState(ConnectionState.Connecting, "connecting", null);
        SocketSession? session = null;
        try
        {
            session = await OpenSessionAsync(lifetime, _context.Settings.ConnectTimeout).ConfigureAwait(false);
            if (logon)
            {
                SetState(ConnectionState.Authenticating, "logging on", null);
                await LogonWhileConnectingAsync(session, lifetime).ConfigureAwait(false);
            }

            PromoteToReady(session, "connected", isReconnect: false, lifetime);
        }
        catch (Exception ex)
        {
            session?.Terminate("connect failed", ex);
            Exception failure = ex switch
            {
                WsApiException => ex,
                OperationCanceledException when lifetime.IsCancellationRequested => WsApiErrors.ClosedByClient(Endpoint, ex, whileConnecting: true),
                _ => WsApiErrors.ConnectFailed(Endpoint, Uri, ex),
            };
            TaskCompletionSource<SocketSession> failed;
            bool current;
            lock (_gate)
            {
                failed = _ready;
                _ready = NewReadySource();
                current = _connecting is not null && !lifetime.IsCancellationRequested;
                _connecting = null;
            }

            if (current)
            {
                SetState(ConnectionState.Disconnected, "connect failed", failure);
                _context.Observer.OnError(Endpoint, failure.Message, failure);
            }

            failed.TrySetException(failure);
        }
    }

    private void PromoteToReady(SocketSession session, string reason, bool isReconnect, CancellationToken lifetime)
    {
        TaskCompletionSource<SocketSession> ready;
        lock (_gate)
        {
            if (lifetime.IsCancellationRequested || _disposed)
            {
                // Closed while this connect was under way: the close wins.
                throw new OperationCanceledException(lifetime);
            }

            if (session.IsClosed)
            {
                throw WsApiErrors.Closed(Endpoint, "the new socket closed at once");
            }

            _session = session;
            ready = _ready;
            _connecting = null;
        }

        SetState(ConnectionState.Ready, reason, null);
        if (isReconnect)
        {
            _context.Observer.OnReconnected(this, reason);
        }
        else
        {
            _context.Observer.OnOpened(this);
        }

        ready.TrySetResult(session);
    }

    /// <param name="lifetime">The connection's lifetime: closing it ends the attempt, and any wait for the governor.</param>
    /// <param name="maxWait">How long the CONNECTIONS governor may hold the attempt (null: a reconnect loop waits).</param>
    private async Task<SocketSession> OpenSessionAsync(CancellationToken lifetime, TimeSpan? maxWait)
    {
        // Every attempt counts towards the IP's CONNECTIONS limit, client-wide; the policy may refuse or delay it.
        await _context.Connections.AcquireAsync(Endpoint, maxWait, lifetime).ConfigureAwait(false);
        Uri target = Uri;
        if (!_context.Settings.ReturnRateLimits)
        {
            var builder = new UriBuilder(Uri);
            builder.Query = string.IsNullOrEmpty(builder.Query) ? "returnRateLimits=false" : builder.Query.TrimStart('?') + "&returnRateLimits=false";
            target = builder.Uri;
        }

        WebSocketLink link = await WebSocketLink.OpenAsync(target, _context.Settings, Endpoint, lifetime).ConfigureAwait(false);
        return new SocketSession(this, _context, link);
    }

    internal void OnSessionEnded(SocketSession session, string reason, Exception? cause)
    {
        lock (_gate)
        {
            DetachLocked(session, reason, cause);
        }
    }

    /// <summary>
    /// Forgets a socket that ended and decides what follows: the reconnect loop, or Disconnected/Closed. Idempotent,
    /// and only acts for the current socket (an old, rotated or replaced one ending changes nothing).
    /// </summary>
    private void DetachLocked(SocketSession session, string reason, Exception? cause)
    {
        if (!ReferenceEquals(session, _session))
        {
            return;
        }

        _session = null;
        if (_ready.Task.IsCompleted)
        {
            // Requests arriving from now on wait for the next socket, not the dead one.
            _ready = NewReadySource();
        }

        if (!_disposed && _context.Settings.ReconnectPolicy.Enabled && !_lifetime.IsCancellationRequested)
        {
            _connecting = ReconnectLoopAsync(reason, cause, _lifetime.Token);
        }
        else
        {
            ConnectionState previous = _state;
            ConnectionState next = _disposed ? ConnectionState.Closed : ConnectionState.Disconnected;
            if (previous != next)
            {
                _state = next;
                // The state is visible at once; its event is raised off the lock.
                _ = Task.Run(() => _context.Observer.OnStateChanged(this, previous, next, reason, cause));
            }
        }
    }

    private async Task ReconnectLoopAsync(string reason, Exception? cause, CancellationToken lifetime)
    {
        await Task.Yield();
        // The logons of the attempts run under this span (it is current for the rest of this method).
        Activity? span = Telemetry.StartReconnect(reason);
        SetState(ConnectionState.Reconnecting, reason, cause);
        _context.Observer.OnReconnecting(this, reason, cause);
        ReconnectPolicy policy = _context.Settings.ReconnectPolicy;
        string outcome = TagNames.Closed;
        int? attempts = null;
        try
        {
            attempts = await Backoff.RetryAsync(policy, _context.Time, policy.GetDelay(0, Random.Shared), policy.MaxAttempts,
                (_, token) => ReconnectOnceAsync(token),
                (attempt, ex) =>
                {
                    ConnectionTelemetry.ReconnectAttemptFailed(span, attempt, ex);
                    _context.SafeLog(l => Log.ReconnectAttemptFailed(l, Endpoint, attempt, ex.Message));
                    _context.Observer.OnError(Endpoint, $"Reconnect attempt {attempt} to {Endpoint} failed: {ex.Message}", ex);
                },
                lifetime).ConfigureAwait(false);
            if (attempts is null)
            {
                outcome = TagNames.GaveUp;
                GiveUp($"gave up reconnecting after {policy.MaxAttempts} attempts", lifetime);
            }
            else
            {
                outcome = TagNames.Reconnected;
            }
        }
        catch (OperationCanceledException) when (lifetime.IsCancellationRequested)
        {
            GiveUp("closed while reconnecting", lifetime);
        }
        finally
        {
            Telemetry.ReconnectEnded(span, outcome, attempts);
        }
    }

    /// <summary>One reconnect attempt: a new socket, logged on again where it was, user data told, then Ready.</summary>
    private async Task ReconnectOnceAsync(CancellationToken lifetime)
    {
        SocketSession? session = null;
        try
        {
            session = await OpenSessionAsync(lifetime, maxWait: null).ConfigureAwait(false);
            bool logon;
            lock (_gate)
            {
                logon = _logonWanted;
            }

            if (logon)
            {
                SetState(ConnectionState.Authenticating, "logging on again", null);
                // A refused key leaves the socket up for public requests; private ones get Binance's error.
                await LogonWhileConnectingAsync(session, lifetime).ConfigureAwait(false);
            }

            NotifySessionRestored(lifetime);
            PromoteToReady(session, "reconnected", isReconnect: true, lifetime);
        }
        catch (Exception ex)
        {
            session?.Terminate(lifetime.IsCancellationRequested ? "closed while reconnecting" : "reconnect attempt failed", ex);
            throw;
        }
    }

    private void GiveUp(string reason, CancellationToken lifetime)
    {
        WsApiConnectionException failure = WsApiErrors.Closed(Endpoint, reason);
        TaskCompletionSource<SocketSession> ready;
        bool current;
        lock (_gate)
        {
            ready = _ready;
            _ready = NewReadySource();
            current = !lifetime.IsCancellationRequested;
            _connecting = null;
        }

        // A close by the client has already said Closed; a loop that gave up on its own says it now.
        if (current)
        {
            SetState(ConnectionState.Closed, reason, null);
        }

        ready.TrySetException(failure);
    }

    private void SetState(ConnectionState state, string reason, Exception? cause)
    {
        ConnectionState previous;
        lock (_gate)
        {
            previous = _state;
            if (previous == state)
            {
                return;
            }

            _state = state;
        }

        _context.Observer.OnStateChanged(this, previous, state, reason, cause);
    }

    private static TaskCompletionSource<SocketSession> NewReadySource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
