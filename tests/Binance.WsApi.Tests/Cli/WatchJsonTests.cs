using System.Text.RegularExpressions;
using Binance.WsApi.Emulator;

namespace Binance.WsApi.Tests.Cli;

/// <summary><c>watch --json</c> prints the event frames exactly as the emulator sent them, one per line.</summary>
public class WatchJsonTests
{
    [Fact]
    public async Task Watch_json_lines_are_the_frames_the_emulator_sent()
    {
        await using ExchangeEmulator emulator = await ExchangeEmulator.StartNewAsync();
        using CliProcess cli = CliProcess.Start("watch", "--json", "--count", "3", "--url", emulator.SpotUri.ToString());
        string watching = await cli.WaitForLineAsync(l => l.StartsWith("Watching", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        string subscription = Regex.Match(watching, @"subscription (\d+)").Groups[1].Value;

        // The emulator wraps each pushed object as {"subscriptionId":n,"event":<object as given>}: spacing, key order
        // and an unknown field that re-serialising a typed event would lose or change.
        string[] events =
        [
            """{"e":"balanceUpdate","E":1700000000001,"a":"USDT","d":"10.50000000","T":1700000000000}""",
            """{"e":"someFutureEvent",  "E":1700000000002, "x":{"nested":[1,2,3]}}""",
            """{"E":1700000000003,"e":"balanceUpdate","a":"BTC","d":"-0.00100000","T":1700000000002,"extra":"kept"}""",
        ];
        foreach (string e in events)
        {
            Assert.Equal(1, emulator.PushUserDataEvent(DemoAccount.HmacApiKey, e));
        }

        Assert.Equal(0, await cli.WaitForExitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(events.Select(e => $$"""{"subscriptionId":{{subscription}},"event":{{e}}}"""), cli.Stdout);
    }
}
