using System.CommandLine;
using Binance.WsApi.Cli.Commands;

namespace Binance.WsApi.Tests.Cli;

/// <summary><c>watch</c> shows live user data events while the demo trade runs on the embedded emulator.</summary>
public class WatchCommandTests
{
    [Fact]
    public async Task Watch_prints_the_events_of_a_demo_trade()
    {
        Command watch = WatchCommand.Create();
        var root = new RootCommand { watch };
        var output = new StringWriter();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        // NEW, position, CANCELED, position for the resting order; NEW, TRADE, position for the market order: 7 events.
        int exit = await WatchCommand.RunAsync(root.Parse(["watch"]), output, output, timeout.Token, demoTrade: true, count: 7);
        string text = output.ToString();
        Assert.Equal(0, exit);
        Assert.Contains("Watching the user data stream", text, StringComparison.Ordinal);
        Assert.Contains("executionReport BTCUSDT BUY LIMIT", text, StringComparison.Ordinal);
        Assert.Contains("CANCELED -> CANCELED", text, StringComparison.Ordinal);
        Assert.Contains("executionReport BTCUSDT BUY MARKET", text, StringComparison.Ordinal);
        Assert.Contains("TRADE ->", text, StringComparison.Ordinal);
        Assert.Contains("outboundAccountPosition", text, StringComparison.Ordinal);
    }
}
