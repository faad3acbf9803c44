using Binance.WsApi.Connection;
using Binance.WsApi.Diagnostics;
using Binance.WsApi.Protocol;

namespace Binance.WsApi;

// Session logon and logout: the shared session.logon of an Ed25519 key, and what a refusal means for callers.
public partial class WsApiConnection
{
    /// <summary>
    /// Sends <c>session.logout</c>. When the server confirms, the socket that answered is no longer logged on and
    /// reconnects stop logging on by themselves; a later signed request logs on again (Ed25519).
    /// </summary>
    internal Task<WsApiResponse<SessionStatus>> LogoutAsync(TimeSpan? timeout, CancellationToken cancellationToken) =>
        SendAsync("session.logout", null, RequestAuth.None, WsApiJsonContext.Default.SessionStatus, timeout, cancellationToken, OnLoggedOut);

    private void OnLoggedOut(SocketSession session)
    {
        session.ClearLogon();
        lock (_gate)
        {
            _logonWanted = false;
        }

        _context.Observer.OnLoggedOut(this);
    }

    /// <summary>
    /// Waits for the shared logon on behalf of a request. The request itself was not sent, so whatever stops the
    /// logon reaches the caller as NotSent: Binance's refusal with its code and message, or a connection failure.
    /// </summary>
    private async Task LogonForRequestAsync(SocketSession session, string method, string? clientOrderId, CancellationToken cancellationToken)
    {
        // The logon's failure is shared by every request waiting on it; each caller gets its own copy, carrying its own
        // client order id, so a placement that never went out can still be looked up (or safely retried) by that id.
        try
        {
            await session.EnsureLoggedOnAsync(LogonAsync).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (BinanceApiException refused)
        {
            BinanceApiException mine = refused.AsNotSent();
            mine.ClientOrderId = clientOrderId;
            throw mine;
        }
        catch (WsApiException failed)
        {
            throw WsApiErrors.LogonFailedBeforeSend(Endpoint, method, failed, clientOrderId);
        }
    }

    private async Task<SessionStatus> LogonAsync(SocketSession session)
    {
        RequestTelemetry? telemetry = RequestTelemetry.Start(Telemetry, "session.logon", null);
        var pending = new PendingRequest<SessionStatus>(_context.NextId(), "session.logon", Endpoint, _context.Settings.RequestTimeout,
            WsApiJsonContext.Default.SessionStatus, telemetry);
        WsApiResponse<SessionStatus> response;
        try
        {
            response = await session.SendAsync(pending, null, RequestAuth.AlwaysSigned, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // A socket that closed before taking the logon never settles it: its span ends here (idempotent otherwise).
            telemetry?.Failed(ex, RequestSendState.NotSent);
            Telemetry.LogonEnded(ex is BinanceApiException ? TagNames.BinanceError : TagNames.ConnectionError);
            if (ex is not BinanceApiException refused)
            {
                throw;
            }

            // Reported once, through the error event (which also logs it).
            _context.Observer.OnError(Endpoint, $"session.logon was rejected: {refused.Code} {refused.BinanceMessage}", refused);
            throw;
        }

        Telemetry.LogonEnded(TagNames.Success);

        lock (_gate)
        {
            _logonWanted = true;
        }

        _context.Observer.OnLoggedOn(this);
        return response.Result;
    }

    /// <summary>
    /// Logs a new socket on during a (re)connect. A refusal leaves the socket usable for public requests: it is kept
    /// on the socket for <see cref="ConnectAsync"/> to report, and reconnects stop logging on by themselves.
    /// </summary>
    private async Task LogonWhileConnectingAsync(SocketSession session, CancellationToken lifetime)
    {
        try
        {
            await session.EnsureLoggedOnAsync(LogonAsync).WaitAsync(lifetime).ConfigureAwait(false);
        }
        catch (BinanceApiException refused)
        {
            session.RecordLogonFailure(refused);
            lock (_gate)
            {
                _logonWanted = false;
            }
        }
    }
}
