namespace Binance.WsApi.UserData;

/// <summary>
/// Where the user data layer reports to the client: each event, each renewed subscription (a possible gap), and errors
/// in its background work. Implementations return quickly and never throw.
/// </summary>
internal interface IUserDataObserver
{
    /// <summary>A user data event was delivered to the channel.</summary>
    void OnEvent(UserDataEvent userDataEvent);

    /// <summary>A subscription or stream was renewed after a drop, an expiry or a termination: events may be missing.</summary>
    void OnResubscribed(UserDataStreamResubscribedEventArgs args);

    /// <summary>Background work failed (a resubscription attempt, a dropped stream, an unreadable frame, a full buffer).</summary>
    void OnError(WsApiEndpoint? endpoint, string message, Exception? exception);
}
