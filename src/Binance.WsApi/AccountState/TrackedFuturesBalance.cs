namespace Binance.WsApi;

/// <summary>A futures wallet balance as a <see cref="FuturesAccountStateTracker"/> keeps it.</summary>
/// <param name="Asset">The margin asset, for example <c>USDT</c>.</param>
/// <param name="WalletBalance">The wallet balance (realized profit and commissions included, unrealized profit not).</param>
/// <param name="CrossWalletBalance">The cross wallet balance.</param>
public sealed record TrackedFuturesBalance(string Asset, decimal WalletBalance, decimal CrossWalletBalance);
