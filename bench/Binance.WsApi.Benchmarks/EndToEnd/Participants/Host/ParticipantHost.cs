using System.Text.Json.Nodes;
using Binance.WsApi.Benchmarks.EndToEnd.Measurement;
using Binance.WsApi.Benchmarks.EndToEnd.Participants.Client;
using Binance.WsApi.Benchmarks.EndToEnd.Participants.Floor;

namespace Binance.WsApi.Benchmarks.EndToEnd.Participants.Host;

/// <summary>
/// <c>participant --kind floor|ours --url URL --tif GTC|IOC</c>: one .NET participant in its own process, measuring
/// itself on the harness's commands (one JSON object per line on stdin: <c>latency</c>, <c>throughput</c>,
/// <c>multi</c>, <c>quit</c>) and answering one JSON object per line on stdout. Diagnostics go to stderr.
/// </summary>
internal static class ParticipantHost
{
    public static async Task<int> RunAsync(string[] args)
    {
        string? kind = null, url = null, tif = "GTC";
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--kind": kind = args[i + 1]; break;
                case "--url": url = args[i + 1]; break;
                case "--tif": tif = args[i + 1]; break;
                default:
                    await Console.Error.WriteLineAsync($"participant: unknown argument '{args[i]}'").ConfigureAwait(false);
                    return 2;
            }
        }

        if (kind is not ("floor" or "ours") || url is null)
        {
            await Console.Error.WriteLineAsync("usage: participant --kind floor|ours --url URL [--tif GTC|IOC]").ConfigureAwait(false);
            return 2;
        }

        var endpoint = new Uri(url);
        var shape = new OrderShape("BTCUSDT", "20000.00", "0.00100", tif);
        IParticipant participant = kind == "floor"
            ? await FloorParticipant.StartAsync(endpoint, shape).ConfigureAwait(false)
            : await ClientParticipant.StartAsync(endpoint, shape).ConfigureAwait(false);
        await using (participant.ConfigureAwait(false))
        {
            Reply(new JsonObject { ["type"] = "ready", ["kind"] = kind });
            while (await Console.In.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                JsonObject command = JsonNode.Parse(line)!.AsObject();
                string cmd = (string?)command["cmd"] ?? string.Empty;
                if (cmd == "quit")
                {
                    break;
                }

                try
                {
                    Reply(await ExecuteAsync(participant, kind, endpoint, shape, cmd, command).ConfigureAwait(false));
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    Reply(new JsonObject { ["type"] = "error", ["message"] = $"{ex.GetType().Name}: {ex.Message}" });
                }
            }
        }

        return 0;
    }

    private static async Task<JsonObject> ExecuteAsync(IParticipant participant, string kind, Uri endpoint, OrderShape shape, string cmd, JsonObject command)
    {
        switch (cmd)
        {
            case "latency":
                LatencySample l = await participant.MeasureLatencyAsync(ScenarioOf(command), (int)command["warmup"]!, (int)command["requests"]!)
                    .ConfigureAwait(false);
                return new JsonObject
                {
                    ["type"] = "latency", ["requests"] = l.Requests, ["p50Us"] = l.P50Us, ["p99Us"] = l.P99Us, ["meanUs"] = l.MeanUs,
                    ["clientCpuUs"] = l.ClientCpuUs, ["allocatedBytes"] = l.AllocatedBytes, ["workItems"] = l.WorkItems, ["contextSwitches"] = l.ContextSwitches,
                };
            case "throughput":
                return Throughput("throughput", await participant.MeasureThroughputAsync(ScenarioOf(command), (int)command["inFlight"]!, Duration(command))
                    .ConfigureAwait(false));
            case "multi":
                var accounts = command["accounts"]!.AsArray().Select(a => ((string)a![0]!, (string)a[1]!)).ToList();
                ThroughputSample m = kind == "floor"
                    ? await MultiClient.FloorAsync(endpoint, shape, accounts, (int)command["inFlight"]!, Duration(command)).ConfigureAwait(false)
                    : await MultiClient.OursAsync(endpoint, shape, accounts, (int)command["inFlight"]!, Duration(command)).ConfigureAwait(false);
                return Throughput("multi", m);
            default:
                throw new InvalidOperationException($"unknown command '{cmd}'");
        }
    }

    private static JsonObject Throughput(string type, ThroughputSample t) => new()
    {
        ["type"] = type, ["inFlight"] = t.InFlight, ["requests"] = t.Requests, ["warmupRequests"] = t.WarmupRequests, ["seconds"] = t.Seconds,
        ["clientCpuUs"] = t.ClientCpuUs, ["allocatedBytes"] = t.AllocatedBytes, ["workItems"] = t.WorkItems, ["contextSwitches"] = t.ContextSwitches,
    };

    private static Scenario ScenarioOf(JsonObject command)
    {
        string id = (string?)command["scenario"] ?? string.Empty;
        return ScenarioNames.All.First(s => s.Id() == id);
    }

    private static TimeSpan Duration(JsonObject command) => TimeSpan.FromMilliseconds((double)command["durationMs"]!);

    private static void Reply(JsonObject reply)
    {
        Console.Out.WriteLine(reply.ToJsonString());
        Console.Out.Flush();
    }

    /// <summary>The arguments that start a <c>participant</c> child of this executable.</summary>
    public static string[] Arguments(string kind, Uri endpoint, OrderShape shape) =>
        ["participant", "--kind", kind, "--url", endpoint.ToString(), "--tif", shape.TimeInForce];
}
