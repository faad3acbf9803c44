namespace Binance.WsApi.UserData;

/// <summary>
/// An in-library listener on the user data stream that must see every event, including those the bounded channel
/// drops for a slow reader, and the edges of every gap: the account state tracker is one. Called on receive loops and
/// background loops, so an implementation only hands the item over (for example to its own queue) and returns.
/// </summary>
internal interface IUserDataTap
{
    /// <summary>An event arrived (before the channel and the public event see it).</summary>
    void OnEvent(UserDataEvent userDataEvent);

    /// <summary>
    /// A gap opened on an endpoint: its connection came back on a new socket (the server forgot the subscription) or
    /// the futures stream connection ended. Events from now until the matching <see cref="OnResubscribed"/> may be
    /// missing, and those that do arrive may come before the notice of the resubscription.
    /// </summary>
    void OnGap(WsApiEndpoint endpoint);

    /// <summary>The subscription of an endpoint was renewed: the gap is closed and can be repaired.</summary>
    void OnResubscribed(UserDataStreamResubscribedEventArgs args);
}
