using System.Globalization;
using System.Text;
using Binance.WsApi.Benchmarks.EndToEnd.Measurement;

namespace Binance.WsApi.Benchmarks.EndToEnd.Report;

/// <summary>
/// Writes benchmarks.md: ratios to the floor first, targets, the multi-client cell, the chart, then absolute numbers.
/// A quick run marks every table "indicative only".
/// </summary>
internal static class MarkdownReport
{
    public static string Render(MachineFacts machine, BenchSettings settings, IReadOnlyList<Summary> summaries,
        IReadOnlyList<MultiClientSummary> multi, IReadOnlyList<TargetResult> targets, IReadOnlyList<string> notes)
    {
        var md = new StringBuilder();
        string caveat = settings.Quick ? "**Quick run — indicative only.** " : string.Empty;
        int[] levels = [.. settings.InFlightLevels];
        md.AppendLine("# End-to-end benchmarks");
        md.AppendLine();
        md.AppendLine("<!-- Written by the e2e harness (bench/Binance.WsApi.Benchmarks, `e2e` command); rerun it rather than editing. -->");
        md.AppendLine();
        md.AppendLine(caveat + "Loopback round trips against a responder in a separate process; each participant in its own process, taking " +
                      "turns (interleaved rounds, medians reported): **floor** = one loop over a raw `ClientWebSocket` keeping N requests in flight " +
                      "(the least a correct caller can do), **ours** = `WebSocketApiClient`, **node** = the Node.js `binance` SDK's `WebsocketAPIClient`.");
        md.AppendLine();
        md.AppendLine("| fact | value |");
        md.AppendLine("|---|---|");
        md.AppendLine(F($"| command | `{machine.Command}` |"));
        md.AppendLine(F($"| date (UTC) | {machine.Date:yyyy-MM-dd HH:mm}, took {machine.Duration:mm\\:ss} |"));
        md.AppendLine(F($"| load average (1/5/15 min) | {machine.LoadAverageAtStart} at start, {machine.LoadAverageAtEnd} at end |"));
        md.AppendLine(F($"| CPU | {machine.CpuModel}, {machine.Cores} cores |"));
        md.AppendLine(F($"| OS | {machine.Os} |"));
        md.AppendLine(F($"| .NET | {machine.DotNet} |"));
        md.AppendLine(F($"| Node.js | {machine.NodeVersion ?? "not available"} |"));
        md.AppendLine(F($"| `binance` npm SDK | {machine.NodeSdkVersion ?? "not run"} |"));
        md.AppendLine(F($"| rounds | {settings.Rounds}; per round and scenario: {settings.SequentialBlocks} blocks of {settings.WarmupPerBlock:N0} warm-up + {settings.MeasuredPerBlock:N0} sequential requests, participants taking turns block by block (p50/p99: the median block of all rounds), then at each of {string.Join("/", levels)} in flight {settings.ThroughputBlocks} blocks of {settings.ThroughputPerBlock.TotalSeconds:0.##} s, taken in turns the same way (a round's figure: all its blocks as one window) |"));
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
            md.AppendLine(caveat + "Latency and CPU: lower is better (1.00 = as fast as the floor). Throughput: higher is better.");
            md.AppendLine();
            md.AppendLine("| scenario | participant | p50 | p99 | " + string.Join(" | ", levels.Select(l => F($"req/s @{l}"))) + " | " +
                          string.Join(" | ", levels.Select(l => F($"CPU/req @{l}"))) + " |");
            md.AppendLine("|---|---|" + string.Concat(Enumerable.Repeat("---:|", 2 + (2 * levels.Length))));
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
                                  string.Join(" | ", levels.Select(l => Ratio(Rps(s, l), Rps(floor, l)))) + " | " +
                                  string.Join(" | ", levels.Select(l => Ratio(s.ClientCpuUs.GetValueOrDefault(l, double.NaN), floor.ClientCpuUs.GetValueOrDefault(l, double.NaN)))) + " |");
                }
            }

            md.AppendLine();
            if (target == "fast" && targets.Count > 0)
            {
                md.AppendLine("### Targets (judged against the fast responder)");
                md.AppendLine();
                md.AppendLine(caveat.Length > 0 ? caveat : "Medians of the rounds above.");
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

        if (multi.Count > 0)
        {
            md.AppendLine("## Multi-client: one connection per sub-account, in one process");
            md.AppendLine();
            md.AppendLine(caveat + F($"{multi[0].Clients} accounts × {multi[0].InFlightPerClient} HMAC order.place in flight each: one `WebSocketApiClient` per account vs one floor loop per account. ") +
                          "Against the emulator the accounts are created through `POST /admin/accounts`.");
            md.AppendLine();
            md.AppendLine("| responder | participant | req/s total | vs floor | client CPU µs/req | vs floor | alloc B/req | work items/req | context switches/req | responder CPU µs/req |");
            md.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (MultiClientSummary m in multi)
            {
                MultiClientSummary? floor = multi.FirstOrDefault(f => f.Target == m.Target && f.Participant == "floor");
                md.AppendLine(F($"| {m.Target} | {m.Participant} | {m.RequestsPerSecond:N0} | {Ratio(m.RequestsPerSecond, floor?.RequestsPerSecond ?? double.NaN)} | ") +
                              F($"{m.ClientCpuUsPerRequest:0.0} | {Ratio(m.ClientCpuUsPerRequest, floor?.ClientCpuUsPerRequest ?? double.NaN)} | {Bytes(m.AllocatedBytesPerRequest)} | ") +
                              F($"{Number(m.WorkItemsPerRequest)} | {Number(m.ContextSwitchesPerRequest)} | {m.ResponderCpuUsPerRequest:0.0} |"));
            }

            md.AppendLine();
        }

        foreach (string target in summaries.Select(s => s.Target).Distinct())
        {
            md.AppendLine(F($"## Absolute numbers — {target} responder"));
            md.AppendLine();
            md.AppendLine(caveat + "Per in-flight level: req/s · client CPU µs/req · bytes allocated/req · thread-pool work items/req · context switches/req " +
                          "(the last three: .NET participants only).");
            md.AppendLine();
            md.AppendLine("| scenario | participant | p50 µs | p99 µs | alloc B/req seq | " + string.Join(" | ", levels.Select(l => F($"@{l}"))) + " | responder CPU µs/req seq / @128 |");
            md.AppendLine("|---|---|---:|---:|---:|" + string.Concat(Enumerable.Repeat("---:|", levels.Length + 1)));
            foreach (Scenario scenario in ScenarioNames.All)
            {
                foreach (Summary s in summaries.Where(s => s.Target == target && s.Scenario == scenario.Id()))
                {
                    md.AppendLine(F($"| {scenario.Title()} | {s.Participant} | {s.P50Us:0.0} | {s.P99Us:0.0} | {Bytes(s.AllocatedBytesSequential)} | ") +
                                  string.Join(" | ", levels.Select(l => F($"{Rps(s, l):N0} · {s.ClientCpuUs.GetValueOrDefault(l, double.NaN):0.0} · {Bytes(s.AllocatedBytes.GetValueOrDefault(l))} · {Number(s.WorkItems.GetValueOrDefault(l))} · {Number(s.ContextSwitches.GetValueOrDefault(l))}"))) +
                                  F($" | {s.ResponderCpuUsSequential:0.0} / {s.ResponderCpuUsAt128:0.0} |"));
                }
            }

            md.AppendLine();
        }

        md.AppendLine("## How it is measured");
        md.AppendLine();
        md.AppendLine("- The responder is this same executable (`responder --mode fast|emulator`) in its own process. `fast` answers each frame inline on " +
                      "the socket's own loop (Kestrel's inline scheduling, no thread-pool hop, pooled buffers) with a canned Binance-shaped response " +
                      "(id echoed, status 200, `rateLimits`); `emulator` is the real exchange emulator with the demo account, its spot ORDERS and " +
                      "REQUEST_WEIGHT limits lifted (`EmulatorOptions.SpotOrdersPer10Seconds`, `SpotOrdersPerDay`, `SpotRequestWeightPerMinute`), and " +
                      "the order sent as IOC there (far below the market, it expires unfilled) because resting GTC orders would hit the " +
                      "200-open-orders MAX_NUM_ORDERS filter.");
        md.AppendLine("- Each participant is a child process (`participant --kind floor|ours`, or the Node.js script) that measures itself and reports " +
                      "one JSON line per window, so no participant's CPU, allocations or thread pool show in another's numbers.");
        md.AppendLine("- The floor is one loop over one socket: it writes a frame (fresh timestamp and client order id, HMAC-signed per order like " +
                      "the client), reads one reply, parses only `id` and `status`, and writes the next — no send lock, no pending table, no task " +
                      "or thread-pool hop per request, nothing allocated per request.");
        md.AppendLine("- A round trip is timed from before the request is made to when the caller has the answer: for our client around the " +
                      "awaited call, for the floor from before it builds and signs the frame to when it has read `id` and `status`.");
        md.AppendLine("- The order is LIMIT BUY 0.001 BTCUSDT at 20,000.00 with `newOrderRespType=ACK`, a fresh timestamp and client order id each " +
                      "time; HMAC-signed per request, or timestamp-only on a connection logged on with `session.logon` (Ed25519).");
        md.AppendLine(F($"- Per round, scenario by scenario, the participants take turns (the order rotates every round); each runs a sequential window ") +
                      F($"(p50/p99 after a warm-up) and then fixed-time windows at {string.Join(", ", levels)} requests in flight. Reported values are medians of the rounds."));
        md.AppendLine("- Allocation: `GC.GetTotalAllocatedBytes(precise: true)` over a window ÷ requests, in the participant's own process. Node reports " +
                      "none (V8 has no cumulative allocation counter). Work items: `ThreadPool.CompletedWorkItemCount`; context switches: voluntary + " +
                      "involuntary of the whole process (`getrusage`, exited threads included); both less sensitive to a loaded machine than time.");
        md.AppendLine("- CPU: the process's total processor time over a window ÷ requests (`process.cpuUsage()` for node); the responder's from its " +
                      "process object around each window (its warm-up requests included in the division).");
        return md.ToString();
    }

    private static Summary? Find(IReadOnlyList<Summary> summaries, string target, string participant, Scenario scenario) =>
        summaries.FirstOrDefault(s => s.Target == target && s.Participant == participant && s.Scenario == scenario.Id());

    private static double Rps(Summary s, int inFlight) => s.RequestsPerSecond.GetValueOrDefault(inFlight, double.NaN);

    private static string Ratio(double value, double floor) =>
        double.IsNaN(value) || double.IsNaN(floor) || floor == 0 ? "–" : (value / floor).ToString("0.00", CultureInfo.InvariantCulture) + "×";

    private static string Bytes(double? bytes) => bytes is { } b ? b.ToString("N0", CultureInfo.InvariantCulture) : "n/a";

    private static string Number(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
