using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Binance.WsApi.Emulator;

namespace Binance.WsApi.Tests.Cli;

/// <summary>
/// Every failure is one line on stderr with the documented exit code (0 ok, 1 API or connection, 2 usage, 3 outcome
/// unknown) and no stack trace; with --json, one JSON object.
/// </summary>
public class CliErrorTests
{
    private static void AssertOneErrorLine(IReadOnlyList<string> stderr, string expected)
    {
        Assert.Single(stderr);
        Assert.StartsWith("error: ", stderr[0], StringComparison.Ordinal);
        Assert.Contains(expected, stderr[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_symbol_is_Binances_code_and_message_and_exit_1()
    {
        var (exit, stdout, stderr) = await CliProcess.RunAsync("depth", "BTCUSX");
        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        AssertOneErrorLine(stderr, "Binance error -1121 (status 400): Invalid symbol.");
    }

    [Fact]
    public async Task With_json_the_error_is_one_json_object_on_stderr()
    {
        var (exit, stdout, stderr) = await CliProcess.RunAsync("depth", "BTCUSX", "--json");
        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        JsonElement error = Assert.Single(stderr, l => l.Length > 0) is { } line ? JsonDocument.Parse(line).RootElement.GetProperty("error") : default;
        Assert.Equal("api", error.GetProperty("kind").GetString());
        Assert.Equal(-1121, error.GetProperty("code").GetInt32());
        Assert.Equal("Invalid symbol.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_unreachable_url_is_one_connection_line_and_exit_1()
    {
        // A port that was free a moment ago: nothing listens there.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var (exit, stdout, stderr) = await CliProcess.RunAsync("depth", "BTCUSDT", "--url", $"ws://127.0.0.1:{port}/ws-api/v3");
        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        AssertOneErrorLine(stderr, $"Could not connect to Spot (ws://127.0.0.1:{port}/ws-api/v3)");
    }

    [Fact]
    public async Task An_invalid_url_is_a_usage_error()
    {
        var (exit, _, stderr) = await CliProcess.RunAsync("depth", "BTCUSDT", "--url", "not a url");
        Assert.Equal(2, exit);
        AssertOneErrorLine(stderr, "--url must be an absolute ws:// or wss:// URL, not 'not a url'");
    }

    [Fact]
    public async Task Live_without_keys_is_a_usage_error_before_any_connection()
    {
        var (exit, _, stderr) = await CliProcess.RunAsync("account", "--env", "live");
        Assert.Equal(2, exit);
        AssertOneErrorLine(stderr, "no API key is given for --env live: pass --api-key and --key-file");
    }

    [Fact]
    public async Task Verbose_adds_the_exception_after_the_line()
    {
        var (exit, _, stderr) = await CliProcess.RunAsync("depth", "BTCUSX", "--verbose");
        Assert.Equal(1, exit);
        Assert.Contains(stderr, l => l.StartsWith("error: Binance error -1121", StringComparison.Ordinal));
        Assert.Contains(stderr, l => l.Contains("BinanceApiException", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("side 'BUYY' is not valid: use BUY or SELL.", "order", "place", "BTCUSDT", "BUYY", "LIMIT", "--qty", "0.01", "--price", "50000")]
    [InlineData("type 'LIMTI' is not valid: use LIMIT, MARKET,", "order", "place", "BTCUSDT", "BUY", "LIMTI", "--qty", "0.01")]
    [InlineData("--tif 'GTX' is not valid: use GTC, IOC or FOK.", "order", "place", "BTCUSDT", "BUY", "LIMIT", "--qty", "0.01", "--price", "50000", "--tif", "GTX")]
    [InlineData("--qty '1,5' is not valid: use a positive decimal number", "order", "place", "BTCUSDT", "BUY", "MARKET", "--qty", "1,5")]
    [InlineData("--price '-3' is not valid", "futures", "order", "place", "BTCUSDT", "BUY", "LIMIT", "--qty", "1", "--price", "-3")]
    public async Task Bad_values_are_refused_before_sending_naming_the_value_and_the_allowed_ones(string expected, params string[] args)
    {
        var (exit, stdout, stderr) = await CliProcess.RunAsync(args);
        Assert.Equal(2, exit);
        Assert.Empty(stdout);
        AssertOneErrorLine(stderr, expected);
    }

    [Fact]
    public async Task A_sent_order_whose_answer_is_lost_is_outcome_unknown_with_its_client_order_id_and_exit_3()
    {
        await using ExchangeEmulator emulator = await ExchangeEmulator.StartNewAsync();
        // The server reads order.place and closes the connection: the order may or may not exist.
        emulator.Faults.DropOnNextRequest("order.place");
        var (exit, stdout, stderr) = await CliProcess.RunAsync("order", "place", "BTCUSDT", "BUY", "MARKET", "--qty", "0.001",
            "--client-id", "cli-lost-1", "--url", emulator.SpotUri.ToString());
        Assert.Equal(3, exit);
        Assert.Empty(stdout);
        AssertOneErrorLine(stderr, "outcome unknown, look up client order id cli-lost-1");
    }

    [Fact]
    public async Task Help_documents_the_exit_codes()
    {
        var (exit, stdout, _) = await CliProcess.RunAsync("--help");
        Assert.Equal(0, exit);
        Assert.Contains("Exit codes: 0 ok, 1 API or connection error, 2 usage error", string.Join(" ", stdout), StringComparison.Ordinal);
    }
}
