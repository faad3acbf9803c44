using Microsoft.Extensions.Time.Testing;

namespace Binance.WsApi.Emulator.Tests.Infrastructure;

/// <summary>Fake clocks and emulator options for tests that need exact times or counts.</summary>
internal static class TestClock
{
    /// <summary>2026-01-15 12:00:01 UTC: one second into a minute, so a test does not cross a weight bucket by accident.</summary>
    public static readonly DateTimeOffset Start = new(2026, 1, 15, 12, 0, 1, TimeSpan.Zero);

    public static FakeTimeProvider Create(DateTimeOffset? start = null) => new(start ?? Start);

    public static long Ms(this FakeTimeProvider time) => time.GetUtcNow().ToUnixTimeMilliseconds();

    public static Task<ExchangeEmulator> StartAsync(FakeTimeProvider time, Action<EmulatorOptions>? configure = null)
    {
        var options = new EmulatorOptions { TimeProvider = time };
        configure?.Invoke(options);
        return ExchangeEmulator.StartNewAsync(options);
    }
}
