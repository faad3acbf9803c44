using System.Diagnostics;
using Binance.WsApi.Benchmarks.EndToEnd.Measurement;
using Binance.WsApi.Benchmarks.EndToEnd.Participants;
using Binance.WsApi.Benchmarks.EndToEnd.Participants.Host;
using Binance.WsApi.Benchmarks.EndToEnd.Participants.Node;
using Binance.WsApi.Benchmarks.EndToEnd.Report;
using Binance.WsApi.Benchmarks.EndToEnd.Responder;

namespace Binance.WsApi.Benchmarks.EndToEnd;

/// <summary>
/// <c>e2e [--quick] [--target fast|emulator|both] [--no-node] [--no-multi] [--rounds N] [--pin] [--baseline DIR] [--out DIR]</c>: runs the
/// floor, our client and the Node.js SDK, each in its own process, interleaved against each responder, then the
/// multi-client cell, and writes benchmarks.md, .svg and .json (docs/ for a full run; never docs/ for --quick).
/// </summary>
internal static class EndToEndCommand
{
    private const string Usage = "usage: e2e [--quick] [--target fast|emulator|both] [--no-node] [--no-multi] [--rounds N] [--pin] [--baseline DIR] [--out DIR]";

    public static async Task<int> RunAsync(string[] args)
    {
        BenchSettings settings = BenchSettings.Full;
        var modes = new List<ResponderMode> { ResponderMode.Fast, ResponderMode.Emulator };
        bool useNode = true, multi = true;
        int? rounds = null;
        string? outDirectory = null, baseline = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    settings = BenchSettings.QuickRun;
                    break;
                case "--no-node":
                    useNode = false;
                    break;
                case "--no-multi":
                    multi = false;
                    break;
                case "--pin":
                    if (CpuPinning.Unavailable() is { } why)
                    {
                        await Console.Error.WriteLineAsync($"e2e: {why}").ConfigureAwait(false);
                        return 2;
                    }

                    CpuPinning.Enabled = true;
                    break;
                case "--rounds" when i + 1 < args.Length && int.TryParse(args[i + 1], out int r) && r > 0:
                    rounds = r;
                    i++;
                    break;
                case "--target" when i + 1 < args.Length:
                    string target = args[++i];
                    modes = target == "both" ? modes : [Enum.Parse<ResponderMode>(target, ignoreCase: true)];
                    break;
                case "--baseline" when i + 1 < args.Length:
                    baseline = args[++i];
                    break;
                case "--out" when i + 1 < args.Length:
                    outDirectory = args[++i];
                    break;
                default:
                    await Console.Error.WriteLineAsync($"e2e: unknown argument '{args[i]}'; {Usage}").ConfigureAwait(false);
                    return 2;
            }
        }

        settings = rounds is { } n ? settings with { Rounds = n } : settings;
        string root = FindRepositoryRoot();
        string docs = Path.GetFullPath(Path.Combine(root, "docs"));
        if (settings.Quick)
        {
            // A quick run is indicative only: it never replaces the published numbers.
            outDirectory = Path.GetFullPath(outDirectory ?? Path.Combine(Path.GetTempPath(), "wsapi-bench-quick"));
            if (outDirectory.TrimEnd(Path.DirectorySeparatorChar).StartsWith(docs, StringComparison.Ordinal))
            {
                await Console.Error.WriteLineAsync("e2e: --quick never writes docs/; give --out another directory.").ConfigureAwait(false);
                return 2;
            }
        }

        outDirectory ??= docs;
        string loadAtStart = LoadAverage.Read();
        var clock = Stopwatch.StartNew();
        Log($"load average at start {loadAtStart}; {Estimate(settings, modes, useNode, multi)}");
        var notes = new List<string>();
        NodeEnvironment? node = null;
        if (useNode)
        {
            (node, string? skip) = await NodeEnvironment.PrepareAsync(root).ConfigureAwait(false);
            if (skip is not null)
            {
                Log(skip);
                notes.Add(skip);
            }
        }
        else
        {
            notes.Add("The Node.js SDK participant was left out (--no-node).");
        }

        if (CpuPinning.Enabled)
        {
            notes.Add($"Pinned (--pin): the responder on CPU {CpuPinning.ResponderCpu}, every participant on CPU {CpuPinning.ParticipantCpu} (taskset), so each participant runs on one core.");
        }

        string? sdkVersion = null;
        var runs = new List<ScenarioRun>();
        var multiRuns = new List<MultiClientRun>();
        foreach (ResponderMode mode in modes)
        {
            Log($"starting the {mode} responder…");
            await using ResponderProcess responder = await ResponderProcess.StartAsync(mode).ConfigureAwait(false);
            OrderShape shape = OrderShape.For(mode);
            var participants = new List<IParticipant>
            {
                await ChildParticipant.StartAsync("floor", SelfInvocation.Create(ParticipantHost.Arguments("floor", responder.SpotUri, shape))).ConfigureAwait(false),
                await ChildParticipant.StartAsync("ours", SelfInvocation.Create(ParticipantHost.Arguments("ours", responder.SpotUri, shape))).ConfigureAwait(false),
            };
            if (baseline is not null)
            {
                // An older build of the client (its bin directory), run beside this one: an interleaved A/B in one run.
                participants.Add(await ChildParticipant.StartAsync("baseline", SelfInvocation.CreateFrom(baseline, ParticipantHost.Arguments("ours", responder.SpotUri, shape)))
                    .ConfigureAwait(false));
                notes.Add($"\"baseline\" is our client as built in {baseline}, run beside this build for an A/B comparison.");
            }

            if (node is not null)
            {
                try
                {
                    ChildParticipant nodeParticipant = await NodeParticipant.StartAsync(node, responder.SpotUri, shape).ConfigureAwait(false);
                    sdkVersion = (string?)nodeParticipant.Ready["sdkVersion"] ?? "?";
                    participants.Add(nodeParticipant);
                }
                catch (Exception ex) when (ex is InvalidOperationException or IOException or OperationCanceledException or System.Text.Json.JsonException)
                {
                    string reason = $"The Node.js SDK participant could not start against the {mode} responder: {ex.Message}";
                    Log(reason);
                    notes.Add(reason);
                }
            }

            try
            {
                BenchSettings cells = mode == ResponderMode.Emulator ? settings.ForEmulator() : settings;
                if (cells != settings)
                {
                    notes.Add($"Against the emulator the cells are smaller ({cells.SequentialBlocks} blocks of {cells.WarmupPerBlock:N0} warm-up + " +
                              $"{cells.MeasuredPerBlock:N0} sequential requests, {cells.ThroughputBlocks} throughput blocks of {cells.ThroughputPerBlock.TotalSeconds:0.##} s per level): it keeps every order, and its per-order " +
                              "cost grows with that history, so longer runs would mostly measure the emulator slowing down.");
                }

                await RunRoundsAsync(participants, responder, cells, runs, notes).ConfigureAwait(false);
                if (multi)
                {
                    await MultiClientCell.RunAsync(participants.OfType<ChildParticipant>().Where(p => p.Name is "floor" or "ours" or "baseline").ToList(), responder, cells, multiRuns, notes)
                        .ConfigureAwait(false);
                }
            }
            finally
            {
                foreach (IParticipant participant in participants)
                {
                    await participant.DisposeAsync().ConfigureAwait(false);
                }
            }
        }

        string command = "dotnet run -c Release --project bench/Binance.WsApi.Benchmarks -- e2e" + (args.Length > 0 ? " " + string.Join(' ', args) : string.Empty);
        MachineFacts machine = MachineFacts.Collect(command, node?.NodeVersion, sdkVersion, loadAtStart, clock.Elapsed);
        List<Summary> summaries = Aggregator.Summarize(runs);
        List<MultiClientSummary> multiSummaries = MultiClientSummary.Summarize(multiRuns);
        List<TargetResult> targets = TargetCheck.Evaluate(summaries, multiSummaries, "fast");
        if (settings.Quick)
        {
            notes.Add("Quick run (--quick): short windows and a single round by default, so the numbers are indicative only.");
        }

        Directory.CreateDirectory(outDirectory);
        await File.WriteAllTextAsync(Path.Combine(outDirectory, "benchmarks.md"), MarkdownReport.Render(machine, settings, summaries, multiSummaries, targets, notes))
            .ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(outDirectory, "benchmarks.svg"), SvgChart.Render(summaries, modes.Contains(ResponderMode.Fast) ? "fast" : "emulator", settings.Quick))
            .ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(outDirectory, "benchmarks.json"), JsonReport.Render(machine, settings, notes, runs, summaries, multiRuns, multiSummaries, targets))
            .ConfigureAwait(false);
        if (settings.Quick)
        {
            Console.WriteLine("indicative only (--quick):");
        }

        foreach (TargetResult t in targets)
        {
            Console.WriteLine($"{(t.Met ? "met   " : "MISSED")}  {t.Target}: {t.Measured}");
        }

        Console.WriteLine($"load average {loadAtStart} at start, {machine.LoadAverageAtEnd} at end; took {clock.Elapsed:mm\\:ss}");
        Console.WriteLine($"wrote {Path.Combine(outDirectory, "benchmarks.md")} (.svg, .json)");
        return 0;
    }

    private static string Estimate(BenchSettings settings, List<ResponderMode> modes, bool node, bool multi)
    {
        int participants = 2 + (node ? 1 : 0);
        double seconds = 0;
        foreach (ResponderMode mode in modes)
        {
            BenchSettings cells = mode == ResponderMode.Emulator ? settings.ForEmulator() : settings;
            // ~60 µs a sequential request on loopback (more against the emulator); 3 scenarios; 2 multi-client participants.
            seconds += settings.Rounds * ScenarioNames.All.Length * participants * cells.SecondsPerCell(mode == ResponderMode.Emulator ? 150e-6 : 60e-6);
            seconds += multi ? settings.Rounds * 2 * (cells.MultiClientDuration.TotalSeconds + 1.5) : 0;
            seconds += 15 + (ScenarioNames.All.Length * participants * (settings.Quick ? 0.5 : 2.5)); // starting, warm-up pass
        }

        return $"estimated run time {TimeSpan.FromSeconds(seconds):mm\\:ss}";
    }

    private static async Task RunRoundsAsync(List<IParticipant> participants, ResponderProcess responder, BenchSettings settings,
        List<ScenarioRun> runs, List<string> notes)
    {
        // Unmeasured: JIT-compiles the responder's and every participant's paths, sequential and concurrent, and gives
        // tiered compilation time to finish (a profile saw the client's background JIT busy for ~10 s of load), so
        // round 1 measures steady code for every participant alike.
        TimeSpan warmUpWindow = TimeSpan.FromSeconds(settings.Quick ? 0.3 : 2);
        foreach (IParticipant participant in participants)
        {
            foreach (Scenario scenario in ScenarioNames.All.Where(participant.Supports))
            {
                await participant.MeasureLatencyAsync(scenario, 0, settings.WarmupRequests).ConfigureAwait(false);
                await participant.MeasureThroughputAsync(scenario, 16, warmUpWindow).ConfigureAwait(false);
            }
        }

        for (int round = 0; round < settings.Rounds; round++)
        {
            foreach (Scenario scenario in ScenarioNames.All)
            {
                // Rotating who goes first each round keeps any drift (thermal, other builds) from favouring one participant,
                // and the participants take turns cell by cell (the sequential window, then each in-flight level), so the
                // cells compared run seconds apart: on a shared machine the sequential cells swing with its phases.
                List<IParticipant> turn = [.. participants.Where(p => p.Supports(scenario))];
                turn = [.. turn.Skip(round % Math.Max(1, turn.Count)), .. turn.Take(round % Math.Max(1, turn.Count))];
                Log($"{responder.Mode} round {round + 1}/{settings.Rounds}: {scenario.Id()} — {string.Join(", ", turn.Select(p => p.Name))}");
                var throughput = turn.ToDictionary(p => p, _ => new List<ThroughputResult>());
                Dictionary<IParticipant, List<LatencyResult>> latencyBlocks = await InTurnsAsync(settings.SequentialBlocks,
                    participant => CellRunner.MeasureLatencyBlockAsync(participant, scenario, responder, settings)).ConfigureAwait(false);
                var latency = latencyBlocks.Where(b => b.Value.Count > 0).ToDictionary(b => b.Key, b => LatencyResult.Combine(b.Value));

                foreach (int inFlight in settings.InFlightLevels)
                {
                    Dictionary<IParticipant, List<ThroughputResult>> throughputBlocks = await InTurnsAsync(settings.ThroughputBlocks,
                        participant => CellRunner.MeasureThroughputBlockAsync(participant, scenario, inFlight, responder, settings)).ConfigureAwait(false);
                    foreach ((IParticipant participant, List<ThroughputResult> blocks) in throughputBlocks.Where(b => b.Value.Count > 0))
                    {
                        throughput[participant].Add(ThroughputResult.Combine(blocks));
                    }
                }

                foreach (IParticipant participant in turn.Where(participants.Contains))
                {
                    var run = new ScenarioRun(responder.Mode.ToString().ToLowerInvariant(), participant.Name, scenario.Id(), round, latency[participant], throughput[participant]);
                    runs.Add(run);
                    Log($"  {participant.Name}: p50 {run.Latency.P50Us:0.0} µs, p99 {run.Latency.P99Us:0.0} µs, " +
                        string.Join(", ", run.Throughput.Select(t => $"{t.RequestsPerSecond:0} req/s ({t.ClientCpuUsPerRequest:0.0} µs CPU, {t.WorkItemsPerRequest:0.00} wi, {t.ContextSwitchesPerRequest:0.00} cs) @{t.InFlight}")));
                }

                // Each participant measures `blocks` blocks, in turns, the order alternating block by block so that neither
                // participant always follows the other; a participant that fails is dropped and its blocks so far kept.
                async Task<Dictionary<IParticipant, List<TResult>>> InTurnsAsync<TResult>(int blocks, Func<IParticipant, Task<TResult>> measure)
                {
                    var results = turn.ToDictionary(p => p, _ => new List<TResult>());
                    for (int block = 0; block < blocks; block++)
                    {
                        IEnumerable<IParticipant> order = block % 2 == 0 ? turn : Enumerable.Reverse(turn);
                        foreach (IParticipant participant in order.Where(participants.Contains))
                        {
                            await MeasureOrDropAsync(participant, async () => results[participant].Add(await measure(participant).ConfigureAwait(false))).ConfigureAwait(false);
                        }
                    }

                    return results;
                }

                async Task MeasureOrDropAsync(IParticipant participant, Func<Task> measure)
                {
                    try
                    {
                        await measure().ConfigureAwait(false);
                    }
                    catch (Exception ex) when (ex is not OutOfMemoryException)
                    {
                        // One participant failing must not lose the others' numbers; the report says what happened.
                        string reason = $"{participant.Name} failed on {scenario.Id()} against the {responder.Mode} responder and was dropped for the rest of it: {ex.GetType().Name}: {ex.Message}";
                        Log(reason);
                        notes.Add(reason);
                        participants.Remove(participant);
                        await participant.DisposeAsync().ConfigureAwait(false);
                    }
                }
            }
        }
    }

    private static string FindRepositoryRoot()
    {
        foreach (string start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Binance.WsApi.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run the e2e harness from inside the repository (Binance.WsApi.slnx not found).");
    }

    internal static void Log(string message) => Console.Error.WriteLine($"e2e: {message}");
}
