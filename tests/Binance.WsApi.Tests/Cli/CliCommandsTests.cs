using System.Diagnostics;

namespace Binance.WsApi.Tests.Cli;

/// <summary>
/// The CLI as a person runs it: the real program in its own process, each run against its own embedded emulator.
/// </summary>
public class CliCommandsTests
{
    private static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!, [Path.Combine(AppContext.BaseDirectory, "binance-wsapi.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
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
}
