using System.Globalization;

namespace Binance.WsApi.Benchmarks.EndToEnd.Report;

/// <summary>
/// The targets the client is judged on (issue 6), checked against the fast responder, where the server is not the
/// limit. "Flat as concurrency grows" is read as: allocation per request at 128 in flight at most 25% above that at 1.
/// </summary>
internal static class TargetCheck
{
    public static List<TargetResult> Evaluate(IReadOnlyList<Summary> summaries, string target)
    {
        Summary? Find(string participant, string scenario) =>
            summaries.FirstOrDefault(s => s.Target == target && s.Participant == participant && s.Scenario == scenario);

        var results = new List<TargetResult>();
        Summary? floorPing = Find("floor", "ping"), oursPing = Find("ours", "ping");
        Summary? floorHmac = Find("floor", "order-hmac"), oursHmac = Find("ours", "order-hmac");
        Summary? oursEd = Find("ours", "order-ed25519");
        if (floorPing is null || oursPing is null || floorHmac is null || oursHmac is null || oursEd is null)
        {
            return results;
        }

        AddMax(results, "ping p50 ≤ 1.15× floor", oursPing.P50Us / floorPing.P50Us, 1.15);
        AddMin(results, "ping throughput at 16 in flight ≥ 0.8× floor", Rps(oursPing, 16) / Rps(floorPing, 16), 0.8);
        AddMin(results, "ping throughput at 128 in flight ≥ 0.8× floor", Rps(oursPing, 128) / Rps(floorPing, 128), 0.8);
        AddMax(results, "HMAC order.place p50 ≤ 1.25× floor", oursHmac.P50Us / floorHmac.P50Us, 1.25);
        AddMin(results, "HMAC order.place throughput at 128 in flight ≥ 0.7× floor", Rps(oursHmac, 128) / Rps(floorHmac, 128), 0.7);
        results.Add(new TargetResult("Ed25519-after-logon at least as fast as HMAC (p50 and throughput at 128)",
            F($"p50 {oursEd.P50Us:0.0} vs {oursHmac.P50Us:0.0} µs; {Rps(oursEd, 128):0} vs {Rps(oursHmac, 128):0} req/s"),
            oursEd.P50Us <= oursHmac.P50Us && Rps(oursEd, 128) >= Rps(oursHmac, 128)));
        AddAllocation(results, "allocation ≤ 512 B per ping, flat from 1 to 128 in flight", oursPing, 512);
        AddAllocation(results, "allocation ≤ 2 KB per HMAC order.place ACK, flat from 1 to 128 in flight", oursHmac, 2048);
        AddMax(results, "client CPU per ping at 128 in flight ≤ 1.5× floor", oursPing.ClientCpuUsAt128 / floorPing.ClientCpuUsAt128, 1.5);
        AddMax(results, "client CPU per HMAC order at 128 in flight ≤ 1.5× floor", oursHmac.ClientCpuUsAt128 / floorHmac.ClientCpuUsAt128, 1.5);
        return results;
    }

    private static double Rps(Summary s, int inFlight) => s.RequestsPerSecond.GetValueOrDefault(inFlight, double.NaN);

    private static void AddMax(List<TargetResult> results, string name, double ratio, double limit) =>
        results.Add(new TargetResult(name, F($"{ratio:0.00}×"), ratio <= limit));

    private static void AddMin(List<TargetResult> results, string name, double ratio, double limit) =>
        results.Add(new TargetResult(name, F($"{ratio:0.00}×"), ratio >= limit));

    private static void AddAllocation(List<TargetResult> results, string name, Summary s, double limit)
    {
        double at1 = s.AllocatedBytesAt1 ?? double.NaN, at128 = s.AllocatedBytesAt128 ?? double.NaN;
        bool met = at1 <= limit && at128 <= limit && at128 <= at1 * 1.25;
        results.Add(new TargetResult(name, F($"{at1:0} B at 1, {at128:0} B at 128"), met));
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
