using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Binance.WsApi.Benchmarks.EndToEnd.Measurement;

namespace Binance.WsApi.Benchmarks.EndToEnd.Participants.Node;

/// <summary>
/// The Node.js reference SDK (npm <c>binance</c>), driven by <c>bench/node/wsapi-bench.mjs</c> in its own process:
/// one JSON command per line on its stdin, one JSON result per line on its stdout. It measures its own latencies and
/// <c>process.cpuUsage()</c>; V8 offers no allocation counter, so allocation stays unknown.
/// </summary>
internal sealed class NodeParticipant : IParticipant
{
    private readonly Process _process;

    private NodeParticipant(Process process)
    {
        _process = process;
    }

    public string Name => "node";

    public string SdkVersion { get; private set; } = "?";

    public static async Task<NodeParticipant> StartAsync(NodeEnvironment node, Uri endpoint, OrderShape shape)
    {
        // The Ed25519 PEM goes through a file: multi-line arguments are fragile across shells and platforms.
        string pemFile = Path.Combine(Path.GetTempPath(), $"wsapi-bench-ed25519-{Environment.ProcessId}.pem");
        await File.WriteAllTextAsync(pemFile, TestKeys.Ed25519PrivateKeyPem).ConfigureAwait(false);
        var start = new ProcessStartInfo(node.NodePath)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            WorkingDirectory = node.ScriptDirectory,
        };
        foreach (string argument in new[]
        {
            Path.Combine(node.ScriptDirectory, "wsapi-bench.mjs"), "--url", endpoint.ToString(), "--symbol", shape.Symbol,
            "--price", shape.Price, "--quantity", shape.Quantity, "--tif", shape.TimeInForce,
            "--hmac-key", TestKeys.HmacApiKey, "--hmac-secret", TestKeys.HmacSecret,
            "--ed25519-key", TestKeys.Ed25519ApiKey, "--ed25519-pem-file", pemFile,
        })
        {
            start.ArgumentList.Add(argument);
        }

        Process process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var participant = new NodeParticipant(process);
        try
        {
            JsonObject ready = await participant.ReadReplyAsync("ready", TimeSpan.FromSeconds(60)).ConfigureAwait(false);
            participant.SdkVersion = (string?)ready["sdkVersion"] ?? "?";
            return participant;
        }
        catch
        {
            // A script that never got ready would otherwise keep reconnecting after the harness has gone.
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
        return new LatencySample((int)r["requests"]!, (double)r["p50Us"]!, (double)r["p99Us"]!, (double)r["meanUs"]!, (double)r["clientCpuUs"]!, null);
    }

    public async Task<ThroughputSample> MeasureThroughputAsync(Scenario scenario, int inFlight, TimeSpan duration)
    {
        await SendAsync(new JsonObject
        {
            ["cmd"] = "throughput", ["scenario"] = scenario.Id(), ["inFlight"] = inFlight, ["durationMs"] = duration.TotalMilliseconds,
        }).ConfigureAwait(false);
        JsonObject r = await ReadReplyAsync("throughput", TimeSpan.FromMinutes(5)).ConfigureAwait(false);
        return new ThroughputSample(inFlight, (long)r["requests"]!, (long)r["warmupRequests"]!, (double)r["seconds"]!, (double)r["clientCpuUs"]!, null);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await SendAsync(new JsonObject { ["cmd"] = "quit" }).ConfigureAwait(false);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // Only the node process this participant started is ended, by its own object.
            _process.Kill(entireProcessTree: true);
        }
        finally
        {
            _process.Dispose();
        }
    }

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
                ?? throw new InvalidOperationException("The node participant exited unexpectedly (see its messages above).");
            if (!line.StartsWith('{'))
            {
                continue;
            }

            JsonObject reply = JsonNode.Parse(line)?.AsObject() ?? throw new JsonException("Empty reply from node.");
            string? replyType = (string?)reply["type"];
            if (replyType == "error")
            {
                throw new InvalidOperationException($"node participant: {(string?)reply["message"]}");
            }

            if (replyType == type)
            {
                return reply;
            }

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"node participant: ignoring reply '{replyType}'"));
        }
    }
}
