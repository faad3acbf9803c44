namespace Binance.WsApi;

/// <summary>A user data event arrived.</summary>
public sealed class UserDataEventArgs : EventArgs
{
    internal UserDataEventArgs(UserDataEvent userDataEvent)
    {
        Event = userDataEvent;
    }

    /// <summary>The event; its concrete type says which (for example <see cref="ExecutionReportEvent"/>).</summary>
    public UserDataEvent Event { get; }
}
