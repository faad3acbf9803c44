using System.CommandLine;

namespace Binance.WsApi.Cli.Targets;

/// <summary>The options every command shares: where to connect, and how to log.</summary>
internal static class TargetOptions
{
    public static readonly Option<string?> Env = new("--env")
    {
        Description = "Connect to Binance instead of the embedded emulator: testnet, demo or live. Keys come from BINANCE_API_KEY and BINANCE_API_SECRET (HMAC secret or a PEM private key) or BINANCE_PRIVATE_KEY_FILE.",
    };

    public static readonly Option<Uri?> Url = new("--url")
    {
        Description = "Connect to this spot WS API URL instead (for example a standalone emulator: ws://127.0.0.1:9443/ws-api/v3).",
    };

    public static readonly Option<bool> Verbose = new("--verbose", "-v")
    {
        Description = "Log connection lifecycle events.",
    };

    public static void AddTo(Command command)
    {
        command.Options.Add(Env);
        command.Options.Add(Url);
        command.Options.Add(Verbose);
    }
}
