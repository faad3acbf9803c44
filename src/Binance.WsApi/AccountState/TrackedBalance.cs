namespace Binance.WsApi;

/// <summary>The balance of one asset as an <see cref="AccountStateTracker"/> keeps it.</summary>
/// <param name="Asset">The asset, for example <c>BTC</c>.</param>
/// <param name="Free">The amount available.</param>
/// <param name="Locked">The amount held by open orders.</param>
public sealed record TrackedBalance(string Asset, decimal Free, decimal Locked)
{
    /// <summary>Free plus locked.</summary>
    public decimal Total => Free + Locked;
}
