namespace Binance.WsApi.Emulator.Faults;

/// <summary>One armed request-level fault: applies to the next <see cref="Remaining"/> requests of <see cref="Method"/> (any when null).</summary>
internal sealed class FaultRule(FaultKind kind, string? method, int remaining)
{
    public FaultKind Kind { get; } = kind;

    public string? Method { get; } = method;

    public int Remaining { get; set; } = remaining;

    public TimeSpan Delay { get; init; }

    public int Status { get; init; } = 429;

    public TimeSpan? RetryAfter { get; init; }
}
