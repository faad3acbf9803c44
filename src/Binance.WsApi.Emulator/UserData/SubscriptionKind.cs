namespace Binance.WsApi.Emulator.UserData;

/// <summary>How a user data subscription was opened; decides what ends it (docs/protocol.md §5.6, Appendix B).</summary>
internal enum SubscriptionKind
{
    /// <summary><c>userDataStream.subscribe</c> on a logged-on session: <c>session.logout</c> ends it.</summary>
    Logon,

    /// <summary><c>userDataStream.subscribe.signature</c>: independent of the session.</summary>
    Signature,

    /// <summary><c>userDataStream.subscribe.listenToken</c> (margin): ends at the token's expiry unless renewed.</summary>
    ListenToken,
}
