
namespace Binance.WsApi.Connection;

// The logon state of this socket: one shared session.logon, cleared by a 401 or a logout.
internal partial class SocketSession : IFrameReceiver
{
    /// <summary>Logs the session on once; concurrent callers share the attempt, and a rejection reaches all of them.</summary>
    public Task<SessionStatus> EnsureLoggedOnAsync(Func<SocketSession, Task<SessionStatus>> logon)
    {
        lock (_logonLock)
        {
            if (_logonTask is { IsCompletedSuccessfully: true } done && _loggedOn)
            {
                return done;
            }

            if (_logonTask is null || _logonTask.IsCompleted)
            {
                _logonTask = RunLogonAsync(logon, _logonGeneration);
            }

            return _logonTask;
        }
    }

    private async Task<SessionStatus> RunLogonAsync(Func<SocketSession, Task<SessionStatus>> logon, int generation)
    {
        // Never complete synchronously: the caller stores this task under the lock before any outcome is known.
        await Task.Yield();
        try
        {
            SessionStatus status = await logon(this).ConfigureAwait(false);
            lock (_logonLock)
            {
                // A 401 or a logout that arrived meanwhile wins over this (older) success.
                if (generation == _logonGeneration)
                {
                    _loggedOn = true;
                    _logonFailure = null;
                }
            }

            return status;
        }
        catch
        {
            // The next private request tries again (after a clock fix, say); everyone waiting on this one fails.
            lock (_logonLock)
            {
                _logonTask = null;
            }

            throw;
        }
    }

    /// <summary>The server dropped the session's authentication (401 with id null, or a logout).</summary>
    public void ClearLogon()
    {
        lock (_logonLock)
        {
            _loggedOn = false;
            _logonTask = null;
            _logonGeneration++;
        }
    }

    /// <summary>Keeps a logon refusal that happened while connecting, for the caller of ConnectAsync.</summary>
    public void RecordLogonFailure(BinanceApiException failure) => Volatile.Write(ref _logonFailure, failure);

    public BinanceApiException? TakeLogonFailure() => Interlocked.Exchange(ref _logonFailure, null);
}
