using System.CommandLine;
using System.Diagnostics;
using System.Globalization;

namespace Binance.WsApi.Cli.Commands;

/// <summary><c>ping --count N</c> (round-trip latency summary) and <c>time-sync</c> (clock offset).</summary>
internal static class ConnectivityCommands
{
    public static Command Ping()
    {
        var count = new Option<int>("--count", "-n") { Description = "Number of timed pings (after one that opens the connection).", DefaultValueFactory = _ => 10 };
        count.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 10_000)
            {
                r.AddError("--count must be from 1 to 10000.");
            }
        });
        var command = new Command("ping", "Round-trip latency of the ping method: min, p50, p99 and max over --count pings.") { count }.WithTarget();
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, Console.Out, ct, async c =>
        {
            // The first ping opens the connection; it is reported apart so that it does not skew the summary.
            var clock = Stopwatch.StartNew();
            await c.Client.TestSpotConnectivityAsync(cancellationToken: c.CancellationToken);
            double connect = clock.Elapsed.TotalMilliseconds;
            int n = parse.GetValue(count);
            var samples = new double[n];
            for (int i = 0; i < n; i++)
            {
                clock.Restart();
                await c.Client.TestSpotConnectivityAsync(cancellationToken: c.CancellationToken);
                samples[i] = clock.Elapsed.TotalMilliseconds;
            }

            Array.Sort(samples);
            c.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  connect + first ping {connect:0.000} ms; {n} pings: min {samples[0]:0.000} ms, p50 {Percentile(samples, 0.50):0.000} ms, p99 {Percentile(samples, 0.99):0.000} ms, max {samples[^1]:0.000} ms"));
        }));
        return command;
    }

    public static Command TimeSync()
    {
        var command = new Command("time-sync", "Measure the offset between this machine's clock and the server's (time, midpoint of the round trip).").WithTarget();
        command.SetAction((parse, ct) => CommandRunner.RunAsync(parse, Console.Out, ct, async c =>
        {
            // Connect first: SyncTimeAsync takes the midpoint of its round trip, and a lazy connect inside it would
            // count the handshake as network delay and skew the offset by half of it.
            await c.Client.ConnectAsync(WsApiEndpoint.Spot, c.CancellationToken);
            TimeSpan offset = await c.Client.SyncTimeAsync(cancellationToken: c.CancellationToken);
            c.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  offset {offset.TotalMilliseconds:0} ms (server clock minus local clock); signed requests add it to their timestamp"));
        }));
        return command;
    }

    /// <summary>Nearest-rank percentile of sorted samples.</summary>
    internal static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
