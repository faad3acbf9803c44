using Binance.WsApi.Emulator.Protocol;

namespace Binance.WsApi.Emulator.UserData;

/// <summary>The user data stream's errors (docs/protocol.md §5.6, §7, Appendix B), with Binance's texts where documented.</summary>
internal static class UserDataErrors
{
    public static ApiError AlreadyActive() => new(400, -2035, "User Data Stream subscription already active.");

    public static ApiError NotActive() => new(400, -2036, "User Data Stream subscription not active.");

    public static ApiError MaximumSubscriptionIds() => new(400, -2042, "Maximum subscription ID reached for this connection.");

    // Appendix B names the code but not the text; the emulator's wording.
    public static ApiError InvalidListenToken() => new(400, -1209, "Invalid listenToken.");
}
