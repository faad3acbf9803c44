using Binance.WsApi.Emulator.Accounts;

namespace Binance.WsApi.Emulator.Matching;

/// <summary>
/// Funds moved in or out of an account from outside the exchange (deposit, withdrawal, transfer): the user data
/// stream's <c>balanceUpdate</c>. The balance event of the same batch follows it (outboundAccountPosition).
/// </summary>
internal sealed record BalanceDeltaEvent(Account Account, long Time, string Asset, decimal Delta) : EngineEvent(Account, Time);
