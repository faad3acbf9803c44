using System.Text.RegularExpressions;
using Binance.WsApi.Emulator;

namespace Binance.WsApi.Tests.Cli;

/// <summary>
/// The README's path: a standalone emulator, the CLI pointed at it with --url and no keys. The CLI recognises the
/// emulator (loopback, and its /admin/status answers) and signs with the demo keys.
/// </summary>
public class CliKeysTests
{
    [Fact]
    public async Task A_signed_order_through_url_needs_no_keys_on_a_loopback_emulator()
    {
        await using ExchangeEmulator emulator = await ExchangeEmulator.StartNewAsync();
        var (exit, stdout, stderr) = await CliProcess.RunAsync("order", "place", "BTCUSDT", "BUY", "MARKET", "--qty", "0.001", "--url", emulator.SpotUri.ToString());
        Assert.True(exit == 0, string.Join("\n", stderr));
        Assert.Matches(@"order \d+ \(\S+\) BTCUSDT BUY MARKET: FILLED", string.Join("\n", stdout));
        Assert.Contains(emulator.ReceivedRequests, r => r.Method == "order.place");
    }

    [Fact]
    public async Task Api_key_and_key_file_flags_sign_with_that_key()
    {
        await using ExchangeEmulator emulator = await ExchangeEmulator.StartNewAsync();
        string keyFile = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(keyFile, DemoAccount.Ed25519PrivateKeyPem);
            var (exit, stdout, stderr) = await CliProcess.RunAsync("account", "--url", emulator.SpotUri.ToString(),
                "--api-key", DemoAccount.Ed25519ApiKey, "--key-file", keyFile);
            Assert.True(exit == 0, string.Join("\n", stderr));
            Assert.Contains(stdout, l => l.Contains("USDT", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(keyFile);
        }
    }

    [Fact]
    public async Task A_missing_key_file_is_a_usage_error()
    {
        var (exit, _, stderr) = await CliProcess.RunAsync("account", "--api-key", "abc", "--key-file", "/nonexistent/key.pem");
        Assert.Equal(2, exit);
        Assert.Matches(new Regex("^error: The key file '.*key.pem' does not exist.$"), Assert.Single(stderr));
    }
}
