namespace Binance.WsApi.Emulator.Accounts;

/// <summary>Free and locked amount of one asset. Mutable under the owning account's lock (the matching engine will move funds).</summary>
internal sealed class AssetBalance(decimal free, decimal locked = 0m)
{
    public decimal Free { get; set; } = free;

    public decimal Locked { get; set; } = locked;
}
