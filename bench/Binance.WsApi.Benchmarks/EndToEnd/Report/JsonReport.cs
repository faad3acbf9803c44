using System.Text.Json;
using Binance.WsApi.Benchmarks.EndToEnd.Measurement;

namespace Binance.WsApi.Benchmarks.EndToEnd.Report;

/// <summary>docs/benchmarks.json: every round's raw cells plus the medians and targets, for anyone who wants to redo the math.</summary>
internal static class JsonReport
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Render(MachineFacts machine, BenchSettings settings, IReadOnlyList<string> notes, IReadOnlyList<ScenarioRun> runs,
        IReadOnlyList<Summary> summaries, IReadOnlyList<MultiClientRun> multiClientRuns, IReadOnlyList<MultiClientSummary> multiClient,
        IReadOnlyList<TargetResult> targets) =>
        JsonSerializer.Serialize(new { machine, settings, notes, summaries, multiClient, targets, runs, multiClientRuns }, Options);
}
