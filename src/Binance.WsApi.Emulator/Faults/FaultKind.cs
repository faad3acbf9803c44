namespace Binance.WsApi.Emulator.Faults;

/// <summary>Request-level faults that wait for a matching request.</summary>
internal enum FaultKind
{
    DropNext,
    Swallow,
    Delay,
    RateLimit,
}
