namespace Binance.WsApi.Connection;

/// <summary>
/// A request's cancellation: the token's registration and the table (the socket's) the request waits in. Made only for a
/// token that can be cancelled, so a request without one carries a null reference instead of both.
/// </summary>
internal sealed class CancellationHook : IDisposable
{
    private readonly PendingTable _table;
    private readonly IPendingRequest _request;
    private CancellationTokenRegistration _registration;

    private CancellationHook(PendingTable table, IPendingRequest request)
    {
        _table = table;
        _request = request;
    }

    public static CancellationHook Register(PendingTable table, IPendingRequest request, CancellationToken cancellationToken)
    {
        var hook = new CancellationHook(table, request);
        hook._registration = cancellationToken.UnsafeRegister(static (state, token) => ((CancellationHook)state!).Cancel(token), hook);
        return hook;
    }

    /// <summary>Whoever removes the request from the table decides it: cancelled only if it still waits.</summary>
    private void Cancel(CancellationToken token)
    {
        if (_table.TryRemove(_request))
        {
            _request.TryCancel(token);
        }
    }

    public void Dispose() => _registration.Dispose();
}
