using System.CommandLine;

namespace Binance.WsApi.Cli.Targets;

/// <summary>The options every command shares: where to connect, and how to log.</summary>
internal static class TargetOptions
{
    public static readonly Option<string?> Env = new("--env")
    {
        Description = "Connect to Binance instead of the embedded emulator: testnet, demo or live. Keys come from --api-key and --key-file, or BINANCE_API_KEY and BINANCE_API_SECRET (HMAC secret or a PEM private key) or BINANCE_PRIVATE_KEY_FILE.",
    };

    public static readonly Option<string?> ApiKey = new("--api-key")
    {
        Description = "API key (default: BINANCE_API_KEY). Its secret comes from --key-file, BINANCE_API_SECRET or BINANCE_PRIVATE_KEY_FILE; never from the command line, where other users could read it.",
    };

    public static readonly Option<FileInfo?> KeyFile = new("--key-file")
    {
        Description = "File holding the private key (Ed25519 or RSA PEM) or HMAC secret of --api-key (default: BINANCE_PRIVATE_KEY_FILE).",
    };

    public static readonly Option<Uri?> Url = new("--url")
    {
        // System.CommandLine has no built-in Uri conversion: parse it here, with a message a person can act on.
        CustomParser = result =>
        {
            string text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (Uri.TryCreate(text, UriKind.Absolute, out Uri? uri) && uri.Scheme is "ws" or "wss")
            {
                return uri;
            }

            result.AddError($"--url must be an absolute ws:// or wss:// URL, not '{text}'.");
            return null;
        },
        Description = "Connect to this spot WS API URL instead (for example a standalone emulator: ws://127.0.0.1:9443/ws-api/v3); futures commands use /ws-fapi/v1 and /ws-dapi/v1 on the same server. A loopback URL whose server is the emulator gets the emulator's demo keys when none are given.",
    };

    public static readonly Option<bool> Verbose = new("--verbose", "-v")
    {
        Description = "Log connection lifecycle events; on failure, print the exception after the error line.",
    };

    public static void AddTo(Command command)
    {
        command.Options.Add(Env);
        command.Options.Add(Url);
        command.Options.Add(ApiKey);
        command.Options.Add(KeyFile);
        command.Options.Add(Verbose);
    }
}
