using Binance.WsApi.Emulator.Accounts;

namespace Binance.WsApi.Emulator.Hosting;

/// <summary>Authentication state of one connection (session.logon / status / logout, docs/protocol.md §4.4).</summary>
internal sealed class SessionState
{
    private readonly Lock _lock = new();
    private ApiKeyRecord? _key;
    private long? _authorizedSince;

    /// <summary>The logged-on key, or null; a revoked key counts as logged on until <see cref="TakeRevokedKey"/> runs.</summary>
    public ApiKeyRecord? CurrentKey
    {
        get
        {
            lock (_lock)
            {
                return _key is { IsRevoked: false } ? _key : null;
            }
        }
    }

    public (ApiKeyRecord? Key, long? AuthorizedSince) Snapshot()
    {
        lock (_lock)
        {
            return (_key, _authorizedSince);
        }
    }

    public void LogOn(ApiKeyRecord key, long authorizedSince)
    {
        lock (_lock)
        {
            _key = key;
            _authorizedSince = authorizedSince;
        }
    }

    public void LogOut()
    {
        lock (_lock)
        {
            _key = null;
            _authorizedSince = null;
        }
    }

    /// <summary>If the session key was revoked, de-authenticates and returns true (once), so the 401 is sent once.</summary>
    public bool TakeRevokedKey()
    {
        lock (_lock)
        {
            if (_key is not { IsRevoked: true })
            {
                return false;
            }

            _key = null;
            _authorizedSince = null;
            return true;
        }
    }
}
