using System.CommandLine;
using Binance.WsApi.Cli.Commands;

namespace Binance.WsApi.Tests.Cli;

/// <summary>The README's main command, run in process: the demo against the embedded emulator.</summary>
public class DemoCommandTests
{
    private static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        Command demo = DemoCommand.Create();
        var root = new RootCommand { demo };
        var output = new StringWriter();
        int exit = await DemoCommand.RunAsync(root.Parse(["demo", .. args]), output, CancellationToken.None);
        return (exit, output.ToString());
    }

    [Fact]
    public async Task Demo_runs_every_general_call_against_the_embedded_emulator()
    {
        (int exit, string output) = await RunAsync();
        Assert.Equal(0, exit);
        Assert.Contains("embedded emulator", output, StringComparison.Ordinal);
        foreach (string step in new[] { "connect + session.logon", "ping", "time", "exchangeInfo", "session.status", "depth",
                     "order.place (LIMIT)", "openOrders.status", "order.cancel", "order.place (MARKET)" })
        {
            Assert.Matches($@"(?m)^{System.Text.RegularExpressions.Regex.Escape(step)}\s+\d+\.\d{{3}} ms$", output);
        }

        Assert.Contains("BTCUSDT", output, StringComparison.Ordinal);
        Assert.Contains("logged on with", output, StringComparison.Ordinal);
        Assert.Contains("1 open order(s)", output, StringComparison.Ordinal);
        Assert.Contains(": CANCELED", output, StringComparison.Ordinal);
        Assert.Matches(@"FILLED: bought 0\.002 BTC for \d+(\.\d+)? USDT in \d+ fill\(s\)", output);
        Assert.Contains("Demo finished.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_environment_is_a_clear_error()
    {
        // Failures propagate to the CLI's one error handler (exit 2 for this one).
        var error = await Assert.ThrowsAsync<Binance.WsApi.Cli.Errors.CliUsageException>(() => RunAsync("--env", "moon"));
        Assert.Contains("Unknown --env 'moon'", error.Message, StringComparison.Ordinal);
    }
}
