using System.Diagnostics;
using Binance.WsApi.Benchmarks.EndToEnd.Measurement;

namespace Binance.WsApi.Benchmarks.EndToEnd.Participants.Node;

/// <summary>
/// The Node.js reference SDK (npm <c>binance</c>), driven by <c>bench/node/wsapi-bench.mjs</c> in its own process
/// through the same line protocol as the .NET children (<see cref="ChildParticipant"/>). It measures its own latencies
/// and <c>process.cpuUsage()</c>; V8 offers no allocation counter, so allocation stays unknown.
/// </summary>
internal static class NodeParticipant
{
    public static async Task<ChildParticipant> StartAsync(NodeEnvironment node, Uri endpoint, OrderShape shape)
    {
        // The Ed25519 PEM goes through a file: multi-line arguments are fragile across shells and platforms.
        string pemFile = Path.Combine(Path.GetTempPath(), $"wsapi-bench-ed25519-{Environment.ProcessId}.pem");
        await File.WriteAllTextAsync(pemFile, TestKeys.Ed25519PrivateKeyPem).ConfigureAwait(false);
        var start = new ProcessStartInfo(node.NodePath) { WorkingDirectory = node.ScriptDirectory };
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

        return await ChildParticipant.StartAsync("node", start).ConfigureAwait(false);
    }
}
