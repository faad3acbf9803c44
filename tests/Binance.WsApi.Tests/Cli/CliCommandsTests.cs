using System.Diagnostics;
using System.Text.RegularExpressions;
using Binance.WsApi.Emulator;

namespace Binance.WsApi.Tests.Cli;

/// <summary>
/// The CLI as a person runs it: the real program in its own process, each run against its own embedded emulator.
/// </summary>
public class CliCommandsTests
{
    private static Task<(int Exit, string Output)> RunAsync(params string[] args) => RunAsync(null, args);

    private static async Task<(int Exit, string Output)> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!, [Path.Combine(AppContext.BaseDirectory, "binance-wsapi.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (KeyValuePair<string, string> variable in environment ?? new Dictionary<string, string>())
        {
            start.Environment[variable.Key] = variable.Value;
        }
        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    [Theory]
    [InlineData("bid qty", "depth", "BTCUSDT", "--limit", "3")]
    [InlineData("change %", "ticker", "BTCUSDT", "ETHUSDT")]
    [InlineData("open time (UTC)", "klines", "BTCUSDT", "--interval", "1h", "--limit", "3")]
    [InlineData("USDT", "account")]
    [InlineData("trade id", "order", "place", "BTCUSDT", "BUY", "MARKET", "--qty", "0.001")]
    [InlineData("valid; commission", "order", "test", "BTCUSDT", "BUY", "LIMIT", "--qty", "0.01", "--price", "50000", "--commission")]
    [InlineData("symbol", "open-orders")]
    [InlineData("\"status\": 200", "depth", "BTCUSDT", "--json")]
    [InlineData("bid qty", "futures", "depth", "BTCUSDT")]
    [InlineData("FILLED", "futures", "order", "place", "BTCUSD_PERP", "BUY", "MARKET", "--qty", "1", "--market", "coinm")]
    [InlineData("USDT", "futures", "balance", "--market", "usdm")]
    [InlineData("symbol", "futures", "positions", "--market", "coinm")]
    [InlineData("5 pings: min ", "ping", "--count", "5")]
    [InlineData("(server clock minus local clock)", "time-sync")]
    [InlineData("BTCUSDT BUY TWAP: ", "futures", "algo", "twap", "BTCUSDT", "BUY", "--qty", "0.01", "--duration", "300")]
    [InlineData("urgency LOW", "futures", "algo", "vp", "BTCUSDT", "SELL", "--qty", "0.01", "--urgency", "low")]
    public async Task Command_prints_its_table(string expected, params string[] args)
    {
        (int exit, string output) = await RunAsync(args);
        Assert.True(exit == 0, output);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Binance_refusals_print_code_and_message_and_exit_1()
    {
        (int exit, string output) = await RunAsync("order", "status", "BTCUSDT", "--id", "424242");
        Assert.Equal(1, exit);
        Assert.Contains("Binance error -2013", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_arguments_exit_2_with_a_clear_message()
    {
        (int exit, string output) = await RunAsync("futures", "depth", "BTCUSD_PERP", "--market", "coinm");
        Assert.Equal(2, exit);
        Assert.Contains("COIN-M has no market data", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Futures_order_is_placed_modified_queried_and_cancelled_through_a_url_on_one_server()
    {
        // One emulator shared by four CLI runs (each its own process), reached with --url and the demo account's HMAC
        // key from the environment, as a person would point the CLI at a standalone emulator.
        await using ExchangeEmulator emulator = await ExchangeEmulator.StartNewAsync();
        var keys = new Dictionary<string, string>
        {
            ["BINANCE_API_KEY"] = DemoAccount.HmacApiKey,
            ["BINANCE_API_SECRET"] = DemoAccount.HmacSecret,
        };
        string url = emulator.SpotUri.ToString();

        (int exit, string output) = await RunAsync(keys, "futures", "order", "place", "BTCUSDT", "BUY", "LIMIT", "--qty", "0.01", "--price", "55000",
            "--market", "usdm", "--url", url);
        Assert.True(exit == 0, output);
        Match placed = Regex.Match(output, @"order (\d+) \(");
        Assert.True(placed.Success, output);
        string id = placed.Groups[1].Value;
        Assert.Contains("NEW", output, StringComparison.Ordinal);

        (exit, output) = await RunAsync(keys, "futures", "order", "modify", "BTCUSDT", "BUY", "--id", id, "--qty", "0.02", "--price", "55100",
            "--market", "usdm", "--url", url);
        Assert.True(exit == 0, output);
        Assert.Contains($"order {id} ", output, StringComparison.Ordinal);
        Assert.Contains("price 55100", output, StringComparison.Ordinal);

        (exit, output) = await RunAsync(keys, "futures", "order", "status", "BTCUSDT", "--id", id, "--market", "usdm", "--url", url);
        Assert.True(exit == 0, output);
        Assert.Contains($"order {id} ", output, StringComparison.Ordinal);
        Assert.Contains("executed 0/0.02", output, StringComparison.Ordinal);

        (exit, output) = await RunAsync(keys, "futures", "order", "cancel", "BTCUSDT", "--id", id, "--market", "usdm", "--url", url);
        Assert.True(exit == 0, output);
        Assert.Contains("CANCELED", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_url_that_is_not_a_websocket_url_is_refused_with_a_clear_message()
    {
        (int exit, string output) = await RunAsync("depth", "BTCUSDT", "--url", "http://127.0.0.1:9443/ws-api/v3");
        Assert.NotEqual(0, exit);
        Assert.Contains("--url must be an absolute ws:// or wss:// URL", output, StringComparison.Ordinal);
    }
}
