using System.Globalization;
using Binance.WsApi.Emulator;

namespace Binance.WsApi.Benchmarks.EndToEnd.Responder;

/// <summary>
/// <c>responder --port 0 --mode fast|emulator</c>: runs a responder in this process, prints its port on stdout and
/// serves until stdin closes (so it cannot outlive a harness that died) or the process is killed.
/// </summary>
internal static class ResponderCommand
{
    /// <summary>
    /// The emulator's spot limits, lifted: a benchmark sends hundreds of thousands of orders, far past Binance's
    /// 50 ORDERS per 10 s and 6000 weight per minute. Large but not int.MaxValue, so counters cannot overflow.
    /// </summary>
    public const int LiftedLimit = 1_000_000_000;

    public static async Task<int> RunAsync(string[] args)
    {
        int port = 0;
        ResponderMode mode = ResponderMode.Fast;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--port" when i + 1 < args.Length:
                    port = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--mode" when i + 1 < args.Length:
                    mode = Enum.Parse<ResponderMode>(args[++i], ignoreCase: true);
                    break;
                default:
                    await Console.Error.WriteLineAsync($"responder: unknown argument '{args[i]}'; usage: responder --port 0 --mode fast|emulator").ConfigureAwait(false);
                    return 2;
            }
        }

        IAsyncDisposable server;
        int actualPort;
        if (mode == ResponderMode.Fast)
        {
            var (app, fastPort) = await FastResponder.StartAsync(port).ConfigureAwait(false);
            server = app;
            actualPort = fastPort;
        }
        else
        {
            ExchangeEmulator emulator = await ExchangeEmulator.StartNewAsync(new EmulatorOptions
            {
                Port = port,
                SpotOrdersPer10Seconds = LiftedLimit,
                SpotOrdersPerDay = LiftedLimit,
                SpotRequestWeightPerMinute = LiftedLimit,
            }).ConfigureAwait(false);
            server = emulator;
            actualPort = emulator.Port;
        }

        Console.Out.WriteLine(actualPort.ToString(CultureInfo.InvariantCulture));
        Console.Out.Flush();
        while (await Console.In.ReadLineAsync().ConfigureAwait(false) is not null)
        {
            // Nothing is expected on stdin; its end is the signal to stop.
        }

        await server.DisposeAsync().ConfigureAwait(false);
        return 0;
    }
}
