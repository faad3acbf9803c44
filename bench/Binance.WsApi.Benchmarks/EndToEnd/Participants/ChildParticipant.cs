using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Binance.WsApi.Benchmarks.EndToEnd.Measurement;

namespace Binance.WsApi.Benchmarks.EndToEnd.Participants;

/// <summary>
/// A participant in its own process (this executable's <c>participant</c> command, or the Node.js script), driven
/// over a line protocol: one JSON command per line on its stdin, one JSON result per line on its stdout. Each
/// participant measuring itself in its own process keeps its CPU, allocations and thread pool apart from the harness
/// and from the others.
/// </summary>
internal sealed class ChildParticipant : IParticipant
{
    private readonly Process _process;

    private ChildParticipant(string name, Process process)
    {
        Name = name;
        _process = process;
    }

    public string Name { get; }

    /// <summary>The child's <c>ready</c> reply (the Node.js script puts its SDK version there).</summary>
    public JsonObject Ready { get; private set; } = [];

    public static async Task<ChildParticipant> StartAsync(string name, ProcessStartInfo start)
    {
        start.UseShellExecute = false;
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start = CpuPinning.Apply(start, CpuPinning.ParticipantCpu);
        Process process = Process.Start(start) ?? throw new InvalidOperationException($"The {name} participant did not start.");
        var participant = new ChildParticipant(name, process);
        try
        {
            participant.Ready = await participant.ReadReplyAsync("ready", TimeSpan.FromSeconds(60)).ConfigureAwait(false);
            return participant;
        }
        catch
        {
            // A child that never got ready would otherwise keep running after the harness has gone (only this one, by its object).
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    public bool Supports(Scenario scenario) => true;

    public async Task<LatencySample> MeasureLatencyAsync(Scenario scenario, int warmup, int requests)
    {
        await SendAsync(new JsonObject { ["cmd"] = "latency", ["scenario"] = scenario.Id(), ["warmup"] = warmup, ["requests"] = requests })
            .ConfigureAwait(false);
        JsonObject r = await ReadReplyAsync("latency", TimeSpan.FromMinutes(5)).ConfigureAwait(false);
        return new LatencySample((int)r["requests"]!, (double)r["p50Us"]!, (double)r["p99Us"]!, (double)r["meanUs"]!, (double)r["clientCpuUs"]!,
            (long?)r["allocatedBytes"], (long?)r["workItems"], (long?)r["contextSwitches"]);
    }

    public async Task<ThroughputSample> MeasureThroughputAsync(Scenario scenario, int inFlight, TimeSpan duration)
    {
        await SendAsync(new JsonObject
        {
            ["cmd"] = "throughput", ["scenario"] = scenario.Id(), ["inFlight"] = inFlight, ["durationMs"] = duration.TotalMilliseconds,
        }).ConfigureAwait(false);
        return ReadThroughput(await ReadReplyAsync("throughput", TimeSpan.FromMinutes(5)).ConfigureAwait(false));
    }

    /// <summary>
    /// The multi-client cell: one connection per account (HMAC key and secret pairs), each with
    /// <paramref name="inFlight"/> HMAC orders in flight, all in this one process for <paramref name="duration"/>.
    /// </summary>
    public async Task<ThroughputSample> MeasureMultiClientAsync(IReadOnlyList<(string ApiKey, string Secret)> accounts, int inFlight, TimeSpan duration)
    {
        var keys = new JsonArray();
        foreach ((string apiKey, string secret) in accounts)
        {
            keys.Add(new JsonArray(apiKey, secret));
        }

        await SendAsync(new JsonObject { ["cmd"] = "multi", ["inFlight"] = inFlight, ["durationMs"] = duration.TotalMilliseconds, ["accounts"] = keys })
            .ConfigureAwait(false);
        return ReadThroughput(await ReadReplyAsync("multi", TimeSpan.FromMinutes(5)).ConfigureAwait(false));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await SendAsync(new JsonObject { ["cmd"] = "quit" }).ConfigureAwait(false);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // Only the process this participant started is ended, by its own object.
            _process.Kill(entireProcessTree: true);
        }
        finally
        {
            _process.Dispose();
        }
    }

    private static ThroughputSample ReadThroughput(JsonObject r) =>
        new((int)r["inFlight"]!, (long)r["requests"]!, (long)r["warmupRequests"]!, (double)r["seconds"]!, (double)r["clientCpuUs"]!,
            (long?)r["allocatedBytes"], (long?)r["workItems"], (long?)r["contextSwitches"]);

    private async Task SendAsync(JsonObject command)
    {
        await _process.StandardInput.WriteLineAsync(command.ToJsonString()).ConfigureAwait(false);
        await _process.StandardInput.FlushAsync().ConfigureAwait(false);
    }

    private async Task<JsonObject> ReadReplyAsync(string type, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (true)
        {
            string? line = await _process.StandardOutput.ReadLineAsync(cancel.Token).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"The {Name} participant exited unexpectedly (see its messages above).");
            if (!line.StartsWith('{'))
            {
                continue;
            }

            JsonObject reply = JsonNode.Parse(line)?.AsObject() ?? throw new JsonException($"Empty reply from {Name}.");
            string? replyType = (string?)reply["type"];
            if (replyType == "error")
            {
                throw new InvalidOperationException($"{Name} participant: {(string?)reply["message"]}");
            }

            if (replyType == type)
            {
                return reply;
            }

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Name} participant: ignoring reply '{replyType}'"));
        }
    }
}
