using Binance.WsApi.Soak;

namespace Binance.WsApi.Tests.Soak;

/// <summary>
/// The short chaos soak: the same core as the release check (tests/Binance.WsApi.Soak), a count of requests rather
/// than a duration, every fault kind on the seeded schedule. It asserts the figures that must be zero, never a timing.
/// </summary>
public class ChaosSoakTests
{
    [Fact]
    public async Task A_short_soak_has_every_zero_figure_at_zero()
    {
        ChaosReport report = await ChaosSoak.RunAsync(new ChaosOptions { Seed = 11, Requests = 1200, InFlight = 16, RequestsPerFault = 30 });
        Assert.True(report.Failures.Count == 0, report.ToString());
        Assert.True(report.Faults.Values.Sum() >= 10, report.ToString());
        Assert.Equal(0, report.Hung);
        Assert.Equal(0, report.FalseNotSent);
        Assert.Equal(0, report.UnknownOutcomes);
        Assert.Equal(0, report.DuplicateClientOrderIds);
        Assert.True(report.Tracker!.IsExact, report.ToString());
        Assert.True(report.Tracker.Expected > 100, report.ToString());
    }
}
