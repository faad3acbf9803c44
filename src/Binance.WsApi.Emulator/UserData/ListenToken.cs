using Binance.WsApi.Emulator.Accounts;

namespace Binance.WsApi.Emulator.UserData;

/// <summary>A margin listen token issued by <c>POST /sapi/v1/userListenToken</c> (docs/protocol.md Appendix B).</summary>
/// <param name="Token">The opaque token text.</param>
/// <param name="Account">The account of the API key that asked for it.</param>
/// <param name="Symbol">The isolated margin symbol, or null for cross margin.</param>
/// <param name="ExpirationTime">Expiry, ms since the epoch on the emulator clock.</param>
internal sealed record ListenToken(string Token, Account Account, string? Symbol, long ExpirationTime)
{
    /// <summary>Cross margin and each isolated symbol are separate margin accounts: one subscription each.</summary>
    public string Scope => Symbol ?? "CROSS";
}
