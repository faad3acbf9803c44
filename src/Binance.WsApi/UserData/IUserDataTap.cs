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

    /// <summary>
    /// The futures listen-key stream of an endpoint ended (a drop, an expired key): a gap until its reopening is reported
    /// through <see cref="OnResubscribed"/>. Unlike <see cref="OnGap"/> it says nothing about the WS API connection
    /// itself, whose own reconnections do not interrupt the listen-key stream. By default the same as a gap.
    /// </summary>
    void OnFuturesStreamGap(WsApiEndpoint endpoint) => OnGap(endpoint);

    /// <summary>The subscription of an endpoint was renewed: the gap is closed and can be repaired.</summary>
    void OnResubscribed(UserDataStreamResubscribedEventArgs args);
}
