using System.CommandLine;
using Binance.WsApi.Emulator;
using Microsoft.Extensions.Logging;

namespace Binance.WsApi.Cli.Targets;

/// <summary>
/// A connected client and, when the target is the embedded emulator, the emulator itself. Disposing stops both.
/// </summary>
internal sealed class Target : IAsyncDisposable
{
    private readonly ExchangeEmulator? _emulator;
    private readonly ILoggerFactory _loggerFactory;

    private Target(WebSocketApiClient client, ExchangeEmulator? emulator, string description, bool hasKeys, ILoggerFactory loggerFactory)
    {
        Client = client;
        _emulator = emulator;
        Description = description;
        HasKeys = hasKeys;
        _loggerFactory = loggerFactory;
    }

    public WebSocketApiClient Client { get; }

    public string Description { get; }

    public bool HasKeys { get; }

    /// <summary>True when the target is the embedded emulator (where the demo may trade freely).</summary>
    public bool IsEmulator => _emulator is not null;

    /// <summary>Builds the target from the shared options; writes a clear message and returns null when it cannot.</summary>
    public static async Task<Target?> CreateAsync(ParseResult parse, TextWriter output, CancellationToken cancellationToken)
    {
        string? env = parse.GetValue(TargetOptions.Env);
        Uri? url = parse.GetValue(TargetOptions.Url);
        bool verbose = parse.GetValue(TargetOptions.Verbose);
        ILoggerFactory loggerFactory = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(verbose ? LogLevel.Information : LogLevel.Warning));

        var options = new WebSocketApiClientOptions { LoggerFactory = loggerFactory, AttachEventListeners = verbose };
        if (env is null && url is null)
        {
            ExchangeEmulator emulator = await ExchangeEmulator.StartNewAsync(cancellationToken: cancellationToken);
            options.EndpointUrls[WsApiEndpoint.Spot] = emulator.SpotUri;
            options.EndpointUrls[WsApiEndpoint.UsdM] = emulator.UsdMUri;
            options.EndpointUrls[WsApiEndpoint.CoinM] = emulator.CoinMUri;
            // The emulator's demo account: its Ed25519 key is a public test key (RFC 8032), never a real one.
            options.Credentials = ApiCredentials.Ed25519(DemoAccount.Ed25519ApiKey, DemoAccount.Ed25519PrivateKeyPem);
            return new Target(new WebSocketApiClient(options), emulator, $"embedded emulator at {emulator.SpotUri}", true, loggerFactory);
        }

        if (env is not null)
        {
            if (!Enum.TryParse(env, ignoreCase: true, out WsApiEnvironment environment))
            {
                await output.WriteLineAsync($"Unknown --env '{env}': use testnet, demo or live.");
                return null;
            }

            options.Environment = environment;
        }

        if (url is not null)
        {
            // A custom server (a standalone emulator, say) serves every market on Binance's paths, as the emulator
            // does; without this the futures commands would quietly go to Binance's own futures hosts.
            options.EndpointUrls[WsApiEndpoint.Spot] = url;
            options.EndpointUrls[WsApiEndpoint.UsdM] = new UriBuilder(url) { Path = "/ws-fapi/v1", Query = string.Empty }.Uri;
            options.EndpointUrls[WsApiEndpoint.CoinM] = new UriBuilder(url) { Path = "/ws-dapi/v1", Query = string.Empty }.Uri;
        }

        (ApiCredentials? credentials, string? problem) = ReadKeys();
        if (problem is not null)
        {
            await output.WriteLineAsync(problem);
            return null;
        }

        if (credentials is null)
        {
            await output.WriteLineAsync("No API key given (set BINANCE_API_KEY and BINANCE_API_SECRET or BINANCE_PRIVATE_KEY_FILE): only public calls will run.");
        }

        options.Credentials = credentials;
        options.MuteLatencyWarning = !verbose;
        try
        {
            var client = new WebSocketApiClient(options);
            string where = url?.ToString() ?? WsApiEndpoints.GetDefaultUri(WsApiEndpoints.GetDefaultEndpoint(WsApiMarket.Spot, options.Environment)).ToString();
            return new Target(client, null, where, credentials is not null, loggerFactory);
        }
        catch (ArgumentException ex)
        {
            await output.WriteLineAsync("Invalid settings: " + ex.Message);
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }

        _loggerFactory.Dispose();
    }

    private static (ApiCredentials? Credentials, string? Problem) ReadKeys()
    {
        string? apiKey = Environment.GetEnvironmentVariable("BINANCE_API_KEY");
        string? secret = Environment.GetEnvironmentVariable("BINANCE_API_SECRET");
        string? keyFile = Environment.GetEnvironmentVariable("BINANCE_PRIVATE_KEY_FILE");
        if (string.IsNullOrWhiteSpace(apiKey))
        {
            return (secret is null && keyFile is null) ? (null, null) : (null, "BINANCE_API_SECRET or BINANCE_PRIVATE_KEY_FILE is set but BINANCE_API_KEY is not.");
        }

        if (string.IsNullOrWhiteSpace(secret) && !string.IsNullOrWhiteSpace(keyFile))
        {
            if (!File.Exists(keyFile))
            {
                return (null, $"BINANCE_PRIVATE_KEY_FILE points to '{keyFile}', which does not exist.");
            }

            secret = File.ReadAllText(keyFile);
        }

        if (string.IsNullOrWhiteSpace(secret))
        {
            return (null, "BINANCE_API_KEY is set but neither BINANCE_API_SECRET nor BINANCE_PRIVATE_KEY_FILE is.");
        }

        try
        {
            return (ApiCredentials.FromKey(apiKey, secret), null);
        }
        catch (ArgumentException ex)
        {
            return (null, "The API key material could not be used: " + ex.Message);
        }
    }
}
