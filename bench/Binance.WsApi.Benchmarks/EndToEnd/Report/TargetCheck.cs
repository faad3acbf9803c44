using System.Globalization;

namespace Binance.WsApi.Benchmarks.EndToEnd.Report;

/// <summary>
/// The targets the client is judged on (issue 15), checked against the fast responder, where the server is not the
/// limit, as ratios to the honest floor of the same run. "Flat across in-flight levels" is read as: allocation per
/// request at no level more than 25% above that at 1 in flight.
/// </summary>
internal static class TargetCheck
{
    private static readonly int[] ConcurrentLevels = [4, 16, 64, 128];

    public static List<TargetResult> Evaluate(IReadOnlyList<Summary> summaries, IReadOnlyList<MultiClientSummary> multi, string target)
    {
        Summary? Find(string participant, string scenario) =>
            summaries.FirstOrDefault(s => s.Target == target && s.Participant == participant && s.Scenario == scenario);

        var results = new List<TargetResult>();
        foreach ((string scenario, string title, double allocationLimit) in new[] { ("ping", "ping", 256.0), ("order-hmac", "HMAC order.place", 1024.0) })
        {
            Summary? floor = Find("floor", scenario), ours = Find("ours", scenario);
            if (floor is null || ours is null)
            {
                continue;
            }

            foreach (int level in ConcurrentLevels)
            {
                AddMin(results, F($"{title} throughput at {level} in flight ≥ 0.9× floor"), Rps(ours, level) / Rps(floor, level), 0.9);
            }

            AddMax(results, F($"{title} p50 ≤ 1.1× floor"), ours.P50Us / floor.P50Us, 1.1);
            AddMax(results, F($"{title} p99 ≤ 1.3× floor"), ours.P99Us / floor.P99Us, 1.3);
            (int worstLevel, double worstCpu) = floor.ClientCpuUs.Keys.Order()
                .Select(l => (l, ours.ClientCpuUs.GetValueOrDefault(l, double.NaN) / floor.ClientCpuUs[l]))
                .MaxBy(x => double.IsNaN(x.Item2) ? double.MaxValue : x.Item2);
            results.Add(new TargetResult(F($"{title} client CPU per request ≤ 1.2× floor at every level"), F($"worst {worstCpu:0.00}× (at {worstLevel})"),
                worstCpu <= 1.2));
            AddAllocation(results, F($"allocation ≤ {allocationLimit:0} B per {title}, flat across in-flight levels"), ours, allocationLimit);
        }

        Summary? oursHmac = Find("ours", "order-hmac"), oursEd = Find("ours", "order-ed25519");
        if (oursHmac is not null && oursEd is not null)
        {
            results.Add(new TargetResult("Ed25519-after-logon at least as fast as HMAC (p50 and throughput at 128)",
                F($"p50 {oursEd.P50Us:0.0} vs {oursHmac.P50Us:0.0} µs; {Rps(oursEd, 128):0} vs {Rps(oursHmac, 128):0} req/s"),
                oursEd.P50Us <= oursHmac.P50Us && Rps(oursEd, 128) >= Rps(oursHmac, 128)));
        }

        MultiClientSummary? multiFloor = multi.FirstOrDefault(m => m.Target == target && m.Participant == "floor");
        MultiClientSummary? multiOurs = multi.FirstOrDefault(m => m.Target == target && m.Participant == "ours");
        if (multiFloor is not null && multiOurs is not null)
        {
            AddMin(results, F($"multi-client ({multiOurs.Clients} clients × {multiOurs.InFlightPerClient} in flight) throughput ≥ 0.85× {multiFloor.Clients} floor loops"),
                multiOurs.RequestsPerSecond / multiFloor.RequestsPerSecond, 0.85);
        }

        return results;
    }

    private static double Rps(Summary s, int inFlight) => s.RequestsPerSecond.GetValueOrDefault(inFlight, double.NaN);

    private static void AddMax(List<TargetResult> results, string name, double ratio, double limit) =>
        results.Add(new TargetResult(name, F($"{ratio:0.00}×"), ratio <= limit));

    private static void AddMin(List<TargetResult> results, string name, double ratio, double limit) =>
        results.Add(new TargetResult(name, F($"{ratio:0.00}×"), ratio >= limit));

    private static void AddAllocation(List<TargetResult> results, string name, Summary s, double limit)
    {
        double at1 = s.AllocatedBytesAt1 ?? double.NaN;
        double worst = s.AllocatedBytes.Values.Select(v => v ?? double.NaN).DefaultIfEmpty(double.NaN).Max();
        bool met = worst <= limit && worst <= at1 * 1.25;
        results.Add(new TargetResult(name, F($"{at1:0} B at 1, at most {worst:0} B at any level"), met));
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
