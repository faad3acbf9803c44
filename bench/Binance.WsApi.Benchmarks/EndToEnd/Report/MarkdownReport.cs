using System.Globalization;
using System.Text;
using Binance.WsApi.Benchmarks.EndToEnd.Measurement;

namespace Binance.WsApi.Benchmarks.EndToEnd.Report;

/// <summary>Writes docs/benchmarks.md: ratios to the floor first, targets, the chart, then absolute numbers.</summary>
internal static class MarkdownReport
{
    public static string Render(MachineFacts machine, BenchSettings settings, IReadOnlyList<Summary> summaries,
        IReadOnlyList<TargetResult> targets, IReadOnlyList<string> notes)
    {
        var md = new StringBuilder();
        md.AppendLine("# End-to-end benchmarks");
        md.AppendLine();
        md.AppendLine("<!-- Written by the e2e harness (bench/Binance.WsApi.Benchmarks, `e2e` command); rerun it rather than editing. -->");
        md.AppendLine();
        md.AppendLine("Loopback round trips against a responder in a separate process, three participants taking turns (interleaved " +
                      "rounds, medians reported): **floor** = a raw `ClientWebSocket` sending the same frames with no library, " +
                      "**ours** = `WebSocketApiClient`, **node** = the Node.js `binance` SDK's `WebsocketAPIClient`.");
        md.AppendLine();
        md.AppendLine("| fact | value |");
        md.AppendLine("|---|---|");
        md.AppendLine(F($"| command | `{machine.Command}` |"));
        md.AppendLine(F($"| date (UTC) | {machine.Date:yyyy-MM-dd HH:mm} |"));
        md.AppendLine(F($"| CPU | {machine.CpuModel}, {machine.Cores} cores |"));
        md.AppendLine(F($"| OS | {machine.Os} |"));
        md.AppendLine(F($"| .NET | {machine.DotNet} |"));
        md.AppendLine(F($"| Node.js | {machine.NodeVersion ?? "not available"} |"));
        md.AppendLine(F($"| `binance` npm SDK | {machine.NodeSdkVersion ?? "not run"} |"));
        md.AppendLine(F($"| rounds | {settings.Rounds}; per round and scenario: {settings.WarmupRequests:N0} warm-up + {settings.MeasuredRequests:N0} sequential requests, then {settings.ThroughputDuration.TotalSeconds:0.##} s at each of {string.Join("/", settings.InFlightLevels)} in flight |"));
        md.AppendLine();
        foreach (string note in notes)
        {
            md.AppendLine(F($"> {note}"));
            md.AppendLine();
        }

        foreach (string target in summaries.Select(s => s.Target).Distinct())
        {
            md.AppendLine(F($"## Ratios to the floor — {target} responder"));
            md.AppendLine();
            md.AppendLine("Latency and CPU: lower is better (1.00 = as fast as the floor). Throughput: higher is better.");
            md.AppendLine();
            md.AppendLine("| scenario | participant | p50 | p99 | req/s @1 | req/s @16 | req/s @128 | alloc B/req @1 → @128 | client CPU/req @128 |");
            md.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|");
            foreach (Scenario scenario in ScenarioNames.All)
            {
                Summary? floor = Find(summaries, target, "floor", scenario);
                foreach (Summary s in summaries.Where(s => s.Target == target && s.Scenario == scenario.Id() && s.Participant != "floor"))
                {
                    if (floor is null)
                    {
                        continue;
                    }

                    md.AppendLine(F($"| {scenario.Title()} | {s.Participant} | {Ratio(s.P50Us, floor.P50Us)} | {Ratio(s.P99Us, floor.P99Us)} | ") +
                                  F($"{Ratio(Rps(s, 1), Rps(floor, 1))} | {Ratio(Rps(s, 16), Rps(floor, 16))} | {Ratio(Rps(s, 128), Rps(floor, 128))} | ") +
                                  F($"{Bytes(s.AllocatedBytesAt1)} → {Bytes(s.AllocatedBytesAt128)} (floor {Bytes(floor.AllocatedBytesAt1)} → {Bytes(floor.AllocatedBytesAt128)}) | ") +
                                  F($"{Ratio(s.ClientCpuUsAt128, floor.ClientCpuUsAt128)} |"));
                }
            }

            md.AppendLine();
            if (target == "fast" && targets.Count > 0)
            {
                md.AppendLine("### Targets (judged against the fast responder)");
                md.AppendLine();
                md.AppendLine("| target | measured | met? |");
                md.AppendLine("|---|---|---|");
                foreach (TargetResult t in targets)
                {
                    md.AppendLine(F($"| {t.Target} | {t.Measured} | {(t.Met ? "met" : "**missed**")} |"));
                }

                md.AppendLine();
                md.AppendLine("![Ratios to the floor (fast responder)](benchmarks.svg)");
                md.AppendLine();
            }
        }

        foreach (string target in summaries.Select(s => s.Target).Distinct())
        {
            md.AppendLine(F($"## Absolute numbers — {target} responder"));
            md.AppendLine();
            md.AppendLine("| scenario | participant | p50 µs | p99 µs | req/s @1 | req/s @16 | req/s @128 | alloc B/req seq / @1 / @128 | client CPU µs/req @128 | responder CPU µs/req seq / @128 |");
            md.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (Scenario scenario in ScenarioNames.All)
            {
                foreach (Summary s in summaries.Where(s => s.Target == target && s.Scenario == scenario.Id()))
                {
                    md.AppendLine(F($"| {scenario.Title()} | {s.Participant} | {s.P50Us:0.0} | {s.P99Us:0.0} | {Rps(s, 1):N0} | {Rps(s, 16):N0} | {Rps(s, 128):N0} | ") +
                                  F($"{Bytes(s.AllocatedBytesSequential)} / {Bytes(s.AllocatedBytesAt1)} / {Bytes(s.AllocatedBytesAt128)} | {s.ClientCpuUsAt128:0.0} | {s.ResponderCpuUsSequential:0.0} / {s.ResponderCpuUsAt128:0.0} |"));
                }
            }

            md.AppendLine();
        }

        md.AppendLine("## How it is measured");
        md.AppendLine();
        md.AppendLine("- The responder is this same executable (`responder --mode fast|emulator`) in its own process. `fast` answers each frame at once " +
                      "with a canned Binance-shaped response (id echoed, status 200, `rateLimits`); `emulator` is the real exchange emulator with the demo " +
                      "account, its spot ORDERS and REQUEST_WEIGHT limits lifted (`EmulatorOptions.SpotOrdersPer10Seconds`, `SpotOrdersPerDay`, " +
                      "`SpotRequestWeightPerMinute`), and the order sent as IOC there (far below the market, it expires unfilled) because resting " +
                      "GTC orders would hit the 200-open-orders MAX_NUM_ORDERS filter.");
        md.AppendLine("- The order is LIMIT BUY 0.001 BTCUSDT at 20,000.00 with `newOrderRespType=ACK`, a fresh timestamp and client order id each " +
                      "time; HMAC-signed per request, or timestamp-only on a connection logged on with `session.logon` (Ed25519).");
        md.AppendLine("- Per round, scenario by scenario, the participants take turns (the order rotates every round); each runs a sequential window " +
                      "(p50/p99 after a warm-up) and then fixed-time windows at 1, 16 and 128 requests in flight. Reported values are medians of the rounds.");
        md.AppendLine("- Allocation: `GC.GetTotalAllocatedBytes(precise: true)` over a window ÷ requests, in the harness process, which hosts the floor " +
                      "and our client but runs only one of them at a time. Node reports none (V8 has no cumulative allocation counter).");
        md.AppendLine("- CPU: the process's total processor time over the 128-in-flight window ÷ requests (`process.cpuUsage()` for node); the " +
                      "responder's from its process object around each window (its warm-up requests included in the division).");
        return md.ToString();
    }

    private static Summary? Find(IReadOnlyList<Summary> summaries, string target, string participant, Scenario scenario) =>
        summaries.FirstOrDefault(s => s.Target == target && s.Participant == participant && s.Scenario == scenario.Id());

    private static double Rps(Summary s, int inFlight) => s.RequestsPerSecond.GetValueOrDefault(inFlight, double.NaN);

    private static string Ratio(double value, double floor) =>
        double.IsNaN(value) || double.IsNaN(floor) || floor == 0 ? "–" : (value / floor).ToString("0.00", CultureInfo.InvariantCulture) + "×";

    private static string Bytes(double? bytes) => bytes is { } b ? b.ToString("N0", CultureInfo.InvariantCulture) : "n/a";

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
